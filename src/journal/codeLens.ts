import * as vscode from 'vscode';
import { onDidChangeSettings } from '../config/settings';
import { realpath } from 'node:fs/promises';
import { entryKey } from '../core/journal';
import type { JournalStore } from '../services';
import type { JournalDocuments } from './documentModel';
import { decisionLenses } from './decisionLenses';

/**
 * Draft outreach · Accept · Decline · Defer · Log action above each entry. An entry without an
 * `- id:` line is addressed by its synthetic `journal:<name>` id, which the journal resolves.
 *
 * The commands act on the configured journal (services.journal), so the lenses appear only in
 * that document: in any other `*.connections.md` (an archive, a copy) an Accept would write to
 * a different file than the one clicked. Those files keep every other language feature.
 */
export class JournalCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly listeners: vscode.Disposable[];

  constructor(
    private readonly journal: Pick<JournalStore, 'uri'>,
    private readonly documents: JournalDocuments
  ) {
    // The journal moved: lenses leave the old document and appear in the new one.
    const refresh = () => this.changed.fire();
    this.listeners = [
      this.changed,
      // Also fires when workspace trust is granted (journalPath is a restricted setting).
      onDidChangeSettings((change) => {
        if (change.affects('journalPath')) refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(refresh)
    ];
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!(await isSameFile(document.uri, this.journal.uri()))) return [];
    const journal = this.documents.parsed(document);
    const lenses: vscode.CodeLens[] = [];
    for (const entry of journal.entries) {
      const key = entryKey(entry);
      if (!key) continue;
      const range = new vscode.Range(entry.headingLine, 0, entry.headingLine, 0);
      const args = [key];
      lenses.push(
        new vscode.CodeLens(range, { title: 'Draft outreach', command: 'deliberate.draftOutreach', arguments: args })
      );
      // Only decisions that change something: no Accept on an accepted entry. Deferring a
      // deferred entry still moves its follow-up date, so it stays, as "Defer again".
      for (const lens of decisionLenses(entry.status)) {
        lenses.push(new vscode.CodeLens(range, { ...lens, arguments: args }));
      }
      lenses.push(
        new vscode.CodeLens(range, { title: 'Log action', command: 'deliberate.logAction', arguments: args })
      );
    }
    return lenses;
  }
}

/** Same URI, or two file paths that resolve to the same file (a symlink, `.` segments, case on some systems). */
export async function isSameFile(a: vscode.Uri, b: vscode.Uri | undefined): Promise<boolean> {
  if (!b) return false;
  if (a.toString() === b.toString()) return true;
  if (a.scheme !== 'file' || b.scheme !== 'file') return false;
  if (a.fsPath === b.fsPath) return true;
  try {
    const [realA, realB] = await Promise.all([realpath(a.fsPath), realpath(b.fsPath)]);
    return realA === realB;
  } catch {
    // A missing file (unsaved, deleted) is not the journal we can write to.
    return false;
  }
}
