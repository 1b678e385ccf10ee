import { describe, expect, it } from 'vitest';
import type { SuggestionData } from '../../../frontend/src/payload.ts';
import { SuggestionSet, suggestionKey } from '../../../frontend/src/suggestions.ts';

const g = (start: number, end: number, tag: string, cueStart = start): SuggestionData =>
  ({ start, end, tag, cueStart, cueEnd: cueStart + 4, source: null, reason: `Rules: ${tag} at ${start}` });

const keys = (list: SuggestionData[]) => list.map(suggestionKey);

describe('SuggestionSet', () => {
  it('holds the fetched list in text order, whatever order it came in', () => {
    const set = new SuggestionSet();
    expect(set.loaded).toBe(false);
    set.setAll([g(50, 90, 'contested'), g(0, 40, 'attributed', 10), g(0, 40, 'reported', 2)]);
    expect(set.loaded).toBe(true);
    expect(keys(set.open())).toEqual(['0:40:reported', '0:40:attributed', '50:90:contested']);
    expect(set.size).toBe(3);
  });

  it('keeps a change that overtakes the list and applies it on top of the list', () => {
    const set = new SuggestionSet();
    // the server's change (an annotation made from the first suggestion) came before the list did
    expect(set.change({ remove: [{ start: 0, end: 40, tag: 'attributed' }], add: [] })).toEqual([]);
    expect(set.size).toBe(0);
    // the list was made before that change: it still has the suggestion, the change takes it out
    set.setAll([g(0, 40, 'attributed'), g(50, 90, 'contested')]);
    expect(keys(set.open())).toEqual(['50:90:contested']);
  });

  it('applies a change twice to no more effect than once (the list may already reflect it)', () => {
    const set = new SuggestionSet();
    set.change({ remove: [{ start: 50, end: 90, tag: 'contested' }], add: [g(100, 140, 'reported')] });
    set.setAll([g(0, 40, 'attributed'), g(100, 140, 'reported')]); // made after the change
    expect(keys(set.open())).toEqual(['0:40:attributed', '100:140:reported']);
  });

  it('applies changes in the order the server sent them: gone, then back', () => {
    const set = new SuggestionSet();
    set.setAll([g(0, 40, 'attributed')]);
    set.change({ remove: [{ start: 0, end: 40, tag: 'attributed' }], add: [] });
    expect(set.size).toBe(0);
    const touched = set.change({ remove: [], add: [g(0, 40, 'attributed')] });
    expect(keys(touched)).toEqual(['0:40:attributed']);
    expect(set.size).toBe(1);
  });

  it('returns what a change touched, as it was and as it is, so both sentences are marked again', () => {
    const set = new SuggestionSet();
    set.setAll([g(0, 40, 'attributed'), g(50, 90, 'contested')]);
    const moved = { ...g(0, 40, 'attributed'), source: 'Ministry' };
    const touched = set.change({ remove: [{ start: 50, end: 90, tag: 'contested' }], add: [moved] });
    expect(touched.map((t) => t.source)).toEqual([null, null, 'Ministry']);
    expect(keys(touched)).toEqual(['50:90:contested', '0:40:attributed', '0:40:attributed']);
    expect(set.change({ remove: [{ start: 7, end: 8, tag: 'reported' }], add: [] })).toEqual([]); // unknown: nothing
  });

  it('leaves out what was answered here until the server says otherwise', () => {
    const set = new SuggestionSet();
    set.setAll([g(0, 40, 'attributed'), g(0, 40, 'contested'), g(50, 90, 'reported')]);
    set.decide(g(0, 40, 'attributed'));
    expect(keys(set.overlapping(10, 20))).toEqual(['0:40:contested']);
    expect(set.size).toBe(2);
    // the accept failed: the server offers it again
    set.change({ remove: [], add: [g(0, 40, 'attributed')] });
    expect(keys(set.overlapping(10, 20))).toEqual(['0:40:attributed', '0:40:contested']);
  });

  it('finds by overlap or by where a suggestion begins', () => {
    const set = new SuggestionSet();
    set.setAll([g(0, 60, 'attributed'), g(50, 90, 'reported')]);
    expect(keys(set.overlapping(55, 58))).toEqual(['0:60:attributed', '50:90:reported']);
    expect(keys(set.beginningIn(40, 100))).toEqual(['50:90:reported']);
    expect(set.overlapping(90, 100)).toEqual([]);
  });

  it('forgets everything on a new article, and waits for its list again', () => {
    const set = new SuggestionSet();
    set.setAll([g(0, 40, 'attributed')]);
    set.decide(g(0, 40, 'attributed'));
    set.reset();
    expect(set.loaded).toBe(false);
    expect(set.size).toBe(0);
    set.change({ remove: [], add: [g(5, 9, 'reported')] });
    expect(set.size).toBe(0);
    set.setAll([]);
    expect(keys(set.open())).toEqual(['5:9:reported']);
  });
});
