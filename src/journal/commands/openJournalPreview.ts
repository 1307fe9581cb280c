import * as vscode from 'vscode';
import type { Services } from '../../services';
import { runReporting } from '../../journal/commandSupport';

/** deliberate.openJournalPreview: the built-in Markdown preview of the active journal (else the configured one). */
export function registerOpenJournalPreview(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.openJournalPreview', (uri?: unknown) =>
    runReporting(services, 'Open journal preview', async () => {
      const active = vscode.window.activeTextEditor?.document;
      const target =
        uri instanceof vscode.Uri ? uri : active?.languageId === 'connections' ? active.uri : services.journal.uri();
      if (!target) throw new Error('there is no journal to preview; open a folder first');
      await vscode.commands.executeCommand('markdown.showPreviewToSide', target);
    })
  );
}
