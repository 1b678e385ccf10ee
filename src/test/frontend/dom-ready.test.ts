import { describe, expect, it } from 'vitest';
import { callLateReadyListeners } from '../../../frontend/src/dom-ready.ts';

class FakeDocument extends EventTarget {
  readyState = 'complete';
}

function patched(readyState = 'complete') {
  const doc = new FakeDocument();
  doc.readyState = readyState;
  const queued: Array<() => void> = [];
  callLateReadyListeners(doc, (run) => queued.push(run));
  return { doc, run: () => queued.splice(0).forEach((f) => f()), queued };
}

describe('callLateReadyListeners', () => {
  it('calls a DOMContentLoaded listener added after the document loaded, in a task of its own, once', () => {
    const { doc, run } = patched();
    const calls: string[] = [];
    doc.addEventListener('DOMContentLoaded', (e) => calls.push(e.type));
    expect(calls).toEqual([]); // not inside addEventListener
    run();
    expect(calls).toEqual(['DOMContentLoaded']);
    run();
    expect(calls).toEqual(['DOMContentLoaded']);
  });

  it('calls listener objects too, and not one removed before its turn (the engine removes its own once started)', () => {
    const { doc, run } = patched('interactive');
    const calls: string[] = [];
    const object = { handleEvent: () => calls.push('object') };
    const removedAgain = () => calls.push('removed');
    doc.addEventListener('DOMContentLoaded', object);
    doc.addEventListener('DOMContentLoaded', removedAgain);
    doc.removeEventListener('DOMContentLoaded', removedAgain);
    run();
    expect(calls).toEqual(['object']);
  });

  it('leaves listeners added while the document is loading, and other events, to the browser', () => {
    const { doc, queued } = patched('loading');
    let called = 0;
    doc.addEventListener('DOMContentLoaded', () => called++);
    expect(queued).toHaveLength(0);
    doc.dispatchEvent(new Event('DOMContentLoaded')); // the browser's own event still reaches it
    expect(called).toBe(1);
    const loaded = patched();
    loaded.doc.addEventListener('click', () => called++);
    expect(loaded.queued).toHaveLength(0);
  });
});
