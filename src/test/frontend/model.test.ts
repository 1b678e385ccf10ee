import { describe, expect, it } from 'vitest';
import {
  TextModel, innermost, insertionPoint, layoutPlan, nodeIndexAt, overlapSegments, sentenceAt, snap, textOrder, type Run, type Span,
} from '../../../frontend/src/model.ts';

/** The text a span covers, for readable assertions. */
function quote(text: string, span: Span | null): string | null {
  return span ? text.substring(span.start, span.end) : null;
}

describe('sentenceAt', () => {
  const sentences = [0, 5, 6, 12, 20, 30];

  it('finds the sentence containing an offset', () => {
    expect(sentenceAt(sentences, 0)).toBe(0);
    expect(sentenceAt(sentences, 3)).toBe(0);
    expect(sentenceAt(sentences, 6)).toBe(1);
    expect(sentenceAt(sentences, 11)).toBe(1);
    expect(sentenceAt(sentences, 25)).toBe(2);
  });

  it('at boundaries: a start belongs to its sentence, an end to the one it ends', () => {
    expect(sentenceAt(sentences, 5)).toBe(0);
    expect(sentenceAt(sentences, 12)).toBe(1);
    expect(sentenceAt(sentences, 20)).toBe(2);
    expect(sentenceAt(sentences, 30)).toBe(2);
  });

  it('between sentences gives the one before; before the first gives 0; past the last gives the last', () => {
    expect(sentenceAt(sentences, 15)).toBe(1);
    expect(sentenceAt([4, 8, 10, 12], 0)).toBe(0);
    expect(sentenceAt(sentences, 1000)).toBe(2);
  });

  it('is -1 without sentences (empty text)', () => {
    expect(sentenceAt([], 0)).toBe(-1);
    expect(new TextModel('', []).sentenceAt(0)).toBe(-1);
  });

  it('agrees with a linear scan on many sentences', () => {
    const many: number[] = [];
    for (let i = 0; i < 997; i++) many.push(i * 7, i * 7 + 5);
    for (let offset = 0; offset < 997 * 7; offset += 3) {
      let expected = 0;
      for (let i = 0; i < many.length / 2; i++) if (many[2 * i] <= offset) expected = i;
      expect(sentenceAt(many, offset)).toBe(expected);
    }
  });

  it('works on an Int32Array through TextModel', () => {
    const m = new TextModel('One. Two.', [0, 4, 5, 9]);
    expect(m.sentenceCount).toBe(2);
    expect(m.sentenceAt(7)).toBe(1);
    expect(m.sentence(1)).toEqual({ start: 5, end: 9 });
    expect(m.sentence(0, 1)).toEqual({ start: 0, end: 9 });
  });
});

describe('snap keeps quotation marks paired', () => {
  const said = 'The council said the closure was “a temporary precaution.” Engineers disagreed.';

  it('takes the closing mark (past the full stop) when the opening one is in', () => {
    const from = said.indexOf('“a');
    expect(quote(said, snap(said, from, said.indexOf('precaution') + 4))).toBe('“a temporary precaution.”');
  });

  it('takes the opening mark when the closing one is in', () => {
    expect(quote(said, snap(said, said.indexOf('temporary'), said.indexOf('”') + 1))).toBe('“a temporary precaution.”');
  });

  it('leaves words inside the marks alone, and balanced or other marks too', () => {
    expect(quote(said, snap(said, said.indexOf('temporary'), said.indexOf('temporary') + 3))).toBe('temporary');
    expect(quote(said, snap(said, said.indexOf('The'), said.indexOf(' Engineers')))).toBe(said.substring(0, said.indexOf(' Engineers')));
    const straight = 'He said "no deal" and "yes" twice.';
    expect(quote(straight, snap(straight, straight.indexOf('"no'), straight.indexOf('deal') + 2))).toBe('"no deal"');
    expect(quote(straight, snap(straight, straight.indexOf('deal'), straight.indexOf('deal') + 5))).toBe('"no deal"');
    const guillemets = 'Il a dit «non» hier.';
    expect(quote(guillemets, snap(guillemets, guillemets.indexOf('non'), guillemets.indexOf('»') + 1))).toBe('«non»');
    // an apostrophe is a letter of its word, not a quotation mark
    const apostrophe = "The council's plan";
    expect(quote(apostrophe, snap(apostrophe, 5, 8))).toBe("council's");
  });
});

describe('snap', () => {
  const text = 'Hello, wonderful world!';

  it('widens to whole words on both ends', () => {
    expect(quote(text, snap(text, 9, 12))).toBe('wonderful');
    expect(snap(text, 9, 12)).toEqual({ start: 7, end: 16 });
    expect(quote(text, snap(text, 2, 9))).toBe('Hello, wonderful');
  });

  it('keeps a span that already is whole words', () => {
    expect(snap(text, 7, 16)).toEqual({ start: 7, end: 16 });
  });

  it('does not widen across punctuation', () => {
    expect(quote(text, snap(text, 5, 7))).toBe(',');
    expect(quote(text, snap(text, 22, 23))).toBe('!');
    expect(quote(text, snap(text, 19, 23))).toBe('world!');
  });

  it('trims white space at the ends', () => {
    expect(quote(text, snap(text, 16, 18))).toBe('world');
    expect(quote(text, snap(text, 5, 8))).toBe(', wonderful');
    const spaced = 'one \n\t two';
    expect(quote(spaced, snap(spaced, 2, 8))).toBe('one \n\t two');
    expect(quote(spaced, snap(spaced, 3, 9))).toBe('two');
  });

  it('is null for only white space', () => {
    expect(snap(text, 6, 7)).toBeNull();
    expect(snap('a  \n b', 1, 5)).toBeNull();
  });

  it('treats apostrophes, hyphens and underscores as part of words', () => {
    const t = "don't stop well-known snake_case";
    expect(quote(t, snap(t, 1, 2))).toBe("don't");
    expect(quote(t, snap(t, 12, 13))).toBe('well-known');
    expect(quote(t, snap(t, 24, 25))).toBe('snake_case');
    const curly = 'it’s fine';
    expect(quote(curly, snap(curly, 0, 1))).toBe('it’s');
  });

  it('never splits an emoji (surrogate pair)', () => {
    const t = 'hi 😀 there';
    expect(snap(t, 4, 5)).toEqual({ start: 3, end: 5 });
    expect(snap(t, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(quote(t, snap(t, 4, 8))).toBe('😀 there');
    const glued = 'ab😀cd';
    expect(quote(glued, snap(glued, 1, 3))).toBe('ab😀');
    expect(quote(glued, snap(glued, 3, 5))).toBe('😀cd');
  });

  it('keeps combining marks with their letters', () => {
    const t = 'the x\u0304 level';
    expect(quote(t, snap(t, 4, 5))).toBe('x\u0304');
    expect(quote(t, snap(t, 5, 6))).toBe('x\u0304');
    expect(quote(t, snap(t, 1, 9))).toBe('the x\u0304 level');
    const cafe = 'cafe\u0301 au lait';
    expect(snap(cafe, 1, 2)).toEqual({ start: 0, end: 5 });
  });

  it('snaps Cyrillic and CJK words', () => {
    const t = 'Олег Петров сказал';
    expect(quote(t, snap(t, 1, 8))).toBe('Олег Петров');
    const jp = '東京 officials';
    expect(quote(jp, snap(jp, 0, 1))).toBe('東京');
  });

  it('handles the ends of the text', () => {
    expect(snap('word', 0, 4)).toEqual({ start: 0, end: 4 });
    expect(snap('word', 3, 4)).toEqual({ start: 0, end: 4 });
    expect(snap('', 0, 0)).toBeNull();
  });
});

describe('innermost', () => {
  const outer = { id: 1, start: 0, end: 20, tag: 'a' };
  const inner = { id: 2, start: 5, end: 10, tag: 'b' };
  const other = { id: 3, start: 30, end: 40, tag: 'a' };

  it('picks the shortest annotation overlapping the span', () => {
    expect(innermost([outer, inner, other], 6, 7)).toBe(inner);
    expect(innermost([inner, outer, other], 6, 7)).toBe(inner);
    expect(innermost([outer, inner, other], 1, 2)).toBe(outer);
    expect(innermost([outer, inner, other], 0, 40)).toBe(inner);
    expect(innermost([outer, inner, other], 35, 36)).toBe(other);
  });

  it('is null when nothing overlaps; touching is not overlapping', () => {
    expect(innermost([outer, inner, other], 20, 30)).toBeNull();
    expect(innermost([outer], 20, 21)).toBeNull();
    expect(innermost([], 0, 10)).toBeNull();
  });

  it('takes the first on a tie', () => {
    const twin = { id: 4, start: 5, end: 10, tag: 'c' };
    expect(innermost([inner, twin], 5, 6)).toBe(inner);
    expect(innermost([twin, inner], 5, 6)).toBe(twin);
  });
});

describe('overlapSegments', () => {
  const s = (start: number, end: number) => ({ start, end });

  it('nested: the inner span', () => {
    expect(overlapSegments([s(0, 10), s(2, 5)])).toEqual([[2, 5]]);
  });

  it('disjoint and touching spans do not overlap', () => {
    expect(overlapSegments([s(0, 3), s(5, 8)])).toEqual([]);
    expect(overlapSegments([s(0, 5), s(5, 9)])).toEqual([]);
    expect(overlapSegments([])).toEqual([]);
    expect(overlapSegments([s(1, 4)])).toEqual([]);
  });

  it('identical spans overlap over their whole length', () => {
    expect(overlapSegments([s(2, 6), s(2, 6)])).toEqual([[2, 6]]);
  });

  it('three deep: one segment over depth >= 2', () => {
    expect(overlapSegments([s(0, 10), s(2, 8), s(4, 6)])).toEqual([[2, 8]]);
  });

  it('partial overlaps in a chain', () => {
    expect(overlapSegments([s(0, 4), s(2, 6), s(5, 9)])).toEqual([[2, 4], [5, 6]]);
    expect(overlapSegments([s(5, 9), s(0, 4), s(2, 6)])).toEqual([[2, 4], [5, 6]]);
  });

  it('merges pieces that meet where one span ends and another starts', () => {
    expect(overlapSegments([s(0, 5), s(3, 8), s(5, 10)])).toEqual([[3, 8]]);
  });

  it('agrees with counting per character', () => {
    const spans = [s(0, 7), s(3, 12), s(10, 20), s(15, 16), s(18, 30), s(25, 26), s(40, 41)];
    const depth = new Array(50).fill(0);
    for (const x of spans) for (let i = x.start; i < x.end; i++) depth[i]++;
    const covered = new Array(50).fill(false);
    for (const [a, b] of overlapSegments(spans)) for (let i = a; i < b; i++) covered[i] = true;
    expect(covered).toEqual(depth.map((d) => d >= 2));
  });
});

describe('layoutPlan', () => {
  const run = (start: number, end: number, sentence = -1): Run => ({ start, end, sentence });

  it('splits paragraphs on line breaks and puts sentences in order', () => {
    const text = 'One. Two.\nThree.';
    expect(layoutPlan(text, [0, 4, 5, 9, 10, 16])).toEqual([
      [run(0, 4, 0), run(4, 5), run(5, 9, 1)],
      [run(10, 16, 2)],
    ]);
  });

  it('keeps text before, between and after sentences as plain runs', () => {
    const text = '  Hi. - Yes. ok';
    expect(layoutPlan(text, [2, 5, 8, 12])).toEqual([[run(0, 2), run(2, 5, 0), run(5, 8), run(8, 12, 1), run(12, 15)]]);
  });

  it('lays out text without sentences as plain paragraphs', () => {
    expect(layoutPlan('a\nbc', [])).toEqual([[run(0, 1)], [run(2, 4)]]);
  });

  it('leaves out empty paragraphs and the empty text', () => {
    expect(layoutPlan('a\n\nb\n', [])).toEqual([[run(0, 1)], [run(3, 4)]]);
    expect(layoutPlan('', [])).toEqual([]);
    expect(layoutPlan('\n\n', [])).toEqual([]);
  });

  it('a sentence over a line break goes in the paragraph where it ends, without repeating text', () => {
    expect(layoutPlan('ab\ncd', [0, 5])).toEqual([[run(0, 2)], [run(3, 5, 0)]]);
  });

  it('covers each character outside line breaks exactly once', () => {
    const text = 'First one. Second one.\n\nThird, long one. Fourth?\nTail';
    const sentences = [0, 10, 11, 22, 24, 40, 41, 48];
    const plan = layoutPlan(text, sentences);
    const joined = plan.map((p) => p.map((r) => text.substring(r.start, r.end)).join('')).join('\n');
    expect(joined).toBe('First one. Second one.\nThird, long one. Fourth?\nTail');
    const indices = plan.flat().filter((r) => r.sentence >= 0).map((r) => r.sentence);
    expect(indices).toEqual([0, 1, 2, 3]);
    for (const r of plan.flat().filter((x) => x.sentence >= 0)) {
      expect([r.start, r.end]).toEqual([sentences[2 * r.sentence], sentences[2 * r.sentence + 1]]);
    }
  });
});

describe('nodeIndexAt', () => {
  const starts = [0, 4, 5, 9];

  it('finds the node holding an offset', () => {
    expect(nodeIndexAt(starts, 2, false)).toBe(0);
    expect(nodeIndexAt(starts, 6, false)).toBe(2);
    expect(nodeIndexAt(starts, 100, true)).toBe(3);
  });

  it('at a node boundary: the next node for a start, the previous for an end', () => {
    expect(nodeIndexAt(starts, 4, false)).toBe(1);
    expect(nodeIndexAt(starts, 4, true)).toBe(0);
    expect(nodeIndexAt(starts, 9, false)).toBe(3);
    expect(nodeIndexAt(starts, 9, true)).toBe(2);
    expect(nodeIndexAt(starts, 0, true)).toBe(0);
  });

  it('is -1 without nodes', () => {
    expect(nodeIndexAt([], 0, false)).toBe(-1);
  });
});

describe('textOrder and insertionPoint (the list beside the text)', () => {
  const item = (id: number, start: number, end: number) => ({ id, start, end });

  it('sorts by start, then the longer first, then the older first, as the server does', () => {
    const items = [item(5, 10, 20), item(2, 0, 5), item(3, 10, 30), item(4, 10, 20), item(1, 40, 50)];
    expect([...items].sort(textOrder).map((i) => i.id)).toEqual([2, 3, 4, 5, 1]);
  });

  it('finds where a new item goes, also between equal spans and at both ends', () => {
    const sorted = [item(2, 0, 5), item(3, 10, 30), item(4, 10, 20), item(1, 40, 50)];
    expect(insertionPoint(sorted, item(9, 0, 3))).toBe(1);
    expect(insertionPoint(sorted, item(0, 0, 9))).toBe(0);
    expect(insertionPoint(sorted, item(6, 10, 20))).toBe(3);
    expect(insertionPoint(sorted, item(1, 10, 20))).toBe(2);
    expect(insertionPoint(sorted, item(7, 60, 61))).toBe(4);
    expect(insertionPoint([], item(7, 60, 61))).toBe(0);
  });

  it('keeps a list sorted when items arrive one at a time in any order', () => {
    const all = Array.from({ length: 200 }, (_, i) => item(i + 1, (i * 37) % 50, ((i * 37) % 50) + 1 + (i % 7)));
    const built: Array<ReturnType<typeof item>> = [];
    for (const i of [...all].reverse()) built.splice(insertionPoint(built, i), 0, i);
    expect(built).toEqual([...all].sort(textOrder));
  });
});
