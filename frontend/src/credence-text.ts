import { LitElement } from 'lit';
import type { AnnotationData, SuggestionChange, SuggestionData, TagData, TextPayload } from './payload';
import { PendingRequests, TextModel, innermost, overlapSegments, type Span } from './model';
import { HighlightRenderer } from './highlights';
import { PointerInput, TextNodes, type PointerOutcome } from './selection';
import { isTyping, keyIntent } from './keyboard';
import { placeToolbar, renderHelp, renderToolbar } from './toolbar';
import { SuggestionSet } from './suggestions';

/**
 * <credence-text>: an article's text with its annotations, for reading and annotating.
 *
 * The server sends the text, the sentence offsets, the tags and the annotations as one JSON
 * payload (load, again for another article), then only changes (upsert, remove). The DOM is built
 * once per load: paragraphs of sentence spans holding plain text nodes. Highlights are drawn with
 * the CSS Custom Highlight API from Ranges over those text nodes, so no layout is measured per
 * annotation. Selections and clicks are turned into [start, end) UTF-16 offsets through the known
 * start offset of each text node, and reported to the server as events; the server validates,
 * stores and answers with upsert.
 *
 * Events (detail): credence-tag {start, end, tag}, credence-retag {id, tag}, credence-open {id},
 * credence-delete {id}, credence-submit {id}, credence-submit-all {}, credence-undo {},
 * credence-picked {id} (after startPicking), credence-suggestion {start, end, tag, accept} (y / n on a suggested
 * sentence), credence-suggestions-shown {shown} (g), credence-ready.
 *
 * Suggestions are fetched once the text is drawn, from the address in the suggestions-src attribute (a
 * plain request beside the UI's: a click is never queued behind them), or given whole to setSuggestions;
 * later changes come by updateSuggestions. They are drawn on their sentences with a dotted outline and a
 * "?" marker with the tags' initials (not colour alone), named by a tooltip, by aria-describedby for screen
 * readers, and by a card under the text while the focused sentence has one.
 *
 * Parts: model.ts (offsets, no DOM), highlights.ts (drawing), selection.ts (mouse, DOM ↔ offsets),
 * keyboard.ts (keys → intents), toolbar.ts (toolbar and help), payload.ts (what Java sends).
 */
export class CredenceText extends LitElement {
  private model = new TextModel();
  private tags = new Map<string, TagData>();
  private annotations = new Map<number, AnnotationData>();
  private sentenceEls: Array<HTMLElement | undefined> = [];
  private readonly nodes = new TextNodes();
  private readonly renderer = new HighlightRenderer((start, end) => this.nodes.staticRange(start, end));
  private readonly pending = new PendingRequests();
  private readonly pointer = new PointerInput(this.nodes, () => this.picking, (o) => this.handlePointer(o));
  private focused = -1;
  private anchor = -1;
  private selection: Span | null = null;
  private body: HTMLElement | null = null;
  private toolbar: HTMLElement | null = null;
  private help: HTMLElement | null = null;
  private picking = false;
  /** The annotation Tab picked among those on the focused sentence: keys act on it, not on the innermost. */
  private current: number | null = null;
  private loads = 0;
  private readonly suggestions = new SuggestionSet();
  private suggestionsShown = true;
  /** The sentences marked as suggested, with the note that describes each (aria-describedby). */
  private suggested = new Map<number, HTMLElement>();
  private suggestionNotes: HTMLElement | null = null;
  private suggestionCard: HTMLElement | null = null;
  private suggestionFetch: AbortController | null = null;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);

  /** Light DOM: the text is part of the page, for selection, find-in-page and tests alike. */
  protected createRenderRoot(): HTMLElement | DocumentFragment {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    // Back on the page after leaving it: the stylesheet and highlights were removed then.
    if (this.loads > 0) this.redraw();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    this.renderer.dispose();
    super.disconnectedCallback();
  }

  /** The whole article at once; everything from a previous article is dropped. */
  load(json: string) {
    const data: TextPayload = JSON.parse(json);
    this.reset();
    this.model = new TextModel(data.text, data.sentences);
    this.tags = new Map(data.tags.map((t) => [t.key, t]));
    this.annotations = new Map(data.annotations.map((a) => [a.id, a]));
    this.build();
    this.redraw();
    this.loads++;
    this.dataset.loads = String(this.loads);
    this.dataset.ready = 'true';
    performance.mark('credence-ready');
    this.dispatchEvent(new CustomEvent('credence-ready'));
    this.fetchSuggestions();
  }

  /** An annotation was created or changed. */
  upsert(json: string) {
    const a: AnnotationData = JSON.parse(json);
    this.renderer.remove(a.id);
    this.annotations.set(a.id, a);
    this.renderer.add(a);
    this.pending.answered(a.start, a.end, a.tag);
    this.annotationsChanged();
  }

  removeAnnotation(id: number) {
    this.renderer.remove(id);
    this.annotations.delete(id);
    if (this.current === id) this.setCurrent(null);
    this.annotationsChanged();
  }

  /** The article's suggestions, all of them (what the fetch from suggestions-src brings). */
  setSuggestions(json: string) {
    this.suggestionFetch?.abort();
    this.suggestionFetch = null;
    this.suggestions.setAll(JSON.parse(json) as SuggestionData[]);
    this.drawSuggestions();
  }

  /** The article's suggestions changed: {remove: [{start, end, tag}], add: [SuggestionData]}. */
  updateSuggestions(json: string) {
    const touched = this.suggestions.change(JSON.parse(json) as SuggestionChange);
    const sentences = new Set(touched.map((g) => this.model.sentenceAt(g.start)));
    for (const i of sentences) this.markSuggested(i);
    this.suggestionsCounted();
  }

  /** Once the text is drawn: the suggestions from the address the server gave (none: they come by setSuggestions). */
  private fetchSuggestions() {
    this.suggestionFetch?.abort();
    const src = this.getAttribute('suggestions-src');
    if (!src) return;
    const fetching = new AbortController();
    this.suggestionFetch = fetching;
    fetch(src, { signal: fetching.signal, credentials: 'same-origin', cache: 'no-store' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`suggestions: HTTP ${r.status}`))))
      .then((json) => {
        if (this.suggestionFetch === fetching) this.setSuggestions(json);
      })
      .catch(() => {
        // aborted (another article) or refused (the article is gone): no suggestions are drawn
      });
  }

  /** Shows or hides the suggestions (the page's toggle button). */
  showSuggestions(shown: boolean) {
    this.suggestionsShown = shown;
    this.classList.toggle('ct-hide-suggestions', !shown);
    this.dataset.suggestionsShown = String(shown);
    this.updateSuggestionCard();
  }

  /** Scrolls to an annotation and flashes it. */
  flash(id: number) {
    const a = this.annotations.get(id);
    if (!a) return;
    const i = this.model.sentenceAt(a.start);
    if (i >= 0) this.sentenceEls[i]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.renderer.flash(a);
  }

  /** Selects [start, end) and moves the keyboard focus there. */
  select(start: number, end: number) {
    this.setSelection({ start, end });
    this.focused = this.model.sentenceAt(start);
    this.markFocus();
  }

  /** Drops the selection; tag requests still unanswered may be sent again. */
  clearSelection() {
    this.setSelection(null);
    this.pending.clear();
  }

  /** The next click on a highlight picks that annotation (credence-picked {id}); Esc cancels. */
  startPicking() {
    this.picking = true;
    this.classList.add('ct-picking');
  }

  private stopPicking() {
    this.picking = false;
    this.classList.remove('ct-picking');
  }

  // ---------- state ----------

  /** Forgets the previous article's selection, focus, modes and requests (the DOM goes in build). */
  private reset() {
    this.renderer.stopFlash();
    this.selection = null;
    this.renderer.selection(null);
    delete this.dataset.selStart;
    delete this.dataset.selEnd;
    this.focused = -1;
    this.anchor = -1;
    delete this.dataset.focus;
    this.setCurrent(null);
    this.stopPicking();
    this.pending.clear();
    this.suggestionFetch?.abort();
    this.suggestionFetch = null;
    this.suggestions.reset();
    this.suggested.clear();
    delete this.dataset.suggestions;
    this.pointer.reset();
    if (this.toolbar) this.toolbar.hidden = true;
    if (this.help) this.help.hidden = true;
  }

  /** Turns the layout plan into paragraphs of sentence spans and text nodes. */
  private build() {
    const body = document.createElement('div');
    body.className = 'ct-body';
    const text = this.model.text;
    this.nodes.reset(body, text.length);
    this.sentenceEls = new Array(this.model.sentenceCount);
    for (const runs of this.model.layout()) {
      const p = document.createElement('p');
      for (const run of runs) {
        const node = document.createTextNode(text.substring(run.start, run.end));
        this.nodes.add(node, run.start);
        if (run.sentence < 0) {
          p.appendChild(node);
          continue;
        }
        const span = document.createElement('span');
        span.className = 'ct-s';
        span.dataset.i = String(run.sentence);
        span.appendChild(node);
        p.appendChild(span);
        this.sentenceEls[run.sentence] = span;
      }
      body.appendChild(p);
    }
    this.pointer.attach(body);

    const toolbar = document.createElement('div');
    toolbar.className = 'ct-toolbar';
    toolbar.hidden = true;
    toolbar.addEventListener('mousedown', (e) => e.preventDefault());
    const help = document.createElement('div');
    help.className = 'ct-help';
    help.hidden = true;
    const notes = document.createElement('div');
    notes.className = 'ct-suggestion-notes';
    notes.hidden = true; // referenced by aria-describedby: read out, not shown
    const card = document.createElement('div');
    card.className = 'ct-suggestion-card';
    card.hidden = true;

    this.replaceChildren(body, card, toolbar, help, notes);
    this.suggestionNotes = notes;
    this.suggestionCard = card;
    this.body = body;
    this.toolbar = toolbar;
    this.help = help;
  }

  /** All highlights from scratch, and the tag stylesheet. */
  private redraw() {
    const tags = Array.from(this.tags.values());
    this.renderer.writeStyles(tags);
    this.renderer.drawAll(tags, this.annotations.values());
    this.renderer.selection(this.selection);
    this.annotationsChanged();
  }

  private annotationsChanged() {
    this.renderer.overlaps(overlapSegments(this.annotations.values()));
    this.dataset.annotations = String(this.annotations.size);
    this.scheduleDescriptions();
  }

  private describing = false;

  /** The sentences' descriptions are brought up to date once the browser is idle: never in the way of drawing or a key. */
  private scheduleDescriptions() {
    if (this.describing) return;
    this.describing = true;
    const run = () => {
      this.describing = false;
      this.describeSentences();
    };
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 50);
  }

  /** Each sentence says what is marked on it ("Contested by eden"), for screen readers; only changed ones are touched. */
  private describeSentences() {
    const said = new Map<number, string[]>();
    for (const a of this.annotations.values()) {
      const first = this.model.sentenceAt(a.start);
      const last = this.model.sentenceAt(Math.max(a.start, a.end - 1));
      const words = this.tagByAuthor(a);
      for (let i = Math.max(0, first); i <= last && i >= 0; i++) {
        const list = said.get(i) ?? [];
        list.push(words);
        said.set(i, list);
      }
    }
    this.sentenceEls.forEach((el, i) => {
      if (!el) return;
      const list = said.get(i);
      const text = list ? 'Marked: ' + list.join('; ') : null;
      if ((el.getAttribute('aria-description') ?? null) !== text) {
        if (text) el.setAttribute('aria-description', text);
        else el.removeAttribute('aria-description');
      }
    });
    performance.mark('credence-described');
  }

  // ---------- selecting ----------

  private handlePointer(o: PointerOutcome) {
    if (o.kind === 'pick') {
      const hit = o.offset === null ? null : innermost(this.annotations.values(), o.offset, o.offset + 1);
      if (hit) {
        this.stopPicking();
        window.getSelection()?.removeAllRanges();
        this.dispatchEvent(new CustomEvent('credence-picked', { detail: { id: hit.id } }));
      }
      return;
    }
    if (o.kind === 'span') {
      const snapped = this.model.snap(o.start, o.end);
      window.getSelection()?.removeAllRanges();
      if (snapped) {
        this.focused = this.model.sentenceAt(snapped.start);
        this.anchor = this.focused;
        this.markFocus();
        this.classList.add('ct-span'); // only the dragged words look selected, not their whole sentence
        this.setSelection(snapped, true);
      }
      return;
    }
    this.classList.remove('ct-span');
    const i = o.index;
    if (o.shift && this.anchor >= 0) {
      window.getSelection()?.removeAllRanges();
      this.setSelection(this.model.sentence(Math.min(this.anchor, i), Math.max(this.anchor, i)), true);
    } else {
      this.anchor = i;
      this.setSelection(this.model.sentence(i), true);
    }
    this.focused = i;
    this.markFocus();
  }

  /** The selection (or none); the toolbar shows only when asked (a click, a drag, the t key), not on every j/k. */
  private setSelection(span: Span | null, toolbar = false) {
    this.selection = span;
    if (this.current !== null) this.setCurrent(null);
    this.renderer.selection(span);
    if (span) {
      this.dataset.selStart = String(span.start);
      this.dataset.selEnd = String(span.end);
    } else {
      delete this.dataset.selStart;
      delete this.dataset.selEnd;
    }
    if (toolbar && span) this.showToolbar();
    else if (this.toolbar) this.toolbar.hidden = true;
  }

  private showToolbar() {
    const bar = this.toolbar;
    if (!bar) return;
    if (!this.selection) {
      bar.hidden = true;
      return;
    }
    const rect = this.nodes.range(this.selection.start, this.selection.end).getClientRects()[0];
    const host = this.getBoundingClientRect();
    renderToolbar(bar, Array.from(this.tags.values()), (key) => this.tagSelection(key), () => this.setSelection(null));
    bar.hidden = false;
    placeToolbar(bar, rect, host);
  }

  /** Asks the server to tag the selection, once while the same request is unanswered. */
  private tagSelection(tag: string) {
    const span = this.selection;
    if (!span || !this.pending.claim(span.start, span.end, tag)) return;
    this.dispatchEvent(new CustomEvent('credence-tag', { detail: { start: span.start, end: span.end, tag } }));
  }

  // ---------- keyboard ----------

  private handleKey(e: KeyboardEvent) {
    const state = { ready: this.isConnected && this.body !== null, typing: isTyping(e.composedPath()) };
    const intent = keyIntent(e.key, e, this.tags.values(), state);
    if (!intent) return;
    switch (intent.kind) {
      case 'escape':
        if (this.picking) this.stopPicking();
        if (this.help) this.help.hidden = true;
        this.setSelection(null);
        return;
      case 'help':
        this.toggleHelp();
        e.preventDefault();
        return;
      case 'move':
        this.moveFocus(intent.delta);
        e.preventDefault();
        return;
      case 'tag':
        if (this.current !== null) {
          this.dispatchEvent(new CustomEvent('credence-retag', { detail: { id: this.current, tag: intent.tag } }));
          e.preventDefault();
          return;
        }
        if (!this.selection && this.focused >= 0) this.setSelection(this.model.sentence(this.focused));
        this.tagSelection(intent.tag);
        e.preventDefault();
        return;
      case 'cycle':
        if (this.cycle(intent.delta)) e.preventDefault();
        return;
      case 'undo':
        this.dispatchEvent(new CustomEvent('credence-undo', { detail: {} }));
        e.preventDefault();
        return;
      case 'toolbar':
        if (this.focused >= 0) {
          this.setSelection(this.selection ?? this.model.sentence(this.focused), true);
          this.toolbar?.querySelector<HTMLElement>('.ct-tag')?.focus();
          e.preventDefault();
        }
        return;
      case 'submit-all':
        this.dispatchEvent(new CustomEvent('credence-submit-all', { detail: {} }));
        e.preventDefault();
        return;
      case 'suggestion':
        if (this.decideSuggestion(intent.accept)) e.preventDefault();
        return;
      case 'toggle-suggestions':
        this.showSuggestions(!this.suggestionsShown);
        this.announce(this.suggestionsShown ? 'Suggestions shown.' : 'Suggestions hidden.');
        this.dispatchEvent(new CustomEvent('credence-suggestions-shown', { detail: { shown: this.suggestionsShown } }));
        e.preventDefault();
        return;
      case 'submit': {
        const a = this.annotationAtFocus();
        if (a) {
          this.dispatchEvent(new CustomEvent('credence-submit', { detail: { id: a.id } }));
          e.preventDefault();
        }
        return;
      }
      case 'open':
      case 'delete': {
        const a = this.annotationAtFocus();
        if (a) {
          this.dispatchEvent(new CustomEvent(intent.kind === 'open' ? 'credence-open' : 'credence-delete', { detail: { id: a.id } }));
          e.preventDefault();
        }
        return;
      }
    }
  }

  private moveFocus(delta: number) {
    const count = this.model.sentenceCount;
    if (count === 0) return;
    this.focused = this.focused < 0 ? (delta > 0 ? 0 : count - 1) : Math.min(count - 1, Math.max(0, this.focused + delta));
    this.anchor = this.focused;
    this.classList.remove('ct-span');
    this.markFocus();
    this.sentenceEls[this.focused]?.scrollIntoView({ block: 'nearest' });
    this.setSelection(this.model.sentence(this.focused));
    const offered = this.suggestionsShown ? this.suggestionsOn(this.focused) : [];
    if (offered.length > 0) {
      this.announce('Suggested: ' + offered.map((g) => this.describeSuggestion(g)).join(' · ') + '. y accepts, n dismisses.');
    }
  }

  private markFocus() {
    this.querySelector('.ct-s.ct-focus')?.classList.remove('ct-focus');
    if (this.focused >= 0) this.sentenceEls[this.focused]?.classList.add('ct-focus');
    this.dataset.focus = String(this.focused);
    this.updateSuggestionCard();
  }

  // ---------- suggestions ----------

  private tagLabel(key: string): string {
    return this.tags.get(key)?.name ?? key;
  }

  /** How a suggestion reads: "Attributed, source: X. Rules: “said” with a speaker: X". Plain text, never markup. */
  private describeSuggestion(g: SuggestionData): string {
    return `${this.tagLabel(g.tag)}, source: ${g.source ?? 'none'}. ${g.reason}`;
  }

  private suggestionsOn(sentence: number): SuggestionData[] {
    if (sentence < 0) return [];
    const s = this.model.sentence(sentence);
    return this.suggestions.overlapping(s.start, s.end);
  }

  /** Marks every suggested sentence afresh (the whole list came). */
  private drawSuggestions() {
    for (const i of Array.from(this.suggested.keys())) this.unmarkSuggested(i);
    this.suggestionNotes?.replaceChildren();
    const bySentence = new Map<number, SuggestionData[]>();
    for (const g of this.suggestions.open()) {
      const i = this.model.sentenceAt(g.start);
      if (i < 0) continue;
      const list = bySentence.get(i);
      if (list) list.push(g);
      else bySentence.set(i, [g]);
    }
    for (const [i, list] of bySentence) this.markSuggested(i, list);
    this.suggestionsCounted();
  }

  /** One sentence's mark: dotted outline, "?" and the tags' initials, tooltip, aria-describedby (none left: unmarked). */
  private markSuggested(i: number, list?: SuggestionData[]) {
    const el = i >= 0 ? this.sentenceEls[i] : undefined;
    if (!el) return;
    const s = this.model.sentence(i);
    const offered = list ?? this.suggestions.beginningIn(s.start, s.end);
    if (offered.length === 0) {
      this.unmarkSuggested(i);
      return;
    }
    const words = 'Suggested: ' + offered.map((g) => this.describeSuggestion(g)).join(' · ') + '. y accepts, n dismisses.';
    el.classList.add('ct-suggested');
    el.dataset.suggest = offered.map((g) => this.tagLabel(g.tag).charAt(0).toUpperCase()).join('');
    el.title = words;
    let note = this.suggested.get(i);
    if (!note) {
      note = document.createElement('div');
      note.id = `ct-suggestion-${this.loads}-${i}`;
      this.suggestionNotes?.appendChild(note);
      el.setAttribute('aria-describedby', note.id);
      this.suggested.set(i, note);
    }
    note.textContent = words;
  }

  private unmarkSuggested(i: number) {
    const note = this.suggested.get(i);
    if (!note) return;
    const el = this.sentenceEls[i];
    if (el) {
      el.classList.remove('ct-suggested');
      delete el.dataset.suggest;
      el.removeAttribute('title');
      el.removeAttribute('aria-describedby');
    }
    note.remove();
    this.suggested.delete(i);
  }

  private suggestionsCounted() {
    this.dataset.suggestions = String(this.suggestions.size);
    this.updateSuggestionCard();
  }

  /** The card under the text: the focused sentence's suggestions, readable without a mouse. */
  private updateSuggestionCard() {
    const card = this.suggestionCard;
    if (!card) return;
    const list = this.suggestionsShown ? this.suggestionsOn(this.focused) : [];
    if (list.length === 0) {
      card.hidden = true;
      card.replaceChildren();
      return;
    }
    const lines = list.map((g, n) => {
      const line = document.createElement('p');
      const tag = document.createElement('strong');
      tag.textContent = `${n === 0 ? 'Suggested' : 'Also suggested'}: ${this.tagLabel(g.tag)}`;
      line.append(tag, ` · source: ${g.source ?? 'none'} · ${g.reason}`);
      return line;
    });
    const keys = document.createElement('p');
    keys.className = 'ct-suggestion-keys';
    keys.textContent = 'y accepts, n dismisses, g hides suggestions';
    card.replaceChildren(...lines, keys);
    card.hidden = false;
  }

  /** y / n on the focused sentence: the first of its suggestions, accepted or dismissed (asked once until answered). */
  private decideSuggestion(accept: boolean): boolean {
    if (!this.suggestionsShown) return false;
    const g = this.suggestionsOn(this.focused)[0];
    if (!g) return false;
    this.suggestions.decide(g);
    this.markSuggested(this.model.sentenceAt(g.start));
    this.suggestionsCounted();
    this.dispatchEvent(new CustomEvent('credence-suggestion', { detail: { start: g.start, end: g.end, tag: g.tag, accept } }));
    return true;
  }

  /**
   * Tab / Shift+Tab on a focused sentence: the next or previous of the annotations that overlap it
   * (in text order) becomes the current one, outlined, and keys act on it. Past the last (or before
   * the first) there is no current one and Tab moves on out of the text as usual: false then.
   */
  private cycle(delta: 1 | -1): boolean {
    if (this.focused < 0) return false;
    const active = document.activeElement;
    if (active && active !== document.body && !this.contains(active)) return false; // Tab is moving through the page's controls
    const s = this.model.sentence(this.focused);
    const list = Array.from(this.annotations.values()).filter((a) => a.start < s.end && a.end > s.start)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
    if (list.length === 0) return false;
    const at = this.current === null ? -1 : list.findIndex((a) => a.id === this.current);
    const next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : at + delta;
    if (next < 0 || next >= list.length) {
      this.setCurrent(null);
      return false;
    }
    this.setCurrent(list[next]);
    return true;
  }

  /** "Contested by eden": how an annotation is named to screen readers. */
  private tagByAuthor(a: AnnotationData): string {
    const tag = this.tags.get(a.tag);
    return `${tag ? tag.name : a.tag}${a.author ? ' by ' + a.author : ''}`;
  }

  /** Outlines the current annotation (or none) and says which it is, for screen readers too. */
  private setCurrent(a: AnnotationData | null) {
    this.current = a ? a.id : null;
    this.renderer.current(a);
    if (a) {
      this.dataset.current = String(a.id);
      const quote = this.model.text.substring(a.start, a.end);
      this.announce(`${this.tagByAuthor(a)}: ${quote.length > 80 ? quote.substring(0, 80) + '…' : quote}. `
        + 'Tag keys, Enter and Delete act on it.');
    } else {
      delete this.dataset.current;
    }
  }

  /** Says something politely to screen readers (a live region inside the element). */
  announce(message: string) {
    let region = this.querySelector<HTMLElement>('.ct-live');
    if (!region) {
      region = document.createElement('div');
      region.className = 'ct-live visually-hidden';
      region.setAttribute('aria-live', 'polite');
      region.setAttribute('role', 'status');
      this.appendChild(region);
    }
    region.textContent = message;
  }

  /** The annotation keys act on: the one Tab made current, else the innermost under the selection or the focused sentence. */
  private annotationAtFocus(): AnnotationData | null {
    if (this.current !== null) {
      const c = this.annotations.get(this.current);
      if (c) return c;
    }
    const span = this.selection ?? (this.focused >= 0 ? this.model.sentence(this.focused) : null);
    return span ? innermost(this.annotations.values(), span.start, span.end) : null;
  }

  private toggleHelp() {
    const help = this.help;
    if (!help) return;
    if (!help.hidden) {
      help.hidden = true;
      return;
    }
    renderHelp(help, Array.from(this.tags.values()));
    help.hidden = false;
  }
}

customElements.define('credence-text', CredenceText);

declare global {
  interface HTMLElementTagNameMap {
    'credence-text': CredenceText;
  }
}
