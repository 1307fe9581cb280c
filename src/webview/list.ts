/**
 * A virtualized list: only the rows inside the viewport (plus a small overscan) exist in the
 * DOM, positioned with transforms over a spacer as tall as the whole list. Row heights are
 * fixed per kind, so offsets are a prefix sum and finding the first visible row is a binary
 * search: 30,000 people cost the same DOM as 30.
 */
import type { InboxRow } from '../core/inbox';
import { el, setText, timeOfDay } from './dom';

/** Burst and person rows share a height (setRows relies on it). */
export const ROW_HEIGHT: Record<InboxRow['kind'], number> = { day: 26, burst: 44, person: 44 };
const OVERSCAN = 6;

export interface ListCallbacks {
  onActivate(row: InboxRow, via: 'click' | 'keyboard'): void;
  onOpen(row: InboxRow): void;
  onToggleBurst(key: string, expand?: boolean): void;
  onScroll(scrollTop: number): void;
}

interface Rendered {
  row: InboxRow;
  node: HTMLElement;
  selected: boolean;
  position: number;
}

export class VirtualList {
  private rows: InboxRow[] = [];
  /** offsets[i] is row i's top; offsets[length] the total height. Reused across updates: a keystroke allocates nothing here. */
  private offsets = new Float64Array(1024);
  private height = -1;
  private readonly spacer: HTMLElement;
  private readonly rendered = new Map<string, Rendered>();
  private frame = 0;
  private viewport = 0;
  /** Our copy of scrollTop: reading the DOM's after writing the spacer would force a layout. */
  private top = 0;
  /** A scroll position set before the spacer was tall enough; re-applied after setRows. */
  private scrollPending = false;
  activeKey: string | null = null;

  constructor(
    readonly container: HTMLElement,
    private readonly callbacks: ListCallbacks
  ) {
    this.spacer = el('div', { className: 'list-spacer', attrs: { role: 'presentation' } });
    container.appendChild(this.spacer);
    container.addEventListener(
      'scroll',
      () => {
        this.top = container.scrollTop;
        this.schedule();
        callbacks.onScroll(this.top);
      },
      { passive: true }
    );
    container.addEventListener('click', (event) => this.onClick(event));
    container.addEventListener('dblclick', (event) => {
      const row = this.rowFromEvent(event);
      if (row?.kind === 'person') callbacks.onOpen(row);
    });
    new ResizeObserver(() => {
      this.viewport = container.clientHeight;
      this.schedule();
    }).observe(container);
  }

  get length(): number {
    return this.rows.length;
  }

  allRows(): readonly InboxRow[] {
    return this.rows;
  }

  setRows(rows: InboxRow[]): void {
    this.rows = rows;
    const n = rows.length;
    if (this.offsets.length < n + 1) this.offsets = new Float64Array(Math.max(n + 1, this.offsets.length * 2));
    const offsets = this.offsets;
    const day = ROW_HEIGHT.day;
    const other = ROW_HEIGHT.person;
    let y = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = y;
      y += rows[i].kind === 'day' ? day : other;
    }
    offsets[n] = y;
    if (y !== this.height) {
      this.height = y;
      this.spacer.style.height = `${y}px`;
    }
    // The browser clamps scrollTop when the list shrinks; mirror that without asking it.
    this.top = Math.max(0, Math.min(this.top, y - (this.viewport || 0)));
    if (this.scrollPending) {
      // e.g. restoring a saved position: the browser clamped it while the list was empty.
      this.container.scrollTop = this.top;
      this.scrollPending = false;
    }
    // Positions and set sizes may all have shifted; renderNow rewrites them for kept rows.
    for (const item of this.rendered.values()) item.position = -1;
    this.renderNow();
  }

  indexOfKey(key: string | null): number {
    if (key === null) return -1;
    for (let i = 0; i < this.rows.length; i++) if (this.rows[i].key === key) return i;
    return -1;
  }

  setActive(key: string | null, reveal: boolean): void {
    this.activeKey = key;
    if (reveal) this.reveal(this.indexOfKey(key));
    this.renderNow();
  }

  /** Moves to the next selectable row (not a day header) in a direction. */
  move(from: number, step: number): InboxRow | undefined {
    let i = from;
    for (;;) {
      i += step;
      if (i < 0 || i >= this.rows.length) return undefined;
      if (this.rows[i].kind !== 'day') return this.rows[i];
    }
  }

  scrollTo(top: number, render = true): void {
    const next = Math.max(0, top);
    // Writing scrollTop forces a synchronous layout; skip it when nothing moves (every keystroke).
    if (next !== this.top || next !== 0) {
      this.top = next;
      this.container.scrollTop = next;
    }
    this.scrollPending = this.top > 0;
    if (render) this.renderNow();
  }

  private reveal(index: number): void {
    if (index < 0) return;
    const top = this.offsets[index];
    const bottom = this.offsets[index + 1];
    const height = this.viewport || this.container.clientHeight;
    if (top < this.top) this.scrollTo(top, false);
    else if (bottom > this.top + height) this.scrollTo(bottom - height, false);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.renderNow();
    });
  }

  private firstVisible(scrollTop: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.offsets[mid + 1] <= scrollTop) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  renderNow(): void {
    if (!this.viewport) this.viewport = this.container.clientHeight || 600;
    const scrollTop = this.top;
    const start = Math.max(0, this.firstVisible(scrollTop) - OVERSCAN);
    let end = start;
    while (end < this.rows.length && this.offsets[end] < scrollTop + this.viewport) end++;
    end = Math.min(this.rows.length, end + OVERSCAN);
    const keep = new Set<string>();
    for (let i = start; i < end; i++) {
      const row = this.rows[i];
      keep.add(row.key);
      const selected = row.key === this.activeKey;
      let item = this.rendered.get(row.key);
      if (item && item.row !== row && sameRow(item.row, row)) item.row = row;
      if (!item || item.row !== row) {
        const node = renderRow(row);
        if (item) item.node.replaceWith(node);
        else this.container.appendChild(node);
        item = { row, node, selected: !selected, position: -1 };
        this.rendered.set(row.key, item);
      }
      if (item.position !== i) {
        // Only a window of rows exists, so tell assistive tech where each one sits in the whole.
        item.position = i;
        item.node.style.transform = `translateY(${this.offsets[i]}px)`;
        item.node.setAttribute('aria-posinset', String(i + 1));
        item.node.setAttribute('aria-setsize', String(this.rows.length));
      }
      if (item.selected !== selected) {
        item.selected = selected;
        item.node.setAttribute('aria-selected', String(selected));
        item.node.classList.toggle('selected', selected);
        if (selected) item.node.id = 'active-row';
        else item.node.removeAttribute('id');
      }
    }
    for (const [key, item] of this.rendered) {
      if (!keep.has(key)) {
        item.node.remove();
        this.rendered.delete(key);
      }
    }
    if (this.activeKey !== null && keep.has(this.activeKey)) {
      this.container.setAttribute('aria-activedescendant', 'active-row');
    } else this.container.removeAttribute('aria-activedescendant');
  }

  private rowFromEvent(event: Event): InboxRow | undefined {
    const target = (event.target as Element | null)?.closest('[data-key]');
    if (!target) return undefined;
    const key = target.getAttribute('data-key');
    return this.rendered.get(key ?? '')?.row;
  }

  private onClick(event: MouseEvent): void {
    const row = this.rowFromEvent(event);
    if (!row) return;
    if (row.kind === 'burst') this.callbacks.onToggleBurst(row.key);
    if (row.kind !== 'day') this.callbacks.onActivate(row, 'click');
  }
}

/** Rows are rebuilt on every update; a row whose content did not change keeps its DOM node. */
function sameRow(a: InboxRow, b: InboxRow): boolean {
  if (a.kind === 'person' && b.kind === 'person') return a.entry === b.entry && a.burstKey === b.burstKey;
  if (a.kind === 'day' && b.kind === 'day') return a.label === b.label && a.count === b.count;
  if (a.kind === 'burst' && b.kind === 'burst') return a.label === b.label && a.expanded === b.expanded;
  return false;
}

function renderRow(row: InboxRow): HTMLElement {
  if (row.kind === 'day') {
    return el(
      'div',
      {
        className: 'row day-row',
        attrs: { role: 'listitem', 'data-key': row.key, 'aria-label': `${row.label}, ${row.count} people` }
      },
      [
        el('span', { className: 'day-label', text: row.label }),
        el('span', { className: 'day-count', text: String(row.count) })
      ]
    );
  }
  if (row.kind === 'burst') {
    return el(
      'div',
      {
        className: 'row burst-row',
        attrs: {
          role: 'listitem',
          'data-key': row.key,
          'data-burst': row.key,
          'data-testid': 'burst-row',
          'aria-expanded': String(row.expanded),
          'aria-selected': 'false',
          title: row.label
        }
      },
      [
        el('span', { className: 'twisty', text: row.expanded ? '▾' : '▸', attrs: { 'aria-hidden': 'true' } }),
        el('span', { className: 'burst-flag', text: 'burst' }),
        el('span', { className: 'burst-label', text: row.label })
      ]
    );
  }
  const p = row.entry.person;
  const meta = [p.via ? `via ${p.via}` : '', p.source].filter(Boolean).join(' · ');
  const line2: Node[] = [el('span', { className: 'meta', text: meta })];
  if (p.status !== 'new') line2.push(el('span', { className: `status status-${p.status}`, text: p.status }));
  if (p.followUp) line2.push(el('span', { className: 'follow-up', text: `follow-up ${p.followUp}` }));
  const band = p.warmthBand ?? null;
  const node = el(
    'div',
    {
      className: row.burstKey ? 'row person-row in-burst' : 'row person-row',
      attrs: {
        role: 'listitem',
        'data-key': row.key,
        'data-id': p.id,
        'data-testid': 'person-row',
        'aria-selected': 'false',
        'data-status': p.status,
        // The stylesheet draws a subtle band at the row's edge from this (a pseudo-element: no extra node per row).
        'data-warmth': band ?? 'none'
      }
    },
    [
      el('div', { className: 'line1' }, [
        el('span', { className: 'name', text: p.name }),
        el('span', { className: 'time', text: timeOfDay(p.date) })
      ]),
      el('div', { className: 'line2' }, line2)
    ]
  );
  node.setAttribute(
    'aria-label',
    `${p.name}${meta ? `, ${meta}` : ''}${p.status !== 'new' ? `, ${p.status}` : ''}${band ? `, warmth: ${band}` : ''}`
  );
  if (row.burstKey) setText(node.appendChild(el('span', { className: 'sr-only' })), ', part of a yes-to-all burst');
  return node;
}
