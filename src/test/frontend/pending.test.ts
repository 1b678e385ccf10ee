import { describe, expect, it } from 'vitest';
import { PendingRequests } from '../../../frontend/src/model.ts';

function clocked() {
  const clock = { now: 1_000_000 };
  return { clock, pending: new PendingRequests(3000, () => clock.now) };
}

describe('PendingRequests', () => {
  it('lets a request through once while it is unanswered', () => {
    const { pending } = clocked();
    expect(pending.claim(3, 10, 'contested')).toBe(true);
    expect(pending.claim(3, 10, 'contested')).toBe(false);
    expect(pending.claim(3, 10, 'contested')).toBe(false);
    expect(pending.isPending(3, 10, 'contested')).toBe(true);
  });

  it('keys by start, end and tag', () => {
    const { pending } = clocked();
    expect(pending.claim(3, 10, 'contested')).toBe(true);
    expect(pending.claim(3, 10, 'reported')).toBe(true);
    expect(pending.claim(3, 11, 'contested')).toBe(true);
    expect(pending.claim(2, 10, 'contested')).toBe(true);
    expect(PendingRequests.key(3, 10, 'contested')).toBe('3:10:contested');
  });

  it('is cleared when the annotation arrives', () => {
    const { pending } = clocked();
    pending.claim(3, 10, 'contested');
    pending.claim(20, 30, 'reported');
    pending.answered(3, 10, 'contested');
    expect(pending.isPending(3, 10, 'contested')).toBe(false);
    expect(pending.claim(3, 10, 'contested')).toBe(true);
    expect(pending.claim(20, 30, 'reported')).toBe(false);
  });

  it('an answer for another tag or span clears nothing', () => {
    const { pending } = clocked();
    pending.claim(3, 10, 'contested');
    pending.answered(3, 10, 'reported');
    pending.answered(3, 9, 'contested');
    expect(pending.claim(3, 10, 'contested')).toBe(false);
  });

  it('is cleared by clear', () => {
    const { pending } = clocked();
    pending.claim(3, 10, 'contested');
    pending.claim(20, 30, 'reported');
    pending.clear();
    expect(pending.claim(3, 10, 'contested')).toBe(true);
    expect(pending.claim(20, 30, 'reported')).toBe(true);
  });

  it('expires after three seconds', () => {
    const { clock, pending } = clocked();
    pending.claim(3, 10, 'contested');
    clock.now += 2999;
    expect(pending.claim(3, 10, 'contested')).toBe(false);
    clock.now += 1;
    expect(pending.isPending(3, 10, 'contested')).toBe(false);
    expect(pending.claim(3, 10, 'contested')).toBe(true);
    // the new request is pending for three seconds from now
    clock.now += 2999;
    expect(pending.claim(3, 10, 'contested')).toBe(false);
  });

  it('uses Date.now and three seconds by default', () => {
    const pending = new PendingRequests();
    expect(pending.claim(1, 2, 't')).toBe(true);
    expect(pending.claim(1, 2, 't')).toBe(false);
  });
});
