/**
 * What the host does for each validated person-panel request. Writes go through the journal
 * store (minimal edits through the open document); links open only after the host looks them
 * up and checks them; every action ends in a visible notice, and decisions can be undone.
 */
import * as vscode from 'vscode';
import type { WriteUndo } from '../core/journal/undo';
import { QUESTIONS } from '../core/types';
import type { PanelHostMessage, PanelRequest } from '../shared/personProtocol';
import type { Services } from '../services';
import { personLinkToOpen, personOrThrow } from '../sidebar';
import { nextUndecided } from './next';
import type { PanelPeople } from './panel';

const DECISION_WORDS = { accepted: 'Accepted', declined: 'Declined', deferred: 'Deferred' } as const;
/** Undo is offered for the last few decisions only; older ones are undone in the journal editor. */
const UNDO_KEPT = 20;

interface UndoRecord {
  undo: WriteUndo;
  personId: string;
  what: string;
}

/** The decisions that can still be undone, newest last; bounded so it never grows without limit. */
export class UndoLedger {
  private readonly records = new Map<string, UndoRecord>();
  private counter = 0;

  add(record: UndoRecord): string {
    const id = `undo-${++this.counter}`;
    this.records.set(id, record);
    if (this.records.size > UNDO_KEPT) this.records.delete(this.records.keys().next().value as string);
    return id;
  }

  take(id: string): UndoRecord | undefined {
    const record = this.records.get(id);
    this.records.delete(id);
    return record;
  }
}

/** Resolves on the directory's next change (its rebuild after a journal edit), or after a timeout. */
function nextChange(people: PanelPeople, timeoutMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    const listener = people.onDidChange(done);
  });
}

export interface PanelRequestContext {
  readonly people: PanelPeople;
  readonly undos: UndoLedger;
  readonly servicesForRequests: Services;
  post(message: PanelHostMessage): void;
}

export async function handlePanelRequest(request: PanelRequest, ctx: PanelRequestContext): Promise<void> {
  const { people, undos } = ctx;
  const services = ctx.servicesForRequests;
  const notice = (text: string, undoId?: string) =>
    ctx.post({ type: 'notice', text: text.slice(0, 2000), ...(undoId ? { undoId } : {}) });
  switch (request.type) {
    case 'decide': {
      const person = personOrThrow(people, request.id);
      const undo = await services.journal.recordDecisionUndoable(
        person,
        request.decision,
        request.followUp ? { followUp: request.followUp } : undefined
      );
      const until = request.decision === 'deferred' && request.followUp ? ` until ${request.followUp}` : '';
      const what = `${DECISION_WORDS[request.decision]} ${person.person}${until}`;
      const undoId = undo ? undos.add({ undo, personId: person.id, what }) : undefined;
      notice(undo ? `${what}. Saved to the journal.` : `${person.person} was already ${request.decision}.`, undoId);
      // The same move as the sidebar makes: on to the next undecided person.
      const next = nextUndecided(
        people
          .snapshot()
          .items.map((item) => ({ id: item.id, status: item.id === person.id ? request.decision : item.status })),
        person.id
      );
      if (next) people.select(next);
      return;
    }
    case 'undo': {
      const record = undos.take(request.undoId);
      if (!record) throw new Error('That decision can no longer be undone here; edit the journal to change it.');
      const changed = nextChange(people);
      await services.journal.undoDecision(record.undo);
      // Select only once the list knows the person is undecided again: selecting earlier would
      // make the sidebar follow them into the tab of the decision being undone.
      await changed;
      people.select(record.personId);
      notice(`Undone: ${record.what}. The journal's previous lines are back.`);
      return;
    }
    case 'saveAnswer': {
      await services.journal.setAnswer(personOrThrow(people, request.id), request.index, request.text);
      notice(`Answer to "${QUESTIONS[request.index]}" saved to the journal.`);
      return;
    }
    case 'draftStart': {
      const person = people.find(request.id);
      if (!person) throw new Error('That person is no longer in the list. Refresh and try again.');
      // start() resolves when the stream ends; its progress arrives as draft updates.
      void services.drafts
        .start(person, request.kind)
        .catch((error: unknown) => ctx.servicesForRequests.log.error(`person panel: draft failed: ${String(error)}`));
      return;
    }
    case 'draftCancel':
      services.drafts.cancel();
      notice('Draft stopped; the partial text is kept.');
      return;
    case 'draftCopy':
      await vscode.env.clipboard.writeText(request.text);
      notice('Draft copied to the clipboard. Nothing was sent.');
      return;
    case 'draftSave': {
      const person = personOrThrow(people, request.id);
      await services.journal.setDraft(person, request.text, request.kind);
      notice(`Draft for ${person.person} saved to the journal.`);
      return;
    }
    case 'appendLog': {
      const person = personOrThrow(people, request.id);
      await services.journal.appendLog(person, request.text);
      notice(`Logged for ${person.person}: ${request.text}`);
      return;
    }
    case 'openLink': {
      const link = personLinkToOpen(people.snapshot().byId, request.id);
      if (!link.ok) {
        throw new Error(
          link.reason === 'not-http' ? 'Deliberate only opens http(s) links.' : 'This person has no link.'
        );
      }
      await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
      return;
    }
    case 'revealInJournal':
      await services.journal.open({ revealId: request.id });
      return;
  }
}
