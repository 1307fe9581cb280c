import * as vscode from 'vscode';
import type { JournalDiagnostic } from '../core/journal';
import type { JournalDocuments } from './documentModel';

const LANGUAGE = 'connections';
const SEVERITY: Record<JournalDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information
};

/**
 * Lint diagnostics for every open `connections` document, computed from the shared parse after
 * typing pauses (longer pause for big journals), so typing never waits on them.
 */
export function registerDiagnostics(context: vscode.ExtensionContext, documents: JournalDocuments): void {
  const collection = vscode.languages.createDiagnosticCollection('deliberate');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const schedule = (document: vscode.TextDocument) => {
    if (document.languageId !== LANGUAGE) return;
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    const delay = document.lineCount > 20_000 ? 750 : 300;
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (document.isClosed) return;
        collection.set(document.uri, documents.linted(document).map(toDiagnostic));
      }, delay)
    );
  };
  context.subscriptions.push(
    collection,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.workspace.onDidOpenTextDocument(schedule),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      collection.delete(d.uri);
    }),
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE }, new JournalQuickFixes(documents), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix]
    })
  );
  vscode.workspace.textDocuments.forEach(schedule);
}

function toDiagnostic(d: JournalDiagnostic): vscode.Diagnostic {
  const range = d.range
    ? new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)
    : new vscode.Range(d.line, 0, d.line, Number.MAX_SAFE_INTEGER);
  const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  diagnostic.code = d.code;
  diagnostic.source = 'deliberate';
  return diagnostic;
}

/**
 * Quick fixes come from the same lint run (cached per document version): every fix whose range
 * touches the requested range, tied to the matching diagnostic when VS Code passed one.
 */
class JournalQuickFixes implements vscode.CodeActionProvider {
  constructor(private readonly documents: JournalDocuments) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext
  ): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'deliberate');
    const actions: vscode.CodeAction[] = [];
    for (const lint of this.documents.linted(document)) {
      if (!lint.fix || lint.line < range.start.line || lint.line > range.end.line) continue;
      const lintRange = toDiagnostic(lint).range;
      if (
        !lintRange.intersection(range) &&
        !ours.some((d) => d.code === lint.code && d.range.start.line === lint.line)
      ) {
        continue;
      }
      const action = new vscode.CodeAction(lint.fix.title, vscode.CodeActionKind.QuickFix);
      const diagnostic = ours.find((d) => d.code === lint.code && d.range.start.line === lint.line);
      if (diagnostic) action.diagnostics = [diagnostic];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      for (const e of lint.fix.edits) {
        action.edit.replace(
          document.uri,
          new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character),
          e.newText
        );
      }
      actions.push(action);
    }
    return actions;
  }
}
