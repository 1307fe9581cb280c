/** `deliberate.refresh`: fetch all feeds now, in a cancellable progress notification. */
import * as vscode from 'vscode';
import type { Services } from '../services';

export async function refreshCommand(services: Services): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Deliberate: refreshing feeds…', cancellable: true },
    (_progress, token) => services.feeds.refresh(token)
  );
  const statuses = services.feeds.statuses();
  const failed = statuses.filter((s) => s.error);
  if (statuses.length === 0) {
    const choice = await vscode.window.showInformationMessage('Deliberate: no feeds configured yet.', 'Add Feed…', 'Import LinkedIn Export…');
    if (choice === 'Add Feed…') await vscode.commands.executeCommand('deliberate.addFeed');
    if (choice === 'Import LinkedIn Export…') await vscode.commands.executeCommand('deliberate.importLinkedInExport');
    return;
  }
  if (failed.length > 0) {
    const first = failed[0].error ?? '';
    const text = failed.length === 1 ? `Deliberate: ${first}` : `Deliberate: ${failed.length} of ${statuses.length} feeds failed; first: ${first}`;
    const choice = await vscode.window.showWarningMessage(text, 'Show Log');
    if (choice === 'Show Log') services.log.show();
  }
}
