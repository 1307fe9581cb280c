/** deliberate.cancelDraft: stops the draft in progress (the sidebar's Stop button calls it too). */
import * as vscode from 'vscode';
import type { Services } from '../../services';

export function registerCancelDraft(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.cancelDraft', () => services.drafts.cancel());
}
