/** What a key press asks of the text element. No DOM here, so it can be tested without a browser. */

import type { TagData } from './payload';

export type KeyIntent =
  | { kind: 'tag'; tag: string }
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'escape' }
  | { kind: 'help' }
  | { kind: 'open' }
  | { kind: 'delete' }
  | { kind: 'submit' }
  | { kind: 'submit-all' }
  | { kind: 'cycle'; delta: 1 | -1 }
  | { kind: 'undo' }
  | { kind: 'toolbar' }
  | { kind: 'suggestion'; accept: boolean }
  | { kind: 'toggle-suggestions' };

export interface Modifiers { ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey?: boolean; }

/** ready: the element is connected and has a text; typing: the key goes to a field or a dialog. */
export interface KeyState { ready: boolean; typing: boolean; }

/** The tag's hotkey, or null when it has none (null or empty). */
export function hotkeyOf(tag: TagData): string | null {
  return tag.hotkey === null || tag.hotkey === undefined || tag.hotkey === '' ? null : tag.hotkey;
}

/** The first tag whose hotkey is key. */
export function tagForKey(tags: Iterable<TagData>, key: string): TagData | null {
  for (const t of tags) if (hotkeyOf(t) === key) return t;
  return null;
}

/**
 * The intent of a key (KeyboardEvent.key). Ctrl+Z / Cmd+Z is undo; other keys with Ctrl, Meta or Alt
 * are left to the browser. Shift is looked at only for Tab (Shift+Tab goes back); for other keys it
 * makes the character ('?', 'S'). Navigation keys win over a tag with the same hotkey.
 */
export function keyIntent(key: string, modifiers: Modifiers, tags: Iterable<TagData>, state: KeyState): KeyIntent | null {
  if (!state.ready || state.typing) return null;
  if ((modifiers.ctrlKey || modifiers.metaKey) && !modifiers.altKey && (key === 'z' || key === 'Z') && !modifiers.shiftKey) {
    return { kind: 'undo' };
  }
  if (modifiers.ctrlKey || modifiers.metaKey || modifiers.altKey) return null;
  if (key === 'Tab') return { kind: 'cycle', delta: modifiers.shiftKey ? -1 : 1 };
  switch (key) {
    case 'Escape': return { kind: 'escape' };
    case '?': return { kind: 'help' };
    case 'j': case 'ArrowDown': return { kind: 'move', delta: 1 };
    case 'k': case 'ArrowUp': return { kind: 'move', delta: -1 };
    case 's': return { kind: 'submit' };
    case 'S': return { kind: 'submit-all' };
    case 't': return { kind: 'toolbar' };
    case 'y': return { kind: 'suggestion', accept: true };
    case 'n': return { kind: 'suggestion', accept: false };
    case 'g': return { kind: 'toggle-suggestions' };
  }
  const tag = tagForKey(tags, key);
  if (tag) return { kind: 'tag', tag: tag.key };
  if (key === 'Enter') return { kind: 'open' };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'delete' };
  return null;
}

/** Something a key event passed through, as far as isTyping looks at it. */
interface PathElement {
  tagName?: unknown;
  isContentEditable?: unknown;
  getAttribute?: (name: string) => string | null;
}

/** Whether a key event (by its composedPath) goes to a form field, editable content or a dialog. */
export function isTyping(path: readonly EventTarget[]): boolean {
  for (const target of path) {
    const el = target as PathElement;
    if (typeof el.tagName !== 'string' || typeof el.getAttribute !== 'function') continue;
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true) return true;
    if (tag === 'VAADIN-DIALOG-OVERLAY' || el.getAttribute('role') === 'dialog') return true;
  }
  return false;
}
