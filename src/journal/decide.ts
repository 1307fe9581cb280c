import * as vscode from 'vscode';
import type { Decision } from '../core/types';
import type { DecisionOptions, Services } from '../services';
import { resolvePerson, runReporting } from './commandSupport';

const PAST: Record<Decision, string> = { accepted: 'Accepted', declined: 'Declined', deferred: 'Deferred' };

/** Shared body of accept / decline / defer: resolve the person, record, confirm briefly. */
export async function decide(
  services: Services,
  arg: unknown,
  decision: Decision,
  askOptions?: (name: string) => Promise<DecisionOptions | undefined>
): Promise<void> {
  await runReporting(services, `${PAST[decision]} decision`, async () => {
    const person = await resolvePerson(services, arg, `Whom do you want to mark as ${decision}?`);
    if (!person) return;
    const options = askOptions ? await askOptions(person.person) : {};
    if (!options) return;
    await services.journal.recordDecision(person, decision, options);
    vscode.window.setStatusBarMessage(
      `$(check) ${PAST[decision]} ${person.person}${options.followUp ? `, follow up ${options.followUp}` : ''}`,
      4000
    );
  });
}
