import { describe, expect, it } from 'vitest';
import { toolbarPosition } from '../../../frontend/src/toolbar.ts';

const bar = { width: 300, height: 40 };
const host = { top: 100, left: 50, width: 600 };

describe('toolbarPosition', () => {
  it('puts the bar above the selection, in the text column', () => {
    expect(toolbarPosition(bar, { top: 400, bottom: 420, left: 200 }, host)).toEqual({ top: 400 - 100 - 40 - 8, left: 150, below: false });
  });

  it('flips below when there is no room above (the viewport or the text top)', () => {
    expect(toolbarPosition(bar, { top: 30, bottom: 50, left: 200 }, { ...host, top: -500 })).toEqual({ top: 50 + 500 + 8, left: 150, below: true });
    expect(toolbarPosition(bar, { top: 120, bottom: 140, left: 200 }, host)).toEqual({ top: 140 - 100 + 8, left: 150, below: true });
  });

  it('never leaves the column on the right or the left', () => {
    expect(toolbarPosition(bar, { top: 400, bottom: 420, left: 600 }, host).left).toBe(600 - 300);
    expect(toolbarPosition(bar, { top: 400, bottom: 420, left: 10 }, host).left).toBe(0);
    // a bar wider than a phone's column starts at its left edge
    expect(toolbarPosition({ width: 700, height: 40 }, { top: 400, bottom: 420, left: 300 }, host).left).toBe(0);
  });
});
