/**
 * What the host does for each validated webview message. Everything here goes through the
 * service contracts (journal writer, feeds, drafts); links open only after an http(s) check;
 * view actions map to a fixed set of our own commands, never to a command id from the webview.
 */
import * as vscode from 'vscode';
import type { ConnectionEvent } from '../core/types';
import { MAX_ANSWER, type HostMessageWire, type ViewAction, type WebviewMessage } from '../shared/protocol';
import type { Services } from '../services';
import type { SidebarPeopleDirectory } from './people';
import { openSample } from './sample';
import { personLinkToOpen } from './urls';
import { findRecord } from './snapshot';

export interface ActionContext {
  services: Services;
  people: SidebarPeopleDirectory;
  provider: { post(message: HostMessageWire): void; postDetail(): void };
}

const VIEW_COMMANDS: Record<Exclude<ViewAction, 'openSample'>, string> = {
  addFeed: 'deliberate.addFeed',
  importLinkedInExport: 'deliberate.importLinkedInExport',
  refresh: 'deliberate.refresh',
  openJournal: 'deliberate.openJournal'
};

const DECISION_WORDS = { accepted: 'Accepted', declined: 'Declined', deferred: 'Deferred' } as const;

/** The person a write acts on. The journal finds entries by id, so an entry without one cannot be updated safely. */
export function personOrThrow(people: Pick<SidebarPeopleDirectory, 'snapshot'>, id: string): ConnectionEvent {
  const record = findRecord(people.snapshot(), id);
  if (!record) throw new Error(`That person is no longer in the list (id ${id.slice(0, 80)}). Refresh and try again.`);
  if (record.journal && !record.journal.id) {
    // Writing would append a duplicate entry instead of updating the user's hand-written one.
    throw new Error(
      `"${record.item.name}" has no "- id:" line in the journal (line ${record.journal.line + 1}); add one, e.g. "- id: note:${slug(record.item.name)}", then try again.`
    );
  }
  return record.event;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'person'
  );
}

export async function handleWebviewMessage(message: WebviewMessage, ctx: ActionContext): Promise<void> {
  const { services, people, provider } = ctx;
  const log = services.log;
  switch (message.type) {
    case 'ready':
      return;
    case 'select':
      people.setSelected(message.id ?? undefined);
      provider.postDetail();
      return;
    case 'openLink': {
      // The webview names the person; the URL comes from our own records and is checked here.
      const link = personLinkToOpen(people.snapshot().byId, message.id);
      if (!link.ok) {
        log.warn(
          `sidebar: no link opened for ${message.id.slice(0, 80)} (${link.reason}${link.url ? `: ${link.url.slice(0, 40)}` : ''})`
        );
        if (link.reason === 'not-http') void vscode.window.showWarningMessage('Deliberate only opens http(s) links.');
        return;
      }
      await vscode.env.openExternal(vscode.Uri.parse(link.url, true));
      return;
    }
    case 'decide': {
      const person = personOrThrow(people, message.id);
      await services.journal.recordDecision(
        person,
        message.decision,
        message.followUp ? { followUp: message.followUp } : undefined
      );
      const until = message.decision === 'deferred' && message.followUp ? ` until ${message.followUp}` : '';
      provider.post({
        type: 'announce',
        text: `${DECISION_WORDS[message.decision]} ${person.person}${until}. Saved to the journal.`.slice(0, 2000)
      });
      return;
    }
    case 'saveAnswer': {
      const person = personOrThrow(people, message.id);
      // The webview only ever had the start of an answer this long; saving would cut the rest.
      if ((findRecord(people.snapshot(), message.id)?.journal?.answers[message.index]?.length ?? 0) > MAX_ANSWER) {
        throw new Error(
          `This answer is longer than ${MAX_ANSWER.toLocaleString('en-US')} characters; edit it in the journal.`
        );
      }
      await services.journal.setAnswer(person, message.index, message.text);
      return;
    }
    case 'draftStart': {
      // Drafting only reads, so an entry without an id may still be drafted for.
      const person = people.find(message.id);
      if (!person) throw new Error('That person is no longer in the list. Refresh and try again.');
      // start() resolves when the stream ends; errors arrive as 'error' updates, but log a throw too.
      void services.drafts
        .start(person, message.kind, message.note?.trim() ? { revisionNote: message.note.trim() } : undefined)
        .catch((error: unknown) => log.error(`sidebar: draft failed: ${String(error)}`));
      return;
    }
    case 'draftCancel':
      services.drafts.cancel();
      return;
    case 'draftCopy':
      await vscode.env.clipboard.writeText(message.text);
      provider.post({ type: 'announce', text: 'Draft copied to the clipboard.' });
      return;
    case 'draftSave': {
      const person = personOrThrow(people, message.id);
      await services.journal.setDraft(person, message.text, message.kind);
      provider.post({ type: 'announce', text: `Draft for ${person.person} saved to the journal.`.slice(0, 2000) });
      return;
    }
    case 'appendLog':
      await services.journal.appendLog(personOrThrow(people, message.id), message.text);
      return;
    case 'action':
      if (message.action === 'openSample') return openSample(services);
      await vscode.commands.executeCommand(VIEW_COMMANDS[message.action]);
      return;
    case 'revealInJournal':
      await services.journal.open({ revealId: message.id });
      return;
    case 'openPerson':
      people.setSelected(message.id);
      await vscode.commands.executeCommand('deliberate.openPerson', message.id);
      return;
    case 'retryFeed':
      log.info(`sidebar: retry requested for ${message.key}`);
      // Only the failed feed: the others are fine and may be slow or rate-limited.
      await services.feeds.refresh(undefined, message.key);
      return;
    case 'error':
      log.error(`sidebar webview: ${message.message}`);
      return;
  }
}
