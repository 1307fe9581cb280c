/**
 * The workspace prompt template `.deliberate/prompt.md`. It is workspace content, so in an
 * untrusted workspace it is ignored: a repository must not be able to rewrite our instructions.
 */
import * as vscode from 'vscode';

export const TEMPLATE_PATH = ['.deliberate', 'prompt.md'] as const;

export function templateUri(journalUri: vscode.Uri | undefined): vscode.Uri | undefined {
  const folder =
    (journalUri && vscode.workspace.getWorkspaceFolder(journalUri)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...TEMPLATE_PATH) : undefined;
}

/** The template text (unsaved edits in an open editor win), or undefined for the built-in one. */
export async function loadPromptTemplate(
  journalUri: vscode.Uri | undefined,
  log: vscode.LogOutputChannel
): Promise<string | undefined> {
  if (!vscode.workspace.isTrusted) return undefined;
  const uri = templateUri(journalUri);
  if (!uri) return undefined;
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  // Only a dirty document is ahead of the disk; a clean one may be a stale, already-closed copy.
  if (open?.isDirty) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) {
      log.warn(
        `Couldn't read ${uri.fsPath}; using the built-in prompt: ${error instanceof Error ? error.message : String(error)}`
      );
    }
    return undefined;
  }
}
