/**
 * Webview entry: wires the shell, the virtualized list, the detail pane and the draft area to
 * the host through the validated protocol. The view-model lives in src/core/inbox; this file
 * only decides what to show and turns keys and clicks into protocol messages.
 */
import {
  buildRows,
  indexBursts,
  InboxModel,
  inTab,
  TABS,
  warmthRows,
  type BurstIndex,
  type InboxRow,
  type InboxTab
} from '../core/inbox';
import { parseHostMessage, type HostMessage, type PersonItem, type WebviewMessage } from '../shared/protocol';
import { NetworkBlock } from './networkBlock';
import { DetailPane } from './detail';
import { emptyTabText } from './noMatches';
import { addDays } from './dom';
import { DraftArea } from './draft';
import { VirtualList } from './list';
import { Shell } from './shell';
import { restoreState, type VsCodeApi } from './state';
import { isListSort } from './sortControl';

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const state = restoreState(vscode.getState());
const model = new InboxModel();
let bursts: BurstIndex = indexBursts([]);
let today = new Date().toISOString().slice(0, 10);
/** `deliberate.deferDays`, sent with init; the same default as the palette, CodeLens and the person panel. */
let deferDays = 14;
let received = false;
let loading = true;
let stateTimer: ReturnType<typeof setTimeout> | undefined;

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function saveState(): void {
  if (stateTimer) return;
  stateTimer = setTimeout(() => {
    stateTimer = undefined;
    vscode.setState(state);
  }, 100);
}

const shell = new Shell((tab) => setTab(tab));
const list = new VirtualList(shell.list, {
  onActivate: (row) => activate(row),
  onOpen: (row) => {
    if (row.kind === 'person') openPerson(row.entry.person.id);
  },
  onToggleBurst: (key, expand) => toggleBurst(key, expand),
  onScroll: (top) => {
    state.scrollTop = top;
    saveState();
  }
});
const detail = new DetailPane({
  post,
  state,
  saveState,
  announce: (t) => shell.announce(t),
  today: () => today,
  deferDays: () => deferDays,
  decide: (id, d) => decide(id, d)
});
const networkBlock = new NetworkBlock((id) => {
  if (!model.get(id)) return;
  revealPerson(id);
  select(id);
  list.setActive(id, true);
});
detail.questionSlots[4].appendChild(networkBlock.whoKnows);
detail.questionSlots[5].appendChild(networkBlock.paths);
const draft = new DraftArea(detail.draftSlot, {
  post,
  announce: (t) => shell.announce(t),
  kind: () => state.draftKind,
  setKind: (kind) => {
    state.draftKind = kind;
    saveState();
  },
  // A draft started from the palette or a CodeLens: show that person so the stream is visible.
  follow: (id) => {
    if (state.selectedId === id || !model.get(id)) return;
    select(id);
    list.setActive(id, true);
  }
});
document.body.appendChild(shell.root);
document.body.appendChild(detail.root);
shell.search.value = state.query;
shell.setTab(state.tab);
shell.sort.value = state.sort;
shell.sort.addEventListener('change', () => {
  const value = shell.sort.value;
  if (!isListSort(value) || value === state.sort) return;
  state.sort = value;
  saveState();
  list.scrollTo(0, false);
  refreshRows();
});

const NO_BURSTS = indexBursts([]);

/** While searching, the tab counts are the matches in each tab (computed after typing pauses). */
let searchCounts: Record<InboxTab, number> | null = null;
let searchCountTimer: ReturnType<typeof setTimeout> | undefined;
const SEARCH_COUNT_DELAY_MS = 120;

function refreshCounts(): void {
  clearTimeout(searchCountTimer);
  if (!state.query) {
    searchCounts = null;
    shell.setCounts(model.counts(today));
    return;
  }
  searchCountTimer = setTimeout(() => {
    const counts = {} as Record<InboxTab, number>;
    for (const tab of TABS) counts[tab] = model.view(tab, state.query, today).length;
    searchCounts = counts;
    shell.setCounts(counts);
    refreshTabEmpty();
  }, SEARCH_COUNT_DELAY_MS);
}

function refreshTabEmpty(): void {
  if (!shell.tabEmpty.hidden) shell.tabEmpty.textContent = emptyTabText(state.query, state.tab, searchCounts);
}

/**
 * Two row arrays, filled alternately: the list keeps the one it shows while the next is built,
 * and a keystroke allocates no new 30,000-slot arrays (less garbage, no collection mid-frame).
 */
const rowBuffers: [InboxRow[], InboxRow[]] = [[], []];
let rowBuffer = 0;

/** Recomputes the visible rows for the tab and query: one linear pass over sorted people. */
function refreshRows(): void {
  const entries = model.view(state.tab, state.query, today);
  rowBuffer ^= 1;
  list.setRows(
    state.sort === 'warmth'
      ? warmthRows(entries, rowBuffers[rowBuffer])
      : buildRows(
          entries,
          state.tab === 'inbox' ? bursts : NO_BURSTS,
          new Set(state.expanded),
          today,
          rowBuffers[rowBuffer]
        )
  );
  const empty = received && model.size === 0;
  shell.empty.hidden = !empty || loading;
  shell.list.hidden = empty;
  const nothing = received && !empty && list.length === 0;
  shell.tabEmpty.hidden = !nothing;
  if (nothing) refreshTabEmpty();
}

function setTab(tab: InboxTab): void {
  state.tab = tab;
  shell.setTab(tab);
  saveState();
  list.scrollTo(0, false);
  refreshRows();
}

function activate(row: InboxRow): void {
  list.setActive(row.key, true);
  if (row.kind === 'person') select(row.entry.person.id);
}

function select(id: string | null): void {
  if (state.selectedId === id) return;
  detail.flushAll();
  state.selectedId = id;
  saveState();
  post({ type: 'select', id });
  if (id === null) detail.show(null);
}

function toggleBurst(key: string, expand?: boolean): void {
  const open = new Set(state.expanded);
  const next = expand ?? !open.has(key);
  if (next) open.add(key);
  else open.delete(key);
  state.expanded = [...open];
  saveState();
  refreshRows();
}

/** Records a decision optimistically so the row moves at once; the host's patch confirms it. */
/** The person panel in the editor area; the sidebar keeps the list and a summary. */
function openPerson(id: string): void {
  post({ type: 'openPerson', id });
}

function decide(id: string, decision: 'accepted' | 'declined' | 'deferred'): void {
  const entry = model.get(id);
  if (!entry) return;
  const followUp = decision === 'deferred' ? detail.deferDate.value.trim() || addDays(today, deferDays) : undefined;
  if (followUp !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(followUp)) {
    shell.announce(`Write the follow-up date as YYYY-MM-DD, e.g. ${addDays(today, deferDays)}.`);
    detail.deferDate.focus();
    return;
  }
  const index = list.indexOfKey(id);
  const next = list.move(index, 1) ?? list.move(index, -1);
  post({ type: 'decide', id, decision, followUp });
  model.apply([{ ...entry.person, status: decision, followUp: followUp ?? entry.person.followUp, decided: today }], []);
  refreshRows();
  refreshCounts();
  const verb =
    decision === 'accepted' ? 'Accepted' : decision === 'declined' ? 'Declined' : `Deferred until ${followUp}:`;
  shell.announce(`${verb} ${entry.person.name}`);
  if (list.indexOfKey(id) < 0 && next) activate(next);
}

function onListKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const index = list.indexOfKey(list.activeKey);
  const row = index >= 0 ? list.allRows()[index] : undefined;
  const go = (target: InboxRow | undefined) => {
    if (target) activate(target);
    event.preventDefault();
  };
  switch (event.key) {
    case 'ArrowDown':
      return go(list.move(index, 1));
    case 'ArrowUp':
      return go(index < 0 ? list.move(-1, 1) : list.move(index, -1));
    case 'Home':
      return go(list.move(-1, 1));
    case 'End':
      return go(list.move(list.length, -1));
    case 'PageDown':
      return go(list.move(Math.min(list.length - 1, index + 10), 1) ?? list.move(list.length, -1));
    case 'PageUp':
      return go(list.move(Math.max(0, index - 10), -1) ?? list.move(-1, 1));
    case 'ArrowRight':
      if (row?.kind === 'burst') toggleBurst(row.key, true);
      return;
    case 'ArrowLeft':
      if (row?.kind === 'burst') toggleBurst(row.key, false);
      return;
    case 'Enter':
    case ' ':
      event.preventDefault();
      if (row?.kind === 'burst') toggleBurst(row.key);
      else if (row?.kind === 'person' && event.key === 'Enter') openPerson(row.entry.person.id);
      return;
    case '/':
      event.preventDefault();
      shell.search.focus();
      return;
  }
  const decision = ({ a: 'accepted', d: 'declined', f: 'deferred' } as const)[
    event.key.toLowerCase() as 'a' | 'd' | 'f'
  ];
  if (decision && row?.kind === 'person') {
    event.preventDefault();
    decide(row.entry.person.id, decision);
  }
}

shell.list.addEventListener('keydown', onListKey);
shell.search.addEventListener('input', () => {
  state.query = shell.search.value;
  saveState();
  list.scrollTo(0, false);
  refreshRows();
  refreshCounts();
});
shell.search.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    shell.list.focus();
    if (list.activeKey === null || list.indexOfKey(list.activeKey) < 0) {
      const first = list.move(-1, 1);
      if (first) activate(first);
    }
  } else if (event.key === 'Escape' && shell.search.value) {
    shell.search.value = '';
    shell.search.dispatchEvent(new Event('input'));
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && detail.root.contains(document.activeElement)) shell.list.focus();
});
document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest('[data-action]');
  const action = target?.getAttribute('data-action');
  const actions: Record<string, 'addFeed' | 'importLinkedInExport' | 'openSample'> = {
    'add-feed': 'addFeed',
    'import-linkedin': 'importLinkedInExport',
    'open-sample': 'openSample'
  };
  if (action && actions[action]) post({ type: 'action', action: actions[action] });
  if (action === 'retry-feed') post({ type: 'retryFeed', key: target?.getAttribute('data-key') ?? '' });
});

function onHostMessage(message: HostMessage): void {
  switch (message.type) {
    case 'init':
      received = true;
      today = message.today;
      if (message.deferDays) deferDays = message.deferDays;
      loading = message.loading;
      model.reset(message.people as PersonItem[]);
      prepareSearchWhenIdle();
      bursts = indexBursts(message.bursts);
      shell.noWorkspace.hidden = message.hasWorkspace;
      shell.setFeeds(message.feeds, message.loading);
      if (!restored && state.scrollTop) list.scrollTo(state.scrollTop, false);
      refreshRows();
      refreshCounts();
      restoreSelection();
      return;
    case 'patch':
      today = message.today;
      model.apply(message.upsert, message.remove);
      if (message.bursts) bursts = indexBursts(message.bursts);
      refreshRows();
      refreshCounts();
      return;
    case 'feeds':
      loading = message.loading;
      shell.setFeeds(message.feeds, message.loading);
      refreshRows();
      return;
    case 'detail':
      detail.show(message.detail);
      networkBlock.person(message.detail?.id ?? null);
      draft.setPerson(message.detail?.id ?? null, message.detail?.draft ?? null);
      return;
    case 'draft':
      draft.receive(message.update);
      return;
    case 'select':
      revealPerson(message.id);
      state.selectedId = null;
      select(message.id);
      list.setActive(message.id, true);
      return;
    case 'network':
      networkBlock.show(message.id, message.network, state.selectedId);
      return;
    case 'announce':
      shell.announce(message.text);
      return;
    case 'layout':
      // The person panel has the full detail; the sidebar keeps the list and a summary.
      detail.setCompact(message.personPanelOpen);
      return;
  }
}

/**
 * Search keys are built after the first paint, a slice per task, so neither the first frame
 * nor typing waits for them (a key still missing when someone types is built on the spot).
 * Two animation frames first: a zero timeout queued during the render would run before that
 * frame's paint and delay it. Slices are timeouts, not idle callbacks: on a busy machine idle
 * periods are rare, and the keys must be ready before the first keystroke.
 */
let preparing: ReturnType<typeof setTimeout> | undefined;
let preparingFrame = 0;
function prepareSearchWhenIdle(): void {
  clearTimeout(preparing);
  cancelAnimationFrame(preparingFrame);
  const step = () => {
    preparing = model.prepareSearch(2_000) ? undefined : setTimeout(step, 0);
  };
  preparingFrame = requestAnimationFrame(() => {
    preparingFrame = requestAnimationFrame(() => {
      preparingFrame = 0;
      preparing = setTimeout(step, 0);
    });
  });
}

/** Makes a person's row exist: the right tab, no hiding search, their burst expanded. */
function revealPerson(id: string): void {
  const entry = model.get(id);
  if (!entry || list.indexOfKey(id) >= 0) return;
  if (!inTab(entry.person, state.tab, today)) {
    const tab = TABS.find((t) => inTab(entry.person, t, today));
    if (tab) setTab(tab);
  }
  if (state.query && list.indexOfKey(id) < 0) {
    state.query = '';
    shell.search.value = '';
    refreshRows();
  }
  const burst = bursts.memberOf.get(id);
  if (burst && list.indexOfKey(id) < 0) toggleBurst(burst, true);
}

/** After a reload (the view was hidden), puts selection and scroll back where they were. */
let restored = false;
function restoreSelection(): void {
  if (restored) return;
  restored = true;
  if (state.selectedId) {
    const id = state.selectedId;
    state.selectedId = null;
    list.setActive(id, false);
    select(id);
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = parseHostMessage(event.data);
  if (!parsed.ok) {
    post({ type: 'error', message: `rejected host message: ${parsed.reason}`.slice(0, 2000) });
    return;
  }
  onHostMessage(parsed.message);
});
window.addEventListener('error', (event) => post({ type: 'error', message: String(event.message).slice(0, 2000) }));

post({ type: 'ready' });
