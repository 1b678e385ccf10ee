/**
 * <credence-list>: the article's annotations as a list beside the text, in text order. The server
 * sends only what changed (items added or changed, ids gone, the selected one), so a tag key costs the
 * list one item, not a new rendering of every visible item as a virtual list's reset did (that took
 * the browser 150-250 ms on an article with 1,000 annotations, in the way of the next key).
 *
 * A list for screen readers (role list, one listitem per annotation) with one item in the Tab order;
 * the arrow keys, Home and End move between items, Enter or Space opens one (the event
 * credence-list-open). Every text goes in as text, never as markup.
 */

import { insertionPoint, textOrder } from './model';

export interface ListItem {
  id: number;
  start: number;
  end: number;
  tag: string;
  colour: string;
  text: string;
  author: string;
  quote: string;
  /** The source's name, or empty. */
  source: string;
}

/** What a row says to a screen reader: the tag, who, the words (at most 120 characters) and the source. */
export function itemLabel(item: ListItem): string {
  const quote = item.quote.length <= 120 ? item.quote : item.quote.substring(0, 119) + '…';
  return `${item.tag} by ${item.author}: ${quote}${item.source ? '. Source: ' + item.source : ''}`;
}

export interface ListChange {
  /** Every item anew (another article, or the element was attached again). */
  reset?: boolean;
  remove?: number[];
  upsert?: ListItem[];
  /** More rows are to come: the element asks for them (credence-list-more) once it has these. */
  more?: boolean;
  /** The open annotation's id, or null for none; absent: unchanged. */
  selected?: number | null;
}

/** Rows made at once when an article opens (more than a tall window shows); the rest in idle time, this many at a time. */
const FIRST_ROWS = 60;
const IDLE_ROWS = 200;

class CredenceList extends HTMLElement {
  private sorted: ListItem[] = [];
  private readonly ids = new Set<number>();
  /** Rows exist for the first {@code built} items of {@code sorted}; the rest are made in idle time or when the keys reach them. */
  private built = 0;
  private building = false;
  /** Each item's row (the listitem) by id. */
  private rows = new Map<number, HTMLElement>();
  private selected: number | null = null;
  /** The item that has the Tab stop. */
  private stop: number | null = null;

  connectedCallback() {
    this.setAttribute('role', 'list');
    if (!this.dataset.wired) {
      this.dataset.wired = 'true';
      this.addEventListener('click', (e) => {
        const item = (e.target as Element).closest<HTMLElement>('.annotation-item');
        if (item) this.open(item);
      });
      this.addEventListener('keydown', (e) => this.onKey(e));
      this.addEventListener('focusin', (e) => {
        const item = (e.target as Element).closest<HTMLElement>('.annotation-item');
        if (item) this.moveStop(Number(item.dataset.id));
      });
    }
  }

  /** Applies the server's changes (JSON of a ListChange). */
  update(json: string) {
    const change: ListChange = JSON.parse(json);
    if (change.reset) {
      this.sorted = [];
      this.ids.clear();
      this.rows.clear();
      this.built = 0;
      this.replaceChildren();
    }
    for (const id of change.remove ?? []) this.take(id);
    const upserts = change.upsert ?? [];
    if (this.sorted.length === 0 && upserts.length > 1) {
      // a whole list at once (an article opened): sorted, the first rows now, the rest when the browser is idle
      this.sorted = [...upserts].sort(textOrder);
      for (const item of upserts) this.ids.add(item.id);
    } else {
      for (const item of upserts) {
        this.take(item.id);
        const at = insertionPoint(this.sorted, item);
        this.sorted.splice(at, 0, item);
        this.ids.add(item.id);
        // rows exist for a prefix of the list: a new item inside it (or at the end of a whole list) gets its row now
        if (at < this.built || this.built === this.sorted.length - 1) {
          this.insertBefore(this.row(item), at + 1 < this.sorted.length ? this.rows.get(this.sorted[at + 1].id) ?? null : null);
          this.built++;
        }
      }
    }
    this.buildRows(FIRST_ROWS);
    if (change.selected !== undefined) {
      this.rowItem(this.selected)?.classList.remove('selected');
      this.selected = change.selected;
    }
    this.rowItem(this.selected)?.classList.add('selected');
    if (this.stop === null || !this.ids.has(this.stop)) this.moveStop(this.sorted[0]?.id ?? null);
    this.dataset.count = String(this.sorted.length);
    if (change.more) this.dispatchEvent(new CustomEvent('credence-list-more'));
  }

  /** Rows for the next items of the list, up to a total of at least {@code upTo}; the rest later, in idle time. */
  private buildRows(upTo: number) {
    const end = Math.min(this.sorted.length, Math.max(upTo, this.built));
    if (this.built < end) {
      const fragment = document.createDocumentFragment();
      for (; this.built < end; this.built++) fragment.appendChild(this.row(this.sorted[this.built]));
      this.appendChild(fragment);
      this.rowItem(this.selected)?.classList.add('selected');
    }
    if (this.built < this.sorted.length && !this.building) {
      this.building = true;
      const more = () => {
        this.building = false;
        this.buildRows(this.built + IDLE_ROWS);
      };
      if ('requestIdleCallback' in window) window.requestIdleCallback(more, { timeout: 500 });
      else setTimeout(more, 20);
    }
    this.dataset.rows = String(this.built);
  }

  /** Takes an item out, if there. */
  private take(id: number) {
    if (!this.ids.delete(id)) return;
    const at = this.sorted.findIndex((i) => i.id === id);
    this.sorted.splice(at, 1);
    const row = this.rows.get(id);
    if (!row) return;
    this.built--;
    this.rows.delete(id);
    const hadFocus = row.contains(document.activeElement);
    row.remove();
    if (hadFocus) {
      // the focused item changed: its new row takes the focus back once it is in (same task)
      queueMicrotask(() => this.rowItem(id)?.focus());
    }
  }

  private row(item: ListItem): HTMLElement {
    const row = document.createElement('div');
    row.setAttribute('role', 'listitem');
    const box = document.createElement('div');
    box.className = 'annotation-item' + (item.id === this.selected ? ' selected' : '');
    box.dataset.id = String(item.id);
    box.tabIndex = item.id === this.stop ? 0 : -1;
    box.setAttribute('role', 'button');
    box.setAttribute('aria-label', itemLabel(item));
    box.style.setProperty('--item-colour', item.colour);
    box.style.setProperty('--item-text', item.text);
    const head = document.createElement('div');
    head.className = 'item-head';
    const tag = document.createElement('span');
    tag.className = 'item-tag';
    tag.textContent = item.tag;
    const author = document.createElement('span');
    author.textContent = item.author;
    head.append(tag, author);
    const quote = document.createElement('div');
    quote.className = 'item-quote';
    quote.textContent = '“' + item.quote + '”';
    const source = document.createElement('div');
    source.className = 'item-source';
    source.textContent = item.source ? 'Source: ' + item.source : '';
    box.append(head, quote, source);
    row.appendChild(box);
    this.rows.set(item.id, row);
    return row;
  }

  private rowItem(id: number | null): HTMLElement | null {
    return id === null ? null : (this.rows.get(id)?.firstElementChild as HTMLElement | null) ?? null;
  }

  private moveStop(id: number | null) {
    if (id === this.stop) return;
    const before = this.rowItem(this.stop);
    if (before) before.tabIndex = -1;
    this.stop = id;
    const now = this.rowItem(id);
    if (now) now.tabIndex = 0;
  }

  private open(item: HTMLElement) {
    this.dispatchEvent(new CustomEvent('credence-list-open', { detail: { id: Number(item.dataset.id) } }));
  }

  private onKey(e: KeyboardEvent) {
    const item = (e.target as Element).closest<HTMLElement>('.annotation-item');
    if (!item || e.altKey || e.ctrlKey || e.metaKey) return;
    const row = item.parentElement!;
    let to: Element | null;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      this.open(item);
      return;
    } else if (e.key === 'ArrowDown') {
      if (!row.nextElementSibling) this.buildRows(this.built + IDLE_ROWS);
      to = row.nextElementSibling;
    }
    else if (e.key === 'ArrowUp') to = row.previousElementSibling;
    else if (e.key === 'Home') to = this.firstElementChild;
    else if (e.key === 'End') {
      this.buildRows(this.sorted.length);
      to = this.lastElementChild;
    }
    else return;
    e.preventDefault();
    e.stopPropagation();
    const target = to?.firstElementChild as HTMLElement | null | undefined;
    if (target) {
      this.moveStop(Number(target.dataset.id));
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }
  }
}

if (!customElements.get('credence-list')) customElements.define('credence-list', CredenceList);
