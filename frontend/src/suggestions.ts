import { PendingRequests } from './model';
import type { SuggestionChange, SuggestionData } from './payload';

/** A suggestion's identity: its span and tag (the server's key for accepting and dismissing it), keyed as tag requests are. */
export const suggestionKey = (g: { start: number; end: number; tag: string }): string => PendingRequests.key(g.start, g.end, g.tag);

/**
 * The article's suggestions as the text element knows them: the whole list, fetched once the text is drawn,
 * and after it the changes the server sends. A change can overtake the list on its way (they travel by
 * different requests): it is kept and applied once the list is there. Each change names whole suggestions,
 * so one the list already reflects changes nothing. Suggestions answered here (y / n) are "decided" and left
 * out until the server's change about them arrives.
 */
export class SuggestionSet {
  private byKey = new Map<string, SuggestionData>();
  private waiting: SuggestionChange[] | null = [];
  private readonly decided = new Set<string>();

  /** A new article: nothing known, the list still to come. */
  reset() {
    this.byKey = new Map();
    this.waiting = [];
    this.decided.clear();
  }

  /** Whether the whole list has come. */
  get loaded(): boolean {
    return this.waiting === null;
  }

  /** The whole list; changes that came before it are applied on top. */
  setAll(list: SuggestionData[]) {
    this.byKey = new Map(list.map((g) => [suggestionKey(g), g]));
    this.decided.clear();
    const early = this.waiting ?? [];
    this.waiting = null;
    for (const change of early) this.apply(change);
  }

  /**
   * A change from the server. Returns the suggestions it touched (as they were and as they are now), whose
   * sentences are to be marked again; none while the list has not come (the change waits for it).
   */
  change(change: SuggestionChange): SuggestionData[] {
    if (this.waiting !== null) {
      this.waiting.push(change);
      return [];
    }
    return this.apply(change);
  }

  private apply(change: SuggestionChange): SuggestionData[] {
    const touched: SuggestionData[] = [];
    for (const gone of change.remove) {
      const key = suggestionKey(gone);
      const was = this.byKey.get(key);
      if (was) touched.push(was);
      this.byKey.delete(key);
      this.decided.delete(key);
    }
    for (const g of change.add) {
      const key = suggestionKey(g);
      const was = this.byKey.get(key);
      if (was) touched.push(was);
      this.byKey.set(key, g);
      this.decided.delete(key);
      touched.push(g);
    }
    return touched;
  }

  /** Answered here (y / n): not offered again unless the server's answer brings it back. */
  decide(g: SuggestionData) {
    this.decided.add(suggestionKey(g));
  }

  /** The suggestions still open, in text order (start, then cue). */
  open(): SuggestionData[] {
    return this.where(() => true);
  }

  /** The open suggestions that overlap [start, end), in text order. */
  overlapping(start: number, end: number): SuggestionData[] {
    return this.where((g) => g.start < end && g.end > start);
  }

  /** The open suggestions that begin in [start, end), in text order. */
  beginningIn(start: number, end: number): SuggestionData[] {
    return this.where((g) => g.start >= start && g.start < end);
  }

  private where(test: (g: SuggestionData) => boolean): SuggestionData[] {
    const out: SuggestionData[] = [];
    for (const [key, g] of this.byKey) if (test(g) && !this.decided.has(key)) out.push(g);
    return out.sort((a, b) => a.start - b.start || a.cueStart - b.cueStart || a.end - b.end);
  }

  /** How many are open. */
  get size(): number {
    let n = 0;
    for (const key of this.byKey.keys()) if (!this.decided.has(key)) n++;
    return n;
  }
}
