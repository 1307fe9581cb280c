/**
 * The person panel's script. It shows what the host sends (the selected person or the empty
 * state), turns clicks and keys into requests with ids, shows every answer as a visible notice
 * (with Undo for decisions), and keeps typed-but-unsaved answers and the scroll position in
 * getState/setState so a reload or a hidden tab loses nothing.
 */
import { NOTE_CHAR_LIMIT } from '../../core/drafting/kinds';
import {
  parsePanelHostMessage,
  restorePanelState,
  type PanelHostMessage,
  type PanelMessage,
  type PanelRequest,
  type PersonModel
} from '../../shared/personProtocol';
import type { DraftUpdateInfo } from '../../shared/protocol';
import { addDays, setText } from '../dom';
import { renderPin } from './pin';
import { autosize, buildPanel, renderPerson, withCodeSpans } from './view';

interface VsCodeApi {
  postMessage(message: PanelMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const SAVE_DELAY_MS = 800;
const vscode = acquireVsCodeApi();
const state = restorePanelState(vscode.getState());
const ui = buildPanel();
document.body.appendChild(ui.root);
ui.draftKind.value = state.draftKind;
renderPin(ui, state.pinnedId !== null);

/** A reload comes back to the same person at the same place; any other switch starts at the top. */
let restoring: { id: string; scrollTop: number } | null = state.personId
  ? { id: state.personId, scrollTop: state.scrollTop }
  : null;
let person: PersonModel | null = null;
let today = '';
let deferDays = 14;
let draft: DraftUpdateInfo | null = null;
let undoId: string | undefined;
let requestCounter = 0;
const pending = new Map<string, PanelRequest['type']>();
const timers = new Map<number, ReturnType<typeof setTimeout>>();

const saveState = () => vscode.setState(state);
const unsavedKey = (id: string, index: number) => `${id}\u0000${index}`;

function request(req: PanelRequest): void {
  const requestId = `r${++requestCounter}`;
  pending.set(requestId, req.type);
  vscode.postMessage({ type: 'request', requestId, request: req });
}

function showNotice(text: string, undo?: string, isError = false): void {
  withCodeSpans(ui.noticeText, text);
  undoId = undo;
  ui.undo.hidden = !undo;
  ui.notice.classList.toggle('error', isError);
  ui.notice.hidden = false;
}

function show(next: PersonModel | null): void {
  const samePerson = next !== null && person?.id === next.id;
  if (!samePerson) flushAll();
  const wasRestoring = restoring;
  restoring = null;
  person = next;
  ui.empty.hidden = next !== null;
  ui.person.hidden = next === null;
  state.personId = next?.id ?? null;
  saveState();
  if (!next) return;
  renderPerson(ui, next);
  if (!samePerson || !ui.deferDate.value) {
    ui.deferDate.value = next.followUp && next.followUp > today ? next.followUp : addDays(today, deferDays);
  }
  next.answers.forEach((saved, index) => {
    const area = ui.answers[index];
    const tooLong = next.answersTooLong?.includes(index) ?? false;
    area.readOnly = tooLong;
    // Never overwrite what the user is typing; a pending edit wins over the journal's copy.
    if (samePerson && document.activeElement === area) return;
    const value = tooLong ? saved : (state.unsaved[unsavedKey(next.id, index)] ?? saved);
    if (area.value !== value) area.value = value;
    autosize(area);
  });
  if (!samePerson) {
    const running = draft && draft.personId === next.id;
    ui.draftText.value = running ? draft!.text : (next.draft ?? '');
    renderDraftState();
    // A new person starts at the top (their name), never mid-way through the previous one.
    const top = wasRestoring?.id === next.id ? wasRestoring.scrollTop : 0;
    window.scrollTo(0, top);
    state.scrollTop = top;
  } else if (document.activeElement !== ui.draftText && !isRunning() && next.draft !== null && !ui.draftText.value) {
    ui.draftText.value = next.draft;
  }
  autosize(ui.draftText);
  updateCounter();
}

function isRunning(): boolean {
  return !!draft && draft.personId === person?.id && (draft.state === 'loading' || draft.state === 'streaming');
}

const DRAFT_STATES: Record<DraftUpdateInfo['state'], string> = {
  loading: 'Loading model…',
  streaming: 'Writing…',
  done: 'Done. Review and edit it; nothing is sent automatically.',
  cancelled: 'Stopped.',
  incomplete: 'Incomplete: the stream ended early. The partial draft is kept.',
  truncated: 'Truncated: the model hit its length limit.',
  error: 'The draft failed.'
};

function renderDraftState(): void {
  const mine = draft && draft.personId === person?.id ? draft : null;
  // One button that changes its label: the draft box never moves when Draft becomes Stop.
  setText(ui.draftToggle, isRunning() ? 'Stop' : mine ? 'Regenerate' : 'Draft');
  if (!mine) return setText(ui.draftStatus, '');
  if (mine.state === 'error') withCodeSpans(ui.draftStatus, mine.error ?? DRAFT_STATES.error);
  else setText(ui.draftStatus, `${DRAFT_STATES[mine.state]} (${mine.model})`);
}

function updateCounter(): void {
  const length = ui.draftText.value.length;
  const note = ui.draftKind.value === 'note';
  setText(ui.draftCounter, note ? `${length} / ${NOTE_CHAR_LIMIT}` : `${length} characters`);
  ui.draftCounter.classList.toggle('over', note && length > NOTE_CHAR_LIMIT);
}

function onDraft(update: DraftUpdateInfo | null): void {
  draft = update;
  if (update && person && update.personId === person.id && document.activeElement !== ui.draftText) {
    ui.draftText.value = update.text;
    autosize(ui.draftText);
    updateCounter();
  }
  renderDraftState();
}

function onAnswerInput(index: number): void {
  if (!person || ui.answers[index].readOnly) return;
  state.unsaved[unsavedKey(person.id, index)] = ui.answers[index].value;
  saveState();
  autosize(ui.answers[index]);
  clearTimeout(timers.get(index));
  timers.set(
    index,
    setTimeout(() => flushAnswer(index), SAVE_DELAY_MS)
  );
}

function flushAnswer(index: number): void {
  clearTimeout(timers.get(index));
  timers.delete(index);
  if (!person) return;
  const key = unsavedKey(person.id, index);
  const text = state.unsaved[key];
  if (text === undefined) return;
  delete state.unsaved[key];
  saveState();
  if (text === person.answers[index] || ui.answers[index].readOnly) return;
  person.answers[index] = text;
  request({ type: 'saveAnswer', id: person.id, index, text });
}

function flushAll(): void {
  for (let i = 0; i < ui.answers.length; i++) flushAnswer(i);
}

function decide(decision: 'accepted' | 'declined' | 'deferred'): void {
  if (!person) return;
  const date = ui.deferDate.value.trim();
  if (decision === 'deferred' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    showNotice('Write the follow-up date as `YYYY-MM-DD`, e.g. ' + addDays(today, deferDays) + '.', undefined, true);
    ui.deferDate.focus();
    return;
  }
  flushAll();
  request({ type: 'decide', id: person.id, decision, ...(decision === 'deferred' ? { followUp: date } : {}) });
}

function logAction(): void {
  const text = ui.logText.value.trim();
  if (!person || !text) return;
  request({ type: 'appendLog', id: person.id, text: text.slice(0, 2000) });
  ui.logText.value = '';
}

function onAction(action: string): void {
  if (action === 'undo' && undoId) {
    request({ type: 'undo', undoId });
    ui.undo.hidden = true;
    return;
  }
  if (action === 'dismiss-notice') return void (ui.notice.hidden = true);
  if (action === 'pin') return request({ type: 'pin', pinned: state.pinnedId === null });
  if (!person) return;
  const id = person.id;
  const kind = ui.draftKind.value as 'note' | 'message' | 'email';
  if (action === 'accept') decide('accepted');
  else if (action === 'decline') decide('declined');
  else if (action === 'defer') decide('deferred');
  else if (action === 'open-link') request({ type: 'openLink', id });
  else if (action === 'reveal-in-journal') request({ type: 'revealInJournal', id });
  else if (action === 'draft-toggle') request(isRunning() ? { type: 'draftCancel' } : { type: 'draftStart', id, kind });
  else if (action === 'draft-copy' && ui.draftText.value) request({ type: 'draftCopy', text: ui.draftText.value });
  else if (action === 'draft-save' && ui.draftText.value) {
    request({ type: 'draftSave', id, kind, text: ui.draftText.value });
  } else if (action === 'log') logAction();
}

function receive(message: PanelHostMessage): void {
  switch (message.type) {
    case 'show':
      today = message.today;
      deferDays = message.deferDays;
      state.pinnedId = message.pinnedId ?? null;
      renderPin(ui, state.pinnedId !== null);
      return show(message.person);
    case 'draft':
      return onDraft(message.update);
    case 'notice':
      return showNotice(message.text, message.undoId);
    case 'response': {
      const what = pending.get(message.requestId);
      pending.delete(message.requestId);
      if (!message.ok) {
        showNotice(`Failed${what ? ` (${what})` : ''}: ${message.error ?? 'unknown error'}`, undefined, true);
      }
      return;
    }
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = parsePanelHostMessage(event.data);
  if (!parsed.ok) {
    vscode.postMessage({ type: 'error', message: `rejected a host message (${parsed.reason})`.slice(0, 2000) });
    return;
  }
  receive(parsed.message);
});
document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest('[data-action]');
  const action = target?.getAttribute('data-action');
  if (action) onAction(action);
});
ui.answers.forEach((area, index) => {
  area.addEventListener('input', () => onAnswerInput(index));
  area.addEventListener('blur', () => flushAnswer(index));
});
ui.draftText.addEventListener('input', () => {
  autosize(ui.draftText);
  updateCounter();
});
ui.draftKind.addEventListener('change', () => {
  state.draftKind = ui.draftKind.value as 'note' | 'message' | 'email';
  saveState();
  updateCounter();
});
ui.logText.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') logAction();
});
/** A, D, F decide when the focus is not in a text field (the sidebar's keys); Escape leaves a field. */
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing =
    !!target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT');
  if (typing) {
    if (event.key === 'Escape') target.blur();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const decision = ({ a: 'accepted', d: 'declined', f: 'deferred' } as const)[
    event.key.toLowerCase() as 'a' | 'd' | 'f'
  ];
  if (decision && person) {
    event.preventDefault();
    decide(decision);
  }
});
window.addEventListener(
  'scroll',
  () => {
    state.scrollTop = window.scrollY;
    saveState();
  },
  { passive: true }
);
window.addEventListener('error', (event) =>
  vscode.postMessage({ type: 'error', message: String(event.message).slice(0, 2000) })
);

ui.person.hidden = true;
vscode.postMessage({ type: 'ready' });
