/** The floating tag toolbar over the selection and the keyboard help panel. */

import { html, render } from 'lit';
import type { TagData } from './payload';
import { hotkeyOf } from './keyboard';
import { lineOf } from './highlights';

/** Renders one button per tag (ct-tag, data-tag) and a close button (ct-close) into bar. */
export function renderToolbar(bar: HTMLElement, tags: readonly TagData[], onTag: (key: string) => void, onClose: () => void): void {
  render(html`${tags.map((t, i) => {
    const hotkey = hotkeyOf(t);
    return html`<button type="button" class="ct-tag" data-tag=${t.key}
          style="--tag-colour:${t.colour};--tag-line:${lineOf(t, i)}" title=${t.name + (hotkey ? ' (' + hotkey + ')' : '')}
          @click=${() => onTag(t.key)}>${t.name}${hotkey ? html`<kbd>${hotkey}</kbd>` : ''}</button>`;
  })}
        <button type="button" class="ct-close" title="Cancel (Esc)" aria-label="Close toolbar" @click=${onClose}>×</button>`, bar);
}

/** Where the bar goes, in the host's coordinates: see placeToolbar. */
export function toolbarPosition(bar: { width: number; height: number }, rect: { top: number; bottom: number; left: number },
  host: { top: number; left: number; width: number }, viewportTop = 0): { top: number; left: number; below: boolean } {
  const gap = 8;
  // above the selection, unless that is above the viewport or the text's own top: then below it
  const below = rect.top - bar.height - gap < Math.max(viewportTop, host.top);
  const top = below ? rect.bottom - host.top + gap : rect.top - host.top - bar.height - gap;
  // inside the text column: never off its left or right edge
  const left = Math.max(0, Math.min(rect.left - host.left, host.width - bar.width));
  return { top, left, below };
}

/** Puts the (visible) bar above the selection's first line, or below it where there is no room above, inside the text column. */
export function placeToolbar(bar: HTMLElement, rect: DOMRect | undefined, host: DOMRect): void {
  if (!rect) return;
  const at = toolbarPosition({ width: bar.offsetWidth, height: bar.offsetHeight }, rect, host, 0);
  bar.style.top = `${at.top}px`;
  bar.style.left = `${at.left}px`;
  bar.classList.toggle('ct-below', at.below);
}

/** Renders the list of shortcuts, tags with a hotkey first, into the help panel. */
export function renderHelp(help: HTMLElement, tags: readonly TagData[]): void {
  const withKeys = tags.filter((t) => hotkeyOf(t) !== null);
  render(html`<h3>Keyboard shortcuts</h3><dl>
        ${withKeys.map((t) => html`<dt><kbd>${hotkeyOf(t)}</kbd></dt><dd>Tag the selection or sentence as ${t.name} (on your own annotation of exactly that span: change its tag)</dd>`)}
        <dt><kbd>j</kbd> <kbd>↓</kbd></dt><dd>Next sentence</dd>
        <dt><kbd>k</kbd> <kbd>↑</kbd></dt><dd>Previous sentence</dd>
        <dt><kbd>Tab</kbd> <kbd>Shift</kbd>+<kbd>Tab</kbd></dt><dd>Step through the annotations on the focused sentence; keys act on the outlined one</dd>
        <dt><kbd>Enter</kbd></dt><dd>Open the annotation at the focused sentence</dd>
        <dt><kbd>Delete</kbd></dt><dd>Delete it (you can undo)</dd>
        <dt><kbd>s</kbd></dt><dd>Submit it for review</dd>
        <dt><kbd>Shift</kbd>+<kbd>S</kbd></dt><dd>Submit all your drafts on this article</dd>
        <dt><kbd>Ctrl</kbd>+<kbd>Z</kbd> · <kbd>⌘</kbd>+<kbd>Z</kbd></dt><dd>Undo your last tag, change or delete on this page</dd>
        <dt><kbd>t</kbd></dt><dd>Show the tag toolbar at the focused sentence</dd>
        <dt><kbd>y</kbd> · <kbd>n</kbd></dt><dd>Accept · dismiss the suggestion on the focused sentence (dotted outline)</dd>
        <dt><kbd>g</kbd></dt><dd>Hide or show suggestions</dd>
        <dt><kbd>Esc</kbd></dt><dd>Cancel the selection</dd>
        <dt><kbd>?</kbd></dt><dd>Show or hide these shortcuts</dd>
        <dt>Click · Shift-click · Drag</dt><dd>Select a sentence · extend over sentences · select any words</dd>
      </dl>`, help);
}
