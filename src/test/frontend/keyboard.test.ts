import { describe, expect, it } from 'vitest';
import { hotkeyOf, isTyping, keyIntent, tagForKey, type Modifiers } from '../../../frontend/src/keyboard.ts';
import type { TagData } from '../../../frontend/src/payload.ts';

const tags: TagData[] = [
  { key: 'reported', name: 'Reported', colour: '#1f77b4', line: 'solid', hotkey: '1' },
  { key: 'attributed', name: 'Attributed', colour: '#2ca02c', line: 'solid', hotkey: '2' },
  { key: 'retired', name: 'Retired', colour: '#888888', line: 'solid', hotkey: null },
  { key: 'legacy', name: 'Legacy', colour: '#888888', line: 'solid', hotkey: '' },
  { key: 'contested', name: 'Contested', colour: '#d62728', line: 'solid', hotkey: '3' },
];
const none: Modifiers = { ctrlKey: false, metaKey: false, altKey: false };
const ready = { ready: true, typing: false };
const intent = (key: string, modifiers = none, state = ready, list: TagData[] = tags) => keyIntent(key, modifiers, list, state);

describe('keyIntent', () => {
  it('maps the fixed keys', () => {
    expect(intent('Escape')).toEqual({ kind: 'escape' });
    expect(intent('?')).toEqual({ kind: 'help' });
    expect(intent('j')).toEqual({ kind: 'move', delta: 1 });
    expect(intent('ArrowDown')).toEqual({ kind: 'move', delta: 1 });
    expect(intent('k')).toEqual({ kind: 'move', delta: -1 });
    expect(intent('ArrowUp')).toEqual({ kind: 'move', delta: -1 });
    expect(intent('Enter')).toEqual({ kind: 'open' });
    expect(intent('Delete')).toEqual({ kind: 'delete' });
    expect(intent('Backspace')).toEqual({ kind: 'delete' });
    expect(intent('s')).toEqual({ kind: 'submit' });
    expect(intent('S')).toEqual({ kind: 'submit-all' });
    expect(intent('t')).toEqual({ kind: 'toolbar' });
    expect(intent('y')).toEqual({ kind: 'suggestion', accept: true });
    expect(intent('n')).toEqual({ kind: 'suggestion', accept: false });
    expect(intent('g')).toEqual({ kind: 'toggle-suggestions' });
  });

  it('maps tag hotkeys from the tag list', () => {
    expect(intent('1')).toEqual({ kind: 'tag', tag: 'reported' });
    expect(intent('2')).toEqual({ kind: 'tag', tag: 'attributed' });
    expect(intent('3')).toEqual({ kind: 'tag', tag: 'contested' });
    expect(intent('3', none, ready, tags.slice(0, 2))).toBeNull();
    expect(intent('1', none, ready, [])).toBeNull();
  });

  it('never matches tags without a hotkey (null or empty)', () => {
    expect(intent('')).toBeNull();
    expect(intent('null')).toBeNull();
    expect(tagForKey(tags, '')).toBeNull();
    expect(hotkeyOf(tags[2])).toBeNull();
    expect(hotkeyOf(tags[3])).toBeNull();
    expect(hotkeyOf(tags[0])).toBe('1');
  });

  it('ignores other keys', () => {
    expect(intent('x')).toBeNull();
    expect(intent('J')).toBeNull();
    expect(intent(' ')).toBeNull();
  });

  it('leaves keys with Ctrl, Meta or Alt to the browser', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
      const m = { ...none, [modifier]: true };
      for (const key of ['Escape', '?', 'j', 'ArrowDown', 'k', 'Enter', 'Delete', '1', 'Tab']) {
        expect(intent(key, m)).toBeNull();
      }
    }
  });

  it('Ctrl+Z and Cmd+Z undo; with Shift or Alt they are the browser\'s', () => {
    expect(intent('z', { ...none, ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(intent('z', { ...none, metaKey: true })).toEqual({ kind: 'undo' });
    expect(intent('Z', { ...none, ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(intent('z', { ...none, ctrlKey: true, shiftKey: true })).toBeNull();
    expect(intent('z', { ...none, ctrlKey: true, altKey: true })).toBeNull();
    expect(intent('z')).toBeNull();
    // in a field, Ctrl+Z is the field's own undo
    expect(intent('z', { ...none, ctrlKey: true }, { ready: true, typing: true })).toBeNull();
  });

  it('Tab and Shift+Tab cycle through the annotations on the focused sentence', () => {
    expect(intent('Tab')).toEqual({ kind: 'cycle', delta: 1 });
    expect(intent('Tab', { ...none, shiftKey: true })).toEqual({ kind: 'cycle', delta: -1 });
    expect(intent('Tab', none, { ready: true, typing: true })).toBeNull();
  });

  it('does not look at Shift', () => {
    expect(intent('?', { ...none, shiftKey: true })).toEqual({ kind: 'help' });
  });

  it('does nothing before the text is ready or while typing elsewhere', () => {
    expect(intent('j', none, { ready: false, typing: false })).toBeNull();
    expect(intent('1', none, { ready: true, typing: true })).toBeNull();
    expect(intent('Escape', none, { ready: true, typing: true })).toBeNull();
  });

  it('navigation wins over a tag with the same hotkey; a tag wins over Enter', () => {
    const clash: TagData[] = [
      { key: 'jay', name: 'Jay', colour: '#000000', line: 'solid', hotkey: 'j' },
      { key: 'enter', name: 'Enter', colour: '#000000', line: 'solid', hotkey: 'Enter' },
    ];
    expect(intent('j', none, ready, clash)).toEqual({ kind: 'move', delta: 1 });
    expect(intent('Enter', none, ready, clash)).toEqual({ kind: 'tag', tag: 'enter' });
  });

  it('takes the first tag with a hotkey', () => {
    const twice: TagData[] = [
      { key: 'first', name: 'First', colour: '#000000', line: 'solid', hotkey: '5' },
      { key: 'second', name: 'Second', colour: '#000000', line: 'solid', hotkey: '5' },
    ];
    expect(intent('5', none, ready, twice)).toEqual({ kind: 'tag', tag: 'first' });
  });
});

describe('isTyping', () => {
  const el = (tagName: string, attrs: Record<string, string> = {}, isContentEditable = false) =>
    ({ tagName, isContentEditable, getAttribute: (n: string) => attrs[n] ?? null }) as unknown as EventTarget;
  const doc = {} as EventTarget;

  it('is true inside form fields, editable content and dialogs', () => {
    expect(isTyping([el('INPUT'), el('DIV'), doc])).toBe(true);
    expect(isTyping([el('TEXTAREA')])).toBe(true);
    expect(isTyping([el('SELECT')])).toBe(true);
    expect(isTyping([el('SPAN'), el('DIV', {}, true)])).toBe(true);
    expect(isTyping([el('BUTTON'), el('VAADIN-DIALOG-OVERLAY')])).toBe(true);
    expect(isTyping([el('DIV', { role: 'dialog' })])).toBe(true);
  });

  it('is false for the text and the page', () => {
    expect(isTyping([el('SPAN'), el('P'), el('CREDENCE-TEXT'), el('BODY'), doc])).toBe(false);
    expect(isTyping([el('DIV', { role: 'region' })])).toBe(false);
    expect(isTyping([])).toBe(false);
  });
});
