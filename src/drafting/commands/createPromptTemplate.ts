/**
 * deliberate.createPromptTemplate: writes `.deliberate/prompt.md` from the built-in template
 * (never overwriting an existing one) and opens it.
 */
import * as vscode from 'vscode';
import type { Services } from '../../services';
import { GROUNDED_TEMPLATE } from '../../core/grounding/template';
import { templateUri } from '../../drafting/promptTemplate';

export function registerCreatePromptTemplate(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.createPromptTemplate', async () => {
    let journalUri: vscode.Uri | undefined;
    try {
      journalUri = services.journal.uri();
    } catch {
      journalUri = undefined;
    }
    const uri = templateUri(journalUri);
    if (!uri) {
      void vscode.window.showErrorMessage(
        'Open a folder first: the prompt template lives in .deliberate/prompt.md inside the workspace.'
      );
      return undefined;
    }
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(GROUNDED_TEMPLATE));
      services.log.info(`Created ${uri.fsPath}`);
    }
    await vscode.window.showTextDocument(uri, { preview: false });
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        'This workspace is not trusted, so drafts use the built-in prompt, not this file.'
      );
    } else if (exists) {
      vscode.window.setStatusBarMessage('$(info) The prompt template already exists; opened it', 4000);
    }
    return uri;
  });
}
