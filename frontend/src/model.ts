/**
 * The text and its offsets, without the DOM: sentence lookup, word snapping, which annotation is
 * under a span, where annotations overlap, the paragraph/sentence layout, and the tag requests
 * still waiting for the server. All offsets are UTF-16 indices into the text; spans are [start, end).
 */

export interface Span { start: number; end: number; }

/** One piece of a paragraph: a sentence (its index) or text outside sentences (sentence -1). */
export interface Run { start: number; end: number; sentence: number; }

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;
const SPACE = /\s/;

/**
 * The sentence at an offset: the last one starting at or before it (0 when the offset is before the
 * first sentence, -1 when there are no sentences). sentences holds [start0, end0, start1, end1, ...].
 */
export function sentenceAt(sentences: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = (sentences.length >> 1) - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[2 * mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Opening quotation marks and their closing partners. */
const QUOTES: ReadonlyArray<[string, string]> = [['“', '”'], ['‘', '’'], ['«', '»'], ['„', '“'], ['"', '"']];
/** How far to look for the partner of a quotation mark (a quoted passage rarely runs longer). */
const QUOTE_REACH = 400;

/**
 * Keeps quotation marks paired: a span holding an opening mark without its closing one is widened to
 * the next closing mark (within reach, before another opening one); one holding a closing mark without
 * its opening one, back to the opening mark before it. A span with no marks, or balanced ones, is kept;
 * so is a mark whose partner is not found.
 */
export function pairQuotes(text: string, start: number, end: number): Span {
  for (const [open, close] of QUOTES) {
    let opens = 0;
    let closes = 0;
    for (let i = start; i < end; i++) {
      if (open === close) {
        if (text[i] === open) opens++;
      } else if (text[i] === open) opens++;
      else if (text[i] === close) closes++;
    }
    const unpaired = open === close ? opens % 2 === 1 : opens !== closes;
    if (!unpaired) continue;
    let forward = opens > closes;
    if (open === close) {
      // a straight mark opens when a letter follows it, and closes otherwise
      const last = text.lastIndexOf(open, end - 1);
      forward = last >= start && last + 1 < text.length && /[\p{L}\p{N}]/u.test(text[last + 1]);
    }
    if (forward) {
      for (let j = end; j < Math.min(text.length, end + QUOTE_REACH); j++) {
        if (text[j] === close) {
          end = j + 1;
          break;
        }
        if (open !== close && text[j] === open) break;
      }
      continue;
    }
    for (let j = start - 1; j >= Math.max(0, start - QUOTE_REACH); j--) {
      if (text[j] === open) {
        start = j;
        break;
      }
      if (open !== close && text[j] === close) break;
    }
  }
  return { start, end };
}

/** Widens a span to whole words, keeps quotation marks paired, trims white space at its ends and never splits a surrogate pair. */
export function snap(text: string, start: number, end: number): Span | null {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]);
  while (start > 0 && isWord(start - 1) && isWord(start)) start--;
  while (end < text.length && isWord(end) && isWord(end - 1)) end++;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  ({ start, end } = pairQuotes(text, start, end));
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
  if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
  return end > start ? { start, end } : null;
}

/** The shortest of the spans overlapping [start, end); the first one seen on a tie. */
export function innermost<T extends Span>(spans: Iterable<T>, start: number, end: number): T | null {
  let best: T | null = null;
  for (const a of spans) {
    if (a.start < end && a.end > start && (!best || a.end - a.start < best.end - best.start)) best = a;
  }
  return best;
}

/**
 * Where two or more spans overlap, as sorted, disjoint [start, end) pairs (adjacent pieces merged).
 * Spans that only touch (one ends where the other starts) do not overlap.
 */
export function overlapSegments(spans: Iterable<Span>): Array<[number, number]> {
  // Each bound as position * 2 (+1 for a start), so that at one position ends come before starts.
  const bounds: number[] = [];
  for (const s of spans) bounds.push(s.start * 2 + 1, s.end * 2);
  bounds.sort((x, y) => x - y);
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (const b of bounds) {
    const pos = Math.floor(b / 2);
    if (depth >= 2 && pos > from) {
      const last = out[out.length - 1];
      if (last && last[1] === from) last[1] = pos;
      else out.push([from, pos]);
    }
    depth += b % 2 === 1 ? 1 : -1;
    from = pos;
  }
  return out;
}

/**
 * The paragraphs (text between line breaks, empty ones left out), each as its runs in order: the
 * sentences that end inside it and the text around them. Runs never overlap, so each character of
 * the text is in at most one run; line breaks are in none.
 */
export function layoutPlan(text: string, sentences: ArrayLike<number>): Run[][] {
  const count = sentences.length >> 1;
  const paragraphs: Run[][] = [];
  let i = 0;
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf('\n', paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    if (paragraphEnd > paragraphStart) {
      const runs: Run[] = [];
      let cursor = paragraphStart;
      while (i < count && sentences[2 * i + 1] <= paragraphEnd) {
        const start = Math.max(sentences[2 * i], cursor);
        const end = Math.max(sentences[2 * i + 1], start);
        if (start > cursor) runs.push({ start: cursor, end: start, sentence: -1 });
        runs.push({ start, end, sentence: i });
        cursor = end;
        i++;
      }
      if (cursor < paragraphEnd) runs.push({ start: cursor, end: paragraphEnd, sentence: -1 });
      paragraphs.push(runs);
    }
    paragraphStart = paragraphEnd + 1;
  }
  return paragraphs;
}

/**
 * Which of the text nodes, given their sorted start offsets, holds an offset: the last one starting
 * before it, or at it when the offset is a start (isEnd false). -1 when there are no nodes.
 */
export function nodeIndexAt(starts: ArrayLike<number>, offset: number, isEnd: boolean): number {
  if (starts.length === 0) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!isEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text with its sentences. */
export class TextModel {
  readonly sentences: Int32Array;

  constructor(readonly text = '', sentences: ArrayLike<number> = []) {
    this.sentences = Int32Array.from(sentences);
  }

  get sentenceCount(): number {
    return this.sentences.length >> 1;
  }

  /** Sentences from to to (inclusive) as one span. */
  sentence(from: number, to = from): Span {
    return { start: this.sentences[2 * from], end: this.sentences[2 * to + 1] };
  }

  sentenceAt(offset: number): number {
    return sentenceAt(this.sentences, offset);
  }

  snap(start: number, end: number): Span | null {
    return snap(this.text, start, end);
  }

  layout(): Run[][] {
    return layoutPlan(this.text, this.sentences);
  }
}

/**
 * Tag requests sent and not yet answered, keyed by start:end:tag, so that the same request is not
 * sent twice. An entry goes when its annotation arrives (answered), on clear, or after ttlMs.
 */
export class PendingRequests {
  private readonly sent = new Map<string, number>();

  constructor(private readonly ttlMs = 3000, private readonly now: () => number = Date.now) {}

  static key(start: number, end: number, tag: string): string {
    return `${start}:${end}:${tag}`;
  }

  /** Records the request and returns true, or returns false while the same one is pending. */
  claim(start: number, end: number, tag: string): boolean {
    const now = this.now();
    for (const [k, at] of this.sent) if (now - at >= this.ttlMs) this.sent.delete(k);
    const key = PendingRequests.key(start, end, tag);
    if (this.sent.has(key)) return false;
    this.sent.set(key, now);
    return true;
  }

  answered(start: number, end: number, tag: string): void {
    this.sent.delete(PendingRequests.key(start, end, tag));
  }

  isPending(start: number, end: number, tag: string): boolean {
    const at = this.sent.get(PendingRequests.key(start, end, tag));
    return at !== undefined && this.now() - at < this.ttlMs;
  }

  clear(): void {
    this.sent.clear();
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Something placed in the text: an annotation, or an item of the list beside the text. */
export interface Placed {
  id: number;
  start: number;
  end: number;
}

/** Text order: start, then the longer first, then the older (smaller id) first, as the server sorts. */
export function textOrder(a: Placed, b: Placed): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/** Where an item goes in a list sorted by text order (binary search: before the first that sorts after it). */
export function insertionPoint(sorted: readonly Placed[], item: Placed): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (textOrder(sorted[mid], item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
