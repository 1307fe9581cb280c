import * as vscode from 'vscode';
import { realpath } from 'node:fs/promises';
import { entryKey } from '../core/journal';
import type { JournalStore } from '../services';
import type { JournalDocuments } from './documentModel';

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
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('deliberate.journalPath')) refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(refresh),
      vscode.workspace.onDidGrantWorkspaceTrust(refresh)
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
        new vscode.CodeLens(range, { title: 'Draft outreach', command: 'deliberate.draftOutreach', arguments: args }),
        new vscode.CodeLens(range, { title: 'Accept', command: 'deliberate.accept', arguments: args }),
        new vscode.CodeLens(range, { title: 'Decline', command: 'deliberate.decline', arguments: args }),
        new vscode.CodeLens(range, { title: 'Defer', command: 'deliberate.defer', arguments: args }),
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
