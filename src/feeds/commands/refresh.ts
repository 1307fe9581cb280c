/** `deliberate.refresh`: fetch all feeds now, in a cancellable progress notification. */
import * as vscode from 'vscode';
import type { Services } from '../../services';

export async function refreshCommand(services: Services): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Deliberate: refreshing feeds…', cancellable: true },
    (_progress, token) => services.feeds.refresh(token)
  );
  const statuses = services.feeds.statuses();
  const failed = statuses.filter((s) => s.error);
  // Messages are not awaited: the command resolves when the refresh is done, not when the
  // user dismisses a notification.
  if (statuses.length === 0) {
    void vscode.window
      .showInformationMessage('Deliberate: no feeds configured yet.', 'Add Feed…', 'Import LinkedIn Export…')
      .then((choice) => {
        if (choice === 'Add Feed…') void vscode.commands.executeCommand('deliberate.addFeed');
        if (choice === 'Import LinkedIn Export…') {
          void vscode.commands.executeCommand('deliberate.importLinkedInExport');
        }
      });
    return;
  }
  if (failed.length > 0) {
    const first = failed[0].error ?? '';
    const text =
      failed.length === 1
        ? `Deliberate: ${first}`
        : `Deliberate: ${failed.length} of ${statuses.length} feeds failed; first: ${first}`;
    void vscode.window.showWarningMessage(text, 'Show Log').then((choice) => {
      if (choice === 'Show Log') services.log.show();
    });
  }
}
