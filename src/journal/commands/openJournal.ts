import * as vscode from 'vscode';
import type { Services } from '../../services';
import { runReporting } from '../../journal/commandSupport';

/** deliberate.openJournal [personId]: open (creating if missing) the journal, optionally at a person. */
export function registerOpenJournal(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.openJournal', (arg?: unknown) =>
    runReporting(services, 'Open journal', async () => {
      await services.journal.open(typeof arg === 'string' && arg ? { revealId: arg } : {});
    })
  );
}
