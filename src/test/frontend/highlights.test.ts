import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FLASH, HighlightRenderer, OVERLAP, SELECTION, highlightName, tagStyles,
} from '../../../frontend/src/highlights.ts';
import type { AnnotationData, TagData } from '../../../frontend/src/payload.ts';

/** Stand-ins for the browser's Highlight (a set of ranges) and CSS.highlights (a map by name). */
class FakeHighlight extends Set<unknown> {
  constructor(...ranges: unknown[]) {
    super(ranges);
  }
}
interface FakeRange { start: number; end: number; }

let registry: Map<string, FakeHighlight>;
const rangeOf = (start: number, end: number) => ({ start, end }) as unknown as Range;
const tag = (key: string, colour = '#112233', line = ''): TagData => ({ key, name: key, colour, line, hotkey: null });
const ann = (id: number, start: number, end: number, t: string): AnnotationData => ({ id, start, end, tag: t });
const spans = (name: string) => [...(registry.get(name) ?? [])].map((r) => {
  const { start, end } = r as FakeRange;
  return [start, end];
});

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('highlightName and tagStyles', () => {
  it('names a tag highlight ct-<key>, other characters as _', () => {
    expect(highlightName('contested')).toBe('ct-contested');
    expect(highlightName('a b/ü-1_x')).toBe('ct-a_b__-1_x');
  });

  it('writes one rule per tag, underlines stacked, bad colours grey', () => {
    const css = tagStyles([tag('one', '#aabbcc'), tag('two', 'red;}')]);
    expect(css).toBe(
      '::highlight(ct-one) { background-color: #aabbcc2e; text-decoration: underline solid #aabbcc 2px; text-underline-offset: 2px; }\n'
      + '::highlight(ct-two) { background-color: #8888882e; text-decoration: underline dashed #888888 2px; text-underline-offset: 5px; }\n');
    expect(tagStyles([])).toBe('');
    // every tag of the first five has a line style of its own: told apart without colour
    const five = tagStyles(['a', 'b', 'c', 'd', 'e'].map((k) => tag(k, '#123456')));
    for (const style of ['solid', 'dashed', 'dotted', 'double', 'wavy']) expect(five).toContain(`underline ${style} `);
  });

  it('draws the underline the tag set chose for a tag, whatever its place', () => {
    const css = tagStyles([tag('one', '#aabbcc', 'wavy'), tag('two', '#112233', 'double'), tag('three', '#445566', 'zigzag;}')]);
    expect(css).toContain('::highlight(ct-one) { background-color: #aabbcc2e; text-decoration: underline wavy #aabbcc 2px;');
    expect(css).toContain('::highlight(ct-two) { background-color: #1122332e; text-decoration: underline double #112233 2px;');
    // not a style it knows: the one at its place, never the text given
    expect(css).toContain('::highlight(ct-three) { background-color: #4455662e; text-decoration: underline dotted #445566 2px;');
    expect(css).not.toContain('zigzag');
  });
});

describe('HighlightRenderer', () => {
  it('draws one highlight per tag with one range per annotation', () => {
    const r = new HighlightRenderer(rangeOf, true);
    r.drawAll([tag('a'), tag('b'), tag('c')], [ann(1, 0, 5, 'a'), ann(2, 6, 9, 'b'), ann(3, 10, 12, 'a')]);
    expect(spans('ct-a')).toEqual([[0, 5], [10, 12]]);
    expect(spans('ct-b')).toEqual([[6, 9]]);
    expect(registry.has('ct-c')).toBe(true);
    expect(spans('ct-c')).toEqual([]);
  });

  it('a second drawAll (another article) drops tags gone and annotations gone', () => {
    const r = new HighlightRenderer(rangeOf, true);
    r.drawAll([tag('a'), tag('b')], [ann(1, 0, 5, 'a'), ann(2, 6, 9, 'b'), ann(3, 1, 2, 'unknown')]);
    expect(spans('ct-unknown')).toEqual([[1, 2]]);
    r.drawAll([tag('b'), tag('c')], [ann(7, 3, 4, 'c')]);
    expect(registry.has('ct-a')).toBe(false);
    expect(registry.has('ct-unknown')).toBe(false);
    expect(spans('ct-b')).toEqual([]);
    expect(spans('ct-c')).toEqual([[3, 4]]);
    // an id of the previous article is no longer known
    r.remove(2);
    expect(spans('ct-b')).toEqual([]);
  });

  it('moves an annotation between tags on remove and add', () => {
    const r = new HighlightRenderer(rangeOf, true);
    r.drawAll([tag('a'), tag('b')], [ann(1, 0, 5, 'a')]);
    r.remove(1);
    r.add(ann(1, 0, 6, 'b'));
    expect(spans('ct-a')).toEqual([]);
    expect(spans('ct-b')).toEqual([[0, 6]]);
    r.remove(1);
    expect(spans('ct-b')).toEqual([]);
  });

  it('draws overlap segments and the selection', () => {
    const r = new HighlightRenderer(rangeOf, true);
    r.overlaps([[2, 4], [5, 6]]);
    expect(spans(OVERLAP)).toEqual([[2, 4], [5, 6]]);
    r.overlaps([]);
    expect(spans(OVERLAP)).toEqual([]);
    r.selection({ start: 1, end: 3 });
    expect(spans(SELECTION)).toEqual([[1, 3]]);
    r.selection(null);
    expect(registry.has(SELECTION)).toBe(false);
  });

  it('blinks a flash three times and ends it', () => {
    vi.useFakeTimers();
    const r = new HighlightRenderer(rangeOf, true);
    const seen: boolean[] = [];
    r.flash({ start: 0, end: 4 });
    seen.push(registry.has(FLASH));
    for (let i = 0; i < 6; i++) {
      vi.advanceTimersByTime(220);
      seen.push(registry.has(FLASH));
    }
    expect(seen).toEqual([true, false, true, false, true, false, false]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stopFlash and a new flash end the running one', () => {
    vi.useFakeTimers();
    const r = new HighlightRenderer(rangeOf, true);
    r.flash({ start: 0, end: 4 });
    r.flash({ start: 5, end: 8 });
    expect(vi.getTimerCount()).toBe(1);
    expect(spans(FLASH)).toEqual([[5, 8]]);
    r.stopFlash();
    expect(registry.has(FLASH)).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('dispose unregisters every name it used', () => {
    vi.useFakeTimers();
    const r = new HighlightRenderer(rangeOf, true);
    r.drawAll([tag('a')], [ann(1, 0, 5, 'a'), ann(2, 1, 2, 'b')]);
    r.overlaps([[1, 2]]);
    r.selection({ start: 0, end: 1 });
    r.flash({ start: 0, end: 1 });
    registry.set('someone-else', new FakeHighlight());
    r.dispose();
    expect([...registry.keys()]).toEqual(['someone-else']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing where the browser has no highlights', () => {
    const r = new HighlightRenderer(rangeOf, false);
    r.drawAll([tag('a')], [ann(1, 0, 5, 'a')]);
    r.overlaps([[0, 1]]);
    r.selection({ start: 0, end: 1 });
    r.flash({ start: 0, end: 1 });
    expect(registry.size).toBe(0);
  });
});
