/**
 * Draws annotations with the CSS Custom Highlight API: one Highlight per tag (named ct-<tag>) holding
 * one Range per annotation, plus ct-overlap, ct-selection and ct-flash, and the <style> element that
 * colours the tags. Ranges come from the element, which knows its text nodes.
 */

import type { AnnotationData, TagData } from './payload';
import type { Span } from './model';

/** Makes the range of [start, end): a StaticRange in the page, which the browser need not follow through changes. */
export type RangeFactory = (start: number, end: number) => AbstractRange;

export const OVERLAP = 'ct-overlap';
export const SELECTION = 'ct-selection';
export const FLASH = 'ct-flash';
export const CURRENT = 'ct-current';

export const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS;

/** The highlight name of a tag: ct- and the key with anything but [a-zA-Z0-9_-] as _. */
export function highlightName(tagKey: string): string {
  return 'ct-' + tagKey.replace(/[^a-zA-Z0-9_-]/g, '_');
}

/** The underline styles a tag can have: the cue that tells tags apart without colour. */
export const LINE_STYLES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;

/** The tag's own underline style as the tag set gives it; anything else gets the style at its place in turn. */
export function lineOf(tag: TagData, layer: number): string {
  return (LINE_STYLES as readonly string[]).includes(tag.line) ? tag.line : LINE_STYLES[layer % LINE_STYLES.length];
}

/** The stylesheet for the tags: a tint and an underline in the tag's own style, each tag's underline a little lower. */
export function tagStyles(tags: Iterable<TagData>): string {
  let css = '';
  let layer = 0;
  for (const tag of tags) {
    const colour = /^#[0-9a-fA-F]{6}$/.test(tag.colour) ? tag.colour : '#888888';
    css += `::highlight(${highlightName(tag.key)}) { background-color: ${colour}2e; text-decoration: underline ${lineOf(tag, layer)} ${colour} 2px;`
      + ` text-underline-offset: ${2 + 3 * layer}px; }\n`;
    layer++;
  }
  return css;
}

export class HighlightRenderer {
  /** The tag highlights this renderer registered, by name. */
  private readonly byName = new Map<string, Highlight>();
  private readonly ranges = new Map<number, { name: string; range: AbstractRange }>();
  private styleEl: HTMLStyleElement | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly rangeOf: RangeFactory, private readonly supported = highlightsSupported) {}

  /** Writes the tag stylesheet into a <style> in <head>, made once. */
  writeStyles(tags: Iterable<TagData>): void {
    if (!this.styleEl) {
      this.styleEl = document.createElement('style');
      document.head.appendChild(this.styleEl);
    }
    this.styleEl.textContent = tagStyles(tags);
  }

  /**
   * Everything from scratch for these tags and annotations: highlights of tags no longer there are
   * unregistered, the others emptied, then one Range per annotation added.
   */
  drawAll(tags: Iterable<TagData>, annotations: Iterable<AnnotationData>): void {
    this.ranges.clear();
    if (!this.supported) return;
    const names = new Set<string>();
    for (const t of tags) names.add(highlightName(t.key));
    for (const [name, hl] of this.byName) {
      if (names.has(name)) {
        hl.clear();
      } else {
        CSS.highlights.delete(name);
        this.byName.delete(name);
      }
    }
    for (const name of names) this.tagHighlight(name);
    for (const a of annotations) this.add(a);
  }

  add(a: AnnotationData): void {
    if (!this.supported) return;
    const name = highlightName(a.tag);
    const range = this.rangeOf(a.start, a.end);
    this.ranges.set(a.id, { name, range });
    this.tagHighlight(name).add(range);
  }

  remove(id: number): void {
    const entry = this.ranges.get(id);
    if (!entry) return;
    this.ranges.delete(id);
    this.byName.get(entry.name)?.delete(entry.range);
  }

  /** The overlap layer: one Range per segment. */
  overlaps(segments: Iterable<readonly [number, number]>): void {
    if (!this.supported) return;
    const ranges: AbstractRange[] = [];
    for (const [start, end] of segments) ranges.push(this.rangeOf(start, end));
    CSS.highlights.set(OVERLAP, new Highlight(...ranges));
  }

  selection(span: Span | null): void {
    if (!this.supported) return;
    if (span) CSS.highlights.set(SELECTION, new Highlight(this.rangeOf(span.start, span.end)));
    else CSS.highlights.delete(SELECTION);
  }

  /** Marks the annotation keys act on (or none). */
  current(span: Span | null): void {
    if (!this.supported) return;
    if (span) CSS.highlights.set(CURRENT, new Highlight(this.rangeOf(span.start, span.end)));
    else CSS.highlights.delete(CURRENT);
  }

  /** Blinks a span three times; a new flash ends the one before. */
  flash(span: Span): void {
    this.stopFlash();
    if (!this.supported) return;
    const hl = new Highlight(this.rangeOf(span.start, span.end));
    let step = 0;
    const blink = () => {
      this.flashTimer = undefined;
      if (step % 2 === 0) CSS.highlights.set(FLASH, hl);
      else CSS.highlights.delete(FLASH);
      if (++step < 6) this.flashTimer = setTimeout(blink, 220);
      else CSS.highlights.delete(FLASH);
    };
    blink();
  }

  stopFlash(): void {
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    if (this.supported) CSS.highlights.delete(FLASH);
  }

  /** Unregisters every highlight by name and removes the stylesheet (the element left the page). */
  dispose(): void {
    this.stopFlash();
    if (this.supported) {
      for (const name of [...this.byName.keys(), OVERLAP, SELECTION, FLASH, CURRENT]) CSS.highlights.delete(name);
    }
    this.byName.clear();
    this.ranges.clear();
    this.styleEl?.remove();
    this.styleEl = null;
  }

  private tagHighlight(name: string): Highlight {
    let hl = this.byName.get(name);
    if (!hl) {
      hl = new Highlight();
      this.byName.set(name, hl);
      CSS.highlights.set(name, hl);
    }
    return hl;
  }
}
