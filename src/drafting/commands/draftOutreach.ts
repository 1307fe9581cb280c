/**
 * deliberate.draftOutreach(person?, kind?): from the palette (quick pick of people, then of the
 * kind), from the sidebar or the journal's CodeLens (a person id, optionally a kind).
 */
import { samePerson } from '../../core/journal/identity';
import * as vscode from 'vscode';
import type { JournalPerson, Services } from '../../services';
import { PERSON_DRAFT_KINDS, type ConnectionEvent, type DraftKind } from '../../core/types';
import { KIND_SPECS } from '../../core/drafting/kinds';
import { findInJournal } from '../../drafting/journalLookup';

const LAST_KIND_KEY = 'deliberate.lastDraftKind';

function fromJournal(entry: JournalPerson): ConnectionEvent | undefined {
  if (!entry.id) return undefined;
  return {
    id: entry.id,
    person: entry.name,
    via: entry.via ?? null,
    link: entry.link ?? null,
    date: null,
    title: entry.name,
    source: entry.source ?? '',
    headline: entry.headline ?? '',
    ...(entry.message ? { message: entry.message } : {})
  };
}

/** A person from an id, an object with an id (CodeLens/sidebar), or undefined when unknown. */
export async function resolvePerson(services: Services, arg: unknown): Promise<ConnectionEvent | undefined> {
  const id =
    typeof arg === 'string'
      ? arg
      : arg && typeof arg === 'object' && typeof (arg as { id?: unknown }).id === 'string'
        ? (arg as { id: string }).id
        : undefined;
  if (!id) return undefined;
  const known = services.people.all().find((person) => samePerson(person.id, id));
  if (known) return known;
  if (typeof (arg as ConnectionEvent).person === 'string') return arg as ConnectionEvent;
  const entry = await findInJournal(services.journal, id);
  return entry ? fromJournal(entry) : undefined;
}

async function pickKind(context: vscode.ExtensionContext): Promise<DraftKind | undefined> {
  const last = context.globalState.get<DraftKind>(LAST_KIND_KEY, 'message');
  const ordered = [last, ...PERSON_DRAFT_KINDS.filter((kind) => kind !== last)];
  const picked = await vscode.window.showQuickPick(
    ordered.map((kind) => ({ label: kind, description: KIND_SPECS[kind].label, draftKind: kind })),
    { placeHolder: 'What should the draft be?', title: 'Deliberate: Draft Outreach' }
  );
  return picked?.draftKind;
}

export function registerDraftOutreach(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.draftOutreach', async (personArg?: unknown, kindArg?: unknown) => {
    let person: ConnectionEvent | undefined;
    if (personArg !== undefined && personArg !== null) {
      person = await resolvePerson(services, personArg);
      if (!person) {
        void vscode.window.showErrorMessage(
          `No person with id ${String(typeof personArg === 'object' ? (personArg as { id?: unknown }).id : personArg)} in the sidebar or the journal.`
        );
        return;
      }
    } else {
      person = await services.people.pick('Draft outreach to whom?');
      if (!person) return;
    }
    // `intro` needs a target: it starts from deliberate.findIntroduction, never from here.
    let kind: DraftKind | undefined = (PERSON_DRAFT_KINDS as readonly string[]).includes(kindArg as string)
      ? (kindArg as DraftKind)
      : undefined;
    if (!kind) {
      // Called with a person but no kind (CodeLens): reuse the last kind instead of asking.
      kind =
        personArg === undefined
          ? await pickKind(services.context)
          : services.context.globalState.get<DraftKind>(LAST_KIND_KEY, 'message');
      if (!kind) return;
    }
    await services.context.globalState.update(LAST_KIND_KEY, kind);
    // The sidebar shows the draft of the person its detail pane shows: make that this person.
    if (services.people.isSidebarVisible() && !samePerson(services.people.selected()?.id ?? '', person.id)) {
      services.people.select(person.id);
    }
    await services.drafts.start(person, kind);
  });
}
