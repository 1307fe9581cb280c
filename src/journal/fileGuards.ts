import * as vscode from 'vscode';
import { access, constants, readFile, stat } from 'node:fs/promises';

/** Checks the store makes before it edits the journal document. */

const DISK_SYNC_WAIT_MS = 3000;

/** Refuses before touching the buffer; no write bits counts as read-only even for root. */
export async function assertWritable(uri: vscode.Uri): Promise<void> {
  if (uri.scheme !== 'file') return;
  let reason: string | undefined;
  try {
    await access(uri.fsPath, constants.W_OK);
    if (((await stat(uri.fsPath)).mode & 0o222) === 0) reason = 'no write permission bits';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    reason = code ?? String(error);
  }
  if (reason) throw new Error(`the file is read-only (${reason}); make it writable (e.g. chmod u+w) and try again`);
}

/**
 * A clean document can lag behind a file just changed on disk (VS Code reloads it shortly).
 * Editing and saving the stale copy would overwrite that change, so wait for the reload.
 */
export async function waitUntilDocumentMatchesDisk(document: vscode.TextDocument): Promise<void> {
  if (document.uri.scheme !== 'file') return;
  const deadline = Date.now() + DISK_SYNC_WAIT_MS;
  for (;;) {
    const disk = await readFile(document.uri.fsPath, 'utf8').catch(() => undefined);
    if (disk === undefined || sameText(disk, document.getText()) || document.isDirty) return;
    if (Date.now() > deadline) {
      throw new Error(
        'the file changed on disk and the editor has not reloaded it; revert the editor to the disk version and try again'
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** VS Code drops the BOM and normalises line breaks in the document. */
function sameText(disk: string, documentText: string): boolean {
  const normal = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s).replace(/\r\n?/g, '\n');
  return disk === documentText || normal(disk) === normal(documentText);
}
