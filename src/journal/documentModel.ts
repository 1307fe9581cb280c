import * as vscode from 'vscode';
import { applyTextChanges, lintJournal, parseJournal, type Journal, type JournalDiagnostic } from '../core/journal';
import { localIsoDate } from '../core/types';

interface Model {
  version: number;
  journal: Journal;
  lint?: { today: string; diagnostics: JournalDiagnostic[] };
}

/**
 * The one parsed model per open journal document, shared by the store, diagnostics, outline,
 * folding, CodeLens, hover and completion. A document is parsed in full once, when first asked
 * for; after that every change (a keystroke, or one of our own WorkspaceEdits) updates the model
 * through applyTextChanges, which re-parses only the entries the change touches. A model is
 * dropped when its document closes, and all of them when this is disposed.
 */
export class JournalDocuments implements vscode.Disposable {
  private readonly models = new Map<string, Model>();
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.models.delete(d.uri.toString()))
    ];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.models.clear();
  }

  /** The model of the document's current version (a full parse only when none is held). */
  parsed(document: vscode.TextDocument): Journal {
    const key = document.uri.toString();
    const hit = this.models.get(key);
    if (hit && hit.version === document.version) return hit.journal;
    const journal = parseJournal(document.getText());
    if (!document.isClosed) this.models.set(key, { version: document.version, journal });
    return journal;
  }

  /** Lint of the current version, computed once per version and day. */
  linted(document: vscode.TextDocument): JournalDiagnostic[] {
    const journal = this.parsed(document);
    const model = this.models.get(document.uri.toString());
    const today = localIsoDate();
    if (model?.journal === journal && model.lint?.today === today) return model.lint.diagnostics;
    const diagnostics = lintJournal(journal, { today });
    if (model?.journal === journal) model.lint = { today, diagnostics };
    return diagnostics;
  }

  /** Whether a model is held for the document (tests and the log use it; nothing depends on it). */
  holds(document: vscode.TextDocument): boolean {
    return this.models.has(document.uri.toString());
  }

  private follow(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const model = this.models.get(key);
    if (!model || model.version === e.document.version) return;
    if (!e.contentChanges.length) {
      // A version bump without a text change (undo to the saved state, say): same text.
      model.version = e.document.version;
      return;
    }
    if (model.version !== e.document.version - 1) {
      this.models.delete(key); // missed a change: the next reader parses in full
      return;
    }
    const journal = applyTextChanges(
      model.journal,
      e.contentChanges.map((c) => ({
        range: {
          start: { line: c.range.start.line, character: c.range.start.character },
          end: { line: c.range.end.line, character: c.range.end.character }
        },
        newText: c.text
      }))
    );
    // A cheap consistency check; a mismatch (never seen) falls back to a full parse on next read.
    if (journal.lineCount !== e.document.lineCount) {
      this.models.delete(key);
      return;
    }
    this.models.set(key, { version: e.document.version, journal });
  }
}
