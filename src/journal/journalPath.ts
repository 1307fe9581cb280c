import * as vscode from 'vscode';
import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { setting } from '../config/settings';
import { settingDefault } from '../core/config/manifest';

/**
 * Where the journal lives. `deliberate.journalPath` must resolve inside the first workspace
 * folder: lexically (no `..`, no absolute path elsewhere) and again after realpath (no
 * symlink that leads out). In an untrusted workspace only the user-level value counts.
 */

export const DEFAULT_JOURNAL_PATH = settingDefault('journalPath');

export class JournalPathError extends Error {}

export function configuredJournalPath(folder: vscode.WorkspaceFolder): string {
  // setting() applies workspace trust (journalPath is a restricted setting).
  const value = setting('journalPath', folder.uri).trim();
  return value || DEFAULT_JOURNAL_PATH;
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' ? false : !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Lexical resolution (no disk access): the URI, or an error message. */
export function resolveJournalPath(
  folder: vscode.WorkspaceFolder,
  configured: string
): { uri?: vscode.Uri; error?: string } {
  const root = folder.uri.fsPath;
  const candidate = path.isAbsolute(configured) ? path.normalize(configured) : path.resolve(root, configured);
  if (!isInside(root, candidate)) {
    return {
      error: `deliberate.journalPath '${configured}' points outside the workspace folder '${folder.name}'; use a path inside it, e.g. '${DEFAULT_JOURNAL_PATH}'.`
    };
  }
  return { uri: vscode.Uri.file(candidate) };
}

/** Realpath check before any read or write. Throws JournalPathError with a one-line message. */
export async function assertRealPathInside(
  folder: vscode.WorkspaceFolder,
  uri: vscode.Uri,
  configured: string
): Promise<void> {
  const realRoot = await realpath(folder.uri.fsPath);
  let target: string;
  try {
    target = await realpath(uri.fsPath);
  } catch {
    // The file does not exist yet: its folder must exist and resolve inside.
    const parent = path.dirname(uri.fsPath);
    let realParent: string;
    try {
      realParent = await realpath(parent);
    } catch {
      throw new JournalPathError(
        `The folder for the journal '${configured}' does not exist (${path.relative(folder.uri.fsPath, parent) || parent}); create it or change deliberate.journalPath.`
      );
    }
    if (!(await stat(realParent)).isDirectory()) {
      throw new JournalPathError(`'${path.dirname(configured)}' is not a folder; change deliberate.journalPath.`);
    }
    target = path.join(realParent, path.basename(uri.fsPath));
  }
  if (!isInside(realRoot, target)) {
    throw new JournalPathError(
      `deliberate.journalPath '${configured}' resolves outside the workspace folder '${folder.name}' (through a symlink or '..'); refusing to read or write it.`
    );
  }
}
