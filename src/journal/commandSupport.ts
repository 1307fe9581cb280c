import { samePerson } from '../core/journal/identity';
import * as vscode from 'vscode';
import type { ConnectionEvent } from '../core/types';
import type { Services } from '../services';
import { personToEvent } from './projection';
import { reportError } from '../reporting';

/**
 * The person a journal command acts on: the id passed by a CodeLens or the sidebar, a whole
 * ConnectionEvent passed by another area, else the sidebar selection or a quick pick.
 */
export async function resolvePerson(
  services: Services,
  arg: unknown,
  placeHolder: string
): Promise<ConnectionEvent | undefined> {
  if (
    arg &&
    typeof arg === 'object' &&
    typeof (arg as ConnectionEvent).id === 'string' &&
    typeof (arg as ConnectionEvent).person === 'string'
  ) {
    return arg as ConnectionEvent;
  }
  if (typeof arg === 'string' && arg) {
    const known = safePeople(services).find((p) => samePerson(p.id, arg));
    if (known) return known;
    await waitForJournal(services);
    const inJournal = services.journal.findById(arg);
    if (inJournal) return personToEvent(inJournal);
    void vscode.window.showErrorMessage(`Deliberate: no person with id '${arg}' in the feeds or the journal.`);
    return undefined;
  }
  return services.people.pick(placeHolder);
}

function safePeople(services: Services): readonly ConnectionEvent[] {
  try {
    return services.people.all();
  } catch {
    return [];
  }
}

/** The store loads lazily; give a first read a moment before concluding an id is unknown. */
async function waitForJournal(services: Services): Promise<void> {
  await services.journal.loaded();
}

/** Runs a command body; errors the store already showed are not shown twice. */
export async function runReporting(services: Services, what: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    reportError(services.log, what, error);
  }
}

/** A date typed by the user: YYYY-MM-DD and a real calendar day. */
export function validateDateInput(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return 'Use YYYY-MM-DD, e.g. 2026-12-09.';
  const [y, m, d] = trimmed.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return `${trimmed} is not a real date.`;
  }
  return undefined;
}
