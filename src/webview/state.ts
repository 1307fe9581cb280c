/**
 * What the webview remembers across being hidden and shown (no retainContextWhenHidden):
 * tab, search, selection, scroll, expanded bursts and answers typed but not yet saved.
 */
import type { InboxTab } from '../core/inbox';
import { TABS, type ListSort } from '../core/inbox';
import type { WebviewMessage } from '../shared/protocol';

export interface ViewState {
  tab: InboxTab;
  query: string;
  selectedId: string | null;
  scrollTop: number;
  expanded: string[];
  /** `${personId}\u0000${questionIndex}` → text typed but not yet saved. */
  unsaved: Record<string, string>;
  draftKind: 'note' | 'message' | 'email';
  /** List order within a tab: by date (grouped by day) or warmest first. */
  sort: ListSort;
}

export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

export function defaultState(): ViewState {
  return {
    tab: 'inbox',
    query: '',
    selectedId: null,
    scrollTop: 0,
    expanded: [],
    unsaved: {},
    draftKind: 'message',
    sort: 'date'
  };
}

/** Restores saved state defensively: it is our own data, but may come from an older version. */
export function restoreState(raw: unknown): ViewState {
  const state = defaultState();
  if (!raw || typeof raw !== 'object') return state;
  const r = raw as Record<string, unknown>;
  if (typeof r.tab === 'string' && (TABS as readonly string[]).includes(r.tab)) state.tab = r.tab as InboxTab;
  if (typeof r.query === 'string') state.query = r.query.slice(0, 500);
  if (typeof r.selectedId === 'string') state.selectedId = r.selectedId;
  if (typeof r.scrollTop === 'number' && Number.isFinite(r.scrollTop)) state.scrollTop = r.scrollTop;
  if (Array.isArray(r.expanded)) state.expanded = r.expanded.filter((k): k is string => typeof k === 'string');
  if (r.unsaved && typeof r.unsaved === 'object') {
    for (const [k, v] of Object.entries(r.unsaved as Record<string, unknown>)) {
      if (typeof v === 'string') state.unsaved[k] = v;
    }
  }
  if (r.draftKind === 'note' || r.draftKind === 'message' || r.draftKind === 'email') state.draftKind = r.draftKind;
  if (r.sort === 'date' || r.sort === 'warmth') state.sort = r.sort;
  return state;
}

export function unsavedKey(personId: string, index: number): string {
  return `${personId}\u0000${index}`;
}
