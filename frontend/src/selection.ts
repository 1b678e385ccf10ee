/**
 * From the DOM to text offsets and back, and what a press and release of the mouse button over the
 * text means: a pick, a dragged span, or a (shift-)click on a sentence.
 */

import { nodeIndexAt } from './model';

/** The text nodes of the body, each with the offset in the text where it starts. */
export class TextNodes {
  private nodes: Text[] = [];
  private starts: number[] = [];
  private startOf = new WeakMap<Node, number>();
  private root: Node | null = null;
  private textLength = 0;

  /** Forgets all nodes; root is the element holding them, textLength the text's length. */
  reset(root: Node | null, textLength: number): void {
    this.nodes = [];
    this.starts = [];
    this.startOf = new WeakMap();
    this.root = root;
    this.textLength = textLength;
  }

  /** Registers a text node; nodes must be added in text order. */
  add(node: Text, start: number): void {
    this.nodes.push(node);
    this.starts.push(start);
    this.startOf.set(node, start);
  }

  /** The DOM position of a text offset. isEnd: at a node boundary, the end of the node before. */
  point(offset: number, isEnd: boolean): [Text, number] | null {
    const i = nodeIndexAt(this.starts, offset, isEnd);
    if (i < 0) return null;
    const node = this.nodes[i];
    return [node, Math.min(Math.max(offset - this.starts[i], 0), node.length)];
  }

  /**
   * A StaticRange over [start, end), for highlights: the browser does not keep it up to date on every
   * change to the document as it does a live Range (with a thousand live Ranges, every text or element
   * removed anywhere on the page cost milliseconds). The text nodes never change while it is shown.
   */
  staticRange(start: number, end: number): StaticRange {
    const from = this.point(start, false);
    const to = this.point(end, true);
    if (!from || !to) {
      const root = this.root ?? document.body;
      return new StaticRange({ startContainer: root, startOffset: 0, endContainer: root, endOffset: 0 });
    }
    return new StaticRange({ startContainer: from[0], startOffset: from[1], endContainer: to[0], endOffset: to[1] });
  }

  /** A DOM Range over [start, end); collapsed when there is no text. */
  range(start: number, end: number): Range {
    const r = document.createRange();
    const from = this.point(start, false);
    const to = this.point(end, true);
    if (from && to) {
      r.setStart(from[0], from[1]);
      r.setEnd(to[0], to[1]);
    }
    return r;
  }

  /** The text offset of a DOM position, or null when it is outside the text. */
  offsetOf(node: Node, offset: number): number | null {
    const start = this.startOf.get(node);
    if (start !== undefined) return start + offset;
    if (!this.root || !this.root.contains(node)) return null;
    // An element position: the first text node at or after it.
    const walker = document.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
    const child = node.childNodes[offset] ?? null;
    walker.currentNode = child ?? node;
    const text: Node | null = child && child.nodeType === Node.TEXT_NODE ? child : walker.nextNode();
    if (!text) return this.textLength;
    return this.startOf.get(text) ?? null;
  }
}

type CaretDocument = {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text offset under a point of the viewport, or null when it is not over the text. */
export function offsetAtPoint(nodes: TextNodes, x: number, y: number): number | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? nodes.offsetOf(p.offsetNode, p.offset) : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? nodes.offsetOf(r.startContainer, r.startOffset) : null;
}

export interface PointerDown { x: number; y: number; offset: number | null; }

/** Whether the pointer moved more than threshold pixels along either axis since it went down. */
export function isDrag(down: { x: number; y: number }, x: number, y: number, threshold = 3): boolean {
  return Math.abs(x - down.x) > threshold || Math.abs(y - down.y) > threshold;
}

export type PointerOutcome =
  /** In picking mode: the offset clicked (null: not over the text). */
  | { kind: 'pick'; offset: number | null }
  /** A drag over [start, end), not yet snapped to words. */
  | { kind: 'span'; start: number; end: number }
  /** A click on sentence index, with or without Shift. */
  | { kind: 'sentence'; index: number; shift: boolean };

/** Listens to the body's mouse button and reports what each press and release meant. */
export class PointerInput {
  private down: PointerDown | null = null;

  constructor(
    private readonly nodes: TextNodes,
    private readonly picking: () => boolean,
    private readonly report: (outcome: PointerOutcome) => void,
  ) {}

  attach(body: HTMLElement): void {
    body.addEventListener('mousedown', (e) => {
      this.down = { x: e.clientX, y: e.clientY, offset: offsetAtPoint(this.nodes, e.clientX, e.clientY) };
    });
    body.addEventListener('mouseup', (e) => this.up(e));
  }

  /** Forgets a press that has not been released. */
  reset(): void {
    this.down = null;
  }

  private up(e: MouseEvent): void {
    const down = this.down;
    this.down = null;
    if (this.picking()) {
      this.report({ kind: 'pick', offset: offsetAtPoint(this.nodes, e.clientX, e.clientY) });
      return;
    }
    if (down && isDrag(down, e.clientX, e.clientY)) {
      // The span between the caret positions under the pointer when it went down and came up
      // (the native selection is only the visual feedback while dragging, and the fallback).
      let a = down.offset;
      let b = offsetAtPoint(this.nodes, e.clientX, e.clientY);
      const sel = window.getSelection();
      if ((a === null || b === null) && sel && !sel.isCollapsed) {
        const r = sel.getRangeAt(0);
        a = this.nodes.offsetOf(r.startContainer, r.startOffset);
        b = this.nodes.offsetOf(r.endContainer, r.endOffset);
      }
      if (a !== null && b !== null && a !== b) {
        this.report({ kind: 'span', start: Math.min(a, b), end: Math.max(a, b) });
        return;
      }
    }
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('.ct-s') : null;
    if (!target) return;
    this.report({ kind: 'sentence', index: Number(target.dataset.i), shift: e.shiftKey });
  }
}
