import { LitElement, html, render } from 'lit';

/**
 * <credence-text>: an article's text with its annotations, for reading and annotating.
 *
 * The server sends the text, the sentence offsets, the tags and the annotations once as one JSON
 * payload (load), then only changes (upsert, remove). The DOM is built once: paragraphs of sentence
 * spans holding plain text nodes. Highlights are drawn with the CSS Custom Highlight API from
 * Ranges over those text nodes, so no layout is measured per annotation. Selections and clicks are
 * turned into [start, end) UTF-16 offsets through the known start offset of each text node, and
 * reported to the server as events; the server validates, stores and answers with upsert.
 *
 * Events (detail): credence-tag {start, end, tag}, credence-open {id}, credence-delete {id},
 * credence-picked {id} (after startPicking).
 */

interface Tag { key: string; name: string; colour: string; hotkey: string | null; }
interface Ann { id: number; start: number; end: number; tag: string; }
interface Payload { text: string; sentences: number[]; tags: Tag[]; annotations: Ann[]; }
interface Span { start: number; end: number; }

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;
const supportsHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS;

export class CredenceText extends LitElement {
  private text = '';
  private sentences: Int32Array = new Int32Array(0);
  private sentenceEls: HTMLElement[] = [];
  private nodeStarts: number[] = [];
  private nodes: Text[] = [];
  private nodeStart = new WeakMap<Node, number>();
  private tags = new Map<string, Tag>();
  private annotations = new Map<number, Ann>();
  private ranges = new Map<number, Range>();
  private highlights = new Map<string, Highlight>();
  private focused = -1;
  private anchor = -1;
  private selection: Span | null = null;
  private body: HTMLElement | null = null;
  private toolbar: HTMLElement | null = null;
  private help: HTMLElement | null = null;
  private styleEl: HTMLStyleElement | null = null;
  private pointerDown: { x: number; y: number; offset: number | null } | null = null;
  private picking = false;
  private readonly onKey = (e: KeyboardEvent) => this.handleKey(e);

  /** Light DOM: the text is part of the page, for selection, find-in-page and tests alike. */
  protected createRenderRoot(): HTMLElement | DocumentFragment {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    if (supportsHighlights) {
      [...this.highlights.keys(), 'ct-overlap', 'ct-selection', 'ct-flash'].forEach((name) => CSS.highlights.delete(name));
    }
    this.highlights.clear();
    this.styleEl?.remove();
    this.styleEl = null;
    super.disconnectedCallback();
  }

  /** The whole article at once. */
  load(json: string) {
    const data: Payload = JSON.parse(json);
    this.text = data.text;
    this.sentences = Int32Array.from(data.sentences);
    this.tags = new Map(data.tags.map((t) => [t.key, t]));
    this.annotations = new Map(data.annotations.map((a) => [a.id, a]));
    this.build();
    this.writeTagStyles();
    this.drawHighlights();
    this.dataset.ready = 'true';
    performance.mark('credence-ready');
    this.dispatchEvent(new CustomEvent('credence-ready'));
  }

  /** An annotation was created or changed. */
  upsert(json: string) {
    const a: Ann = JSON.parse(json);
    this.unhighlight(a.id);
    this.annotations.set(a.id, a);
    this.highlight(a);
    this.drawOverlaps();
    this.dataset.annotations = String(this.annotations.size);
  }

  removeAnnotation(id: number) {
    this.unhighlight(id);
    this.annotations.delete(id);
    this.drawOverlaps();
    this.dataset.annotations = String(this.annotations.size);
  }

  /** Scrolls to an annotation and flashes it. */
  flash(id: number) {
    const a = this.annotations.get(id);
    if (!a) return;
    const i = this.sentenceAt(a.start);
    if (i >= 0) {
      this.sentenceEls[i].scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    if (!supportsHighlights) return;
    const hl = new Highlight(this.range(a.start, a.end));
    let on = 0;
    const blink = () => {
      if (on % 2 === 0) CSS.highlights.set('ct-flash', hl);
      else CSS.highlights.delete('ct-flash');
      if (++on < 6) setTimeout(blink, 220);
      else CSS.highlights.delete('ct-flash');
    };
    blink();
  }

  /** Selects [start, end) and moves the keyboard focus there. */
  select(start: number, end: number) {
    this.setSelection({ start, end });
    this.focused = this.sentenceAt(start);
    this.markFocus();
  }

  clearSelection() {
    this.setSelection(null);
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

  // ---------- building ----------

  private build() {
    const body = document.createElement('div');
    body.className = 'ct-body';
    const text = this.text;
    const s = this.sentences;
    this.sentenceEls = new Array(s.length / 2);
    this.nodes = [];
    this.nodeStarts = [];
    this.nodeStart = new WeakMap();
    let i = 0;
    let paragraphStart = 0;
    while (paragraphStart <= text.length) {
      let paragraphEnd = text.indexOf('\n', paragraphStart);
      if (paragraphEnd < 0) paragraphEnd = text.length;
      if (paragraphEnd > paragraphStart) {
        const p = document.createElement('p');
        let cursor = paragraphStart;
        while (i < s.length / 2 && s[2 * i + 1] <= paragraphEnd) {
          const start = s[2 * i];
          const end = s[2 * i + 1];
          if (start > cursor) this.addText(p, cursor, start);
          const span = document.createElement('span');
          span.className = 'ct-s';
          span.dataset.i = String(i);
          this.addText(span, start, end);
          p.appendChild(span);
          this.sentenceEls[i] = span;
          cursor = end;
          i++;
        }
        if (cursor < paragraphEnd) this.addText(p, cursor, paragraphEnd);
        body.appendChild(p);
      }
      paragraphStart = paragraphEnd + 1;
    }
    body.addEventListener('mousedown', (e) => {
      this.pointerDown = { x: e.clientX, y: e.clientY, offset: this.offsetAtPoint(e.clientX, e.clientY) };
    });
    body.addEventListener('mouseup', (e) => this.handleMouseUp(e));

    const toolbar = document.createElement('div');
    toolbar.className = 'ct-toolbar';
    toolbar.hidden = true;
    toolbar.addEventListener('mousedown', (e) => e.preventDefault());
    const help = document.createElement('div');
    help.className = 'ct-help';
    help.hidden = true;

    this.replaceChildren(body, toolbar, help);
    this.body = body;
    this.toolbar = toolbar;
    this.help = help;
  }

  private addText(parent: HTMLElement, start: number, end: number) {
    const node = document.createTextNode(this.text.substring(start, end));
    parent.appendChild(node);
    this.nodes.push(node);
    this.nodeStarts.push(start);
    this.nodeStart.set(node, start);
  }

  private writeTagStyles() {
    if (!this.styleEl) {
      this.styleEl = document.createElement('style');
      document.head.appendChild(this.styleEl);
    }
    let css = '';
    let layer = 0;
    for (const tag of this.tags.values()) {
      const colour = /^#[0-9a-fA-F]{6}$/.test(tag.colour) ? tag.colour : '#888888';
      css += `::highlight(ct-${cssIdent(tag.key)}) { background-color: ${colour}2e; text-decoration: underline ${colour} 2px;`
        + ` text-underline-offset: ${2 + 3 * layer}px; }\n`;
      layer++;
    }
    this.styleEl.textContent = css;
  }

  // ---------- highlights ----------

  /** All highlights from scratch: one Highlight per tag, holding one Range per annotation. */
  private drawHighlights() {
    if (!supportsHighlights) return;
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.ranges.clear();
    for (const key of this.tags.keys()) this.tagHighlight(key);
    for (const a of this.annotations.values()) this.highlight(a);
    this.drawOverlaps();
    this.dataset.annotations = String(this.annotations.size);
  }

  private tagHighlight(key: string): Highlight {
    const name = 'ct-' + cssIdent(key);
    let hl = this.highlights.get(name);
    if (!hl) {
      hl = new Highlight();
      this.highlights.set(name, hl);
      CSS.highlights.set(name, hl);
    }
    return hl;
  }

  private highlight(a: Ann) {
    if (!supportsHighlights) return;
    const r = this.range(a.start, a.end);
    this.ranges.set(a.id, r);
    this.tagHighlight(a.tag).add(r);
  }

  private unhighlight(id: number) {
    const old = this.annotations.get(id);
    const r = this.ranges.get(id);
    if (!supportsHighlights || !old || !r) return;
    this.tagHighlight(old.tag).delete(r);
    this.ranges.delete(id);
  }

  /** Where two or more annotations overlap, one more layer darkens the text's background. */
  private drawOverlaps() {
    if (!supportsHighlights) return;
    const bounds: number[] = [];
    for (const a of this.annotations.values()) bounds.push(a.start * 2 + 1, a.end * 2);
    bounds.sort((x, y) => x - y);
    const overlaps: Range[] = [];
    let depth = 0;
    let from = 0;
    for (const b of bounds) {
      const pos = b >> 1;
      if (depth >= 2 && pos > from) overlaps.push(this.range(from, pos));
      depth += (b & 1) === 1 ? 1 : -1;
      from = pos;
    }
    CSS.highlights.set('ct-overlap', new Highlight(...overlaps));
  }

  /** A DOM Range for [start, end) through the text nodes' known offsets. */
  private range(start: number, end: number): Range {
    const r = document.createRange();
    const [sn, so] = this.point(start, false);
    const [en, eo] = this.point(end, true);
    r.setStart(sn, so);
    r.setEnd(en, eo);
    return r;
  }

  private point(offset: number, isEnd: boolean): [Text, number] {
    const starts = this.nodeStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] < offset || (!isEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    const node = this.nodes[lo];
    const local = Math.min(Math.max(offset - starts[lo], 0), node.length);
    return [node, local];
  }

  // ---------- selecting ----------

  private handleMouseUp(e: MouseEvent) {
    const down = this.pointerDown;
    this.pointerDown = null;
    if (this.picking) {
      const at = this.offsetAtPoint(e.clientX, e.clientY);
      const hit = at === null ? null : this.innermost(at, at + 1);
      if (hit) {
        this.stopPicking();
        window.getSelection()?.removeAllRanges();
        this.dispatchEvent(new CustomEvent('credence-picked', { detail: { id: hit.id } }));
      }
      return;
    }
    const sel = window.getSelection();
    const dragged = down && (Math.abs(e.clientX - down.x) > 3 || Math.abs(e.clientY - down.y) > 3);
    if (down && dragged) {
      // The span between where the button went down and where it came up, from the caret positions
      // under the pointer (the native selection is only the visual feedback while dragging).
      let a = down.offset;
      let b = this.offsetAtPoint(e.clientX, e.clientY);
      if ((a === null || b === null) && sel && !sel.isCollapsed) {
        const r = sel.getRangeAt(0);
        a = this.offsetOf(r.startContainer, r.startOffset);
        b = this.offsetOf(r.endContainer, r.endOffset);
      }
      if (a !== null && b !== null && a !== b) {
        const snapped = this.snap(Math.min(a, b), Math.max(a, b));
        sel?.removeAllRanges();
        if (snapped) {
          this.focused = this.sentenceAt(snapped.start);
          this.anchor = this.focused;
          this.markFocus();
          this.setSelection(snapped);
        }
        return;
      }
    }
    const target = (e.target as HTMLElement).closest('.ct-s') as HTMLElement | null;
    if (!target) return;
    const i = Number(target.dataset.i);
    if (e.shiftKey && this.anchor >= 0) {
      const from = Math.min(this.anchor, i);
      const to = Math.max(this.anchor, i);
      sel?.removeAllRanges();
      this.setSelection({ start: this.sentences[2 * from], end: this.sentences[2 * to + 1] });
    } else {
      this.anchor = i;
      this.setSelection({ start: this.sentences[2 * i], end: this.sentences[2 * i + 1] });
    }
    this.focused = i;
    this.markFocus();
  }

  /** The text offset under a point of the viewport, or null when it is not over the text. */
  private offsetAtPoint(x: number, y: number): number | null {
    const doc = document as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    };
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y);
      return p ? this.offsetOf(p.offsetNode, p.offset) : null;
    }
    const r = document.caretRangeFromPoint?.(x, y);
    return r ? this.offsetOf(r.startContainer, r.startOffset) : null;
  }

  /** The offset of a DOM position inside the text, or null when it is outside. */
  private offsetOf(node: Node, offset: number): number | null {
    const start = this.nodeStart.get(node);
    if (start !== undefined) return start + offset;
    if (!this.body || !this.body.contains(node)) return null;
    // An element position: the first text node at or after it.
    const walker = document.createTreeWalker(this.body, NodeFilter.SHOW_TEXT);
    const child = node.childNodes[offset] ?? null;
    walker.currentNode = child ?? node;
    let t: Node | null = child && child.nodeType === Node.TEXT_NODE ? child : walker.nextNode();
    if (!t) return this.text.length;
    return this.nodeStart.get(t) ?? null;
  }

  /** Widens a span to whole words and trims white space at its ends. */
  private snap(start: number, end: number): Span | null {
    const t = this.text;
    while (start > 0 && WORD.test(t[start - 1]) && WORD.test(t[start])) start--;
    while (end < t.length && WORD.test(t[end]) && end > 0 && WORD.test(t[end - 1])) end++;
    while (start < end && /\s/.test(t[start])) start++;
    while (end > start && /\s/.test(t[end - 1])) end--;
    // never split a surrogate pair
    if (start > 0 && isLow(t.charCodeAt(start)) && isHigh(t.charCodeAt(start - 1))) start--;
    if (end < t.length && isLow(t.charCodeAt(end)) && isHigh(t.charCodeAt(end - 1))) end++;
    return end > start ? { start, end } : null;
  }

  private setSelection(span: Span | null) {
    this.selection = span;
    if (supportsHighlights) {
      if (span) CSS.highlights.set('ct-selection', new Highlight(this.range(span.start, span.end)));
      else CSS.highlights.delete('ct-selection');
    }
    if (span) {
      this.dataset.selStart = String(span.start);
      this.dataset.selEnd = String(span.end);
    } else {
      delete this.dataset.selStart;
      delete this.dataset.selEnd;
    }
    this.showToolbar();
  }

  private showToolbar() {
    const bar = this.toolbar;
    if (!bar) return;
    if (!this.selection) {
      bar.hidden = true;
      return;
    }
    const rect = this.range(this.selection.start, this.selection.end).getClientRects()[0];
    const host = this.getBoundingClientRect();
    const tags = Array.from(this.tags.values());
    render(html`${tags.map((t) => html`<button type="button" class="ct-tag" data-tag=${t.key}
          style="--tag-colour:${t.colour}" title=${t.name + (t.hotkey ? ' (' + t.hotkey + ')' : '')}
          @click=${() => this.tagSelection(t.key)}>${t.name}${t.hotkey ? html`<kbd>${t.hotkey}</kbd>` : ''}</button>`)}
        <button type="button" class="ct-close" title="Cancel (Esc)" @click=${() => this.setSelection(null)}>×</button>`, bar);
    bar.hidden = false;
    if (rect) {
      bar.style.top = `${rect.top - host.top - bar.offsetHeight - 8}px`;
      bar.style.left = `${Math.max(0, rect.left - host.left)}px`;
    }
  }

  private tagSelection(tag: string) {
    const span = this.selection;
    if (!span) return;
    this.dispatchEvent(new CustomEvent('credence-tag', { detail: { start: span.start, end: span.end, tag } }));
  }

  // ---------- keyboard ----------

  private handleKey(e: KeyboardEvent) {
    if (!this.isConnected || !this.body || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTyping(e)) return;
    const key = e.key;
    if (key === 'Escape') {
      if (this.picking) this.stopPicking();
      if (this.help && !this.help.hidden) this.help.hidden = true;
      this.setSelection(null);
      return;
    }
    if (key === '?') {
      this.toggleHelp();
      e.preventDefault();
      return;
    }
    if (key === 'j' || key === 'ArrowDown') {
      this.moveFocus(1);
      e.preventDefault();
      return;
    }
    if (key === 'k' || key === 'ArrowUp') {
      this.moveFocus(-1);
      e.preventDefault();
      return;
    }
    const tag = Array.from(this.tags.values()).find((t) => t.hotkey === key);
    if (tag) {
      if (!this.selection && this.focused >= 0) {
        this.setSelection({ start: this.sentences[2 * this.focused], end: this.sentences[2 * this.focused + 1] });
      }
      this.tagSelection(tag.key);
      e.preventDefault();
      return;
    }
    if (key === 'Enter' || key === 'Delete' || key === 'Backspace') {
      const a = this.annotationAtFocus();
      if (a) {
        this.dispatchEvent(new CustomEvent(key === 'Enter' ? 'credence-open' : 'credence-delete', { detail: { id: a.id } }));
        e.preventDefault();
      }
    }
  }

  private moveFocus(delta: number) {
    const count = this.sentences.length / 2;
    if (count === 0) return;
    this.focused = this.focused < 0 ? (delta > 0 ? 0 : count - 1) : Math.min(count - 1, Math.max(0, this.focused + delta));
    this.anchor = this.focused;
    this.markFocus();
    this.sentenceEls[this.focused].scrollIntoView({ block: 'nearest' });
    this.setSelection({ start: this.sentences[2 * this.focused], end: this.sentences[2 * this.focused + 1] });
  }

  private markFocus() {
    this.querySelector('.ct-s.ct-focus')?.classList.remove('ct-focus');
    if (this.focused >= 0) this.sentenceEls[this.focused].classList.add('ct-focus');
    this.dataset.focus = String(this.focused);
  }

  /** The annotation under the selection or the focused sentence: the innermost one that overlaps it. */
  private annotationAtFocus(): Ann | null {
    const span = this.selection ?? (this.focused >= 0
      ? { start: this.sentences[2 * this.focused], end: this.sentences[2 * this.focused + 1] } : null);
    return span ? this.innermost(span.start, span.end) : null;
  }

  /** The shortest annotation overlapping [start, end). */
  private innermost(start: number, end: number): Ann | null {
    let best: Ann | null = null;
    for (const a of this.annotations.values()) {
      if (a.start < end && a.end > start && (!best || a.end - a.start < best.end - best.start)) best = a;
    }
    return best;
  }

  private sentenceAt(offset: number): number {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length / 2 - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[2 * mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private toggleHelp() {
    const help = this.help;
    if (!help) return;
    if (!help.hidden) {
      help.hidden = true;
      return;
    }
    const tags = Array.from(this.tags.values()).filter((t) => t.hotkey);
    render(html`<h3>Keyboard shortcuts</h3><dl>
        ${tags.map((t) => html`<dt><kbd>${t.hotkey}</kbd></dt><dd>Tag the selection or sentence as ${t.name}</dd>`)}
        <dt><kbd>j</kbd> <kbd>↓</kbd></dt><dd>Next sentence</dd>
        <dt><kbd>k</kbd> <kbd>↑</kbd></dt><dd>Previous sentence</dd>
        <dt><kbd>Enter</kbd></dt><dd>Open the annotation at the focused sentence</dd>
        <dt><kbd>Delete</kbd></dt><dd>Delete it (you can undo)</dd>
        <dt><kbd>Esc</kbd></dt><dd>Cancel the selection</dd>
        <dt><kbd>?</kbd></dt><dd>Show or hide these shortcuts</dd>
        <dt>Click · Shift-click · Drag</dt><dd>Select a sentence · extend over sentences · select any words</dd>
      </dl>`, help);
    help.hidden = false;
  }
}

function isTyping(e: KeyboardEvent): boolean {
  for (const el of e.composedPath()) {
    if (!(el instanceof HTMLElement)) continue;
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return true;
    if (tag === 'VAADIN-DIALOG-OVERLAY' || el.getAttribute('role') === 'dialog') return true;
  }
  return false;
}

function cssIdent(key: string): string {
  return key.replace(/[^a-zA-Z0-9_-]/g, '_');
}

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

customElements.define('credence-text', CredenceText);

declare global {
  interface HTMLElementTagNameMap {
    'credence-text': CredenceText;
  }
}
