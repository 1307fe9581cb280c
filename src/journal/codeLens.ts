import * as vscode from 'vscode';
import { parsedDocument } from './documentModel';

/** Draft outreach · Accept · Decline · Defer · Log action above each entry that has an id. */
export class JournalCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const journal = parsedDocument(document);
    const lenses: vscode.CodeLens[] = [];
    for (const entry of journal.entries) {
      if (!entry.id) continue;
      const range = new vscode.Range(entry.headingLine, 0, entry.headingLine, 0);
      const args = [entry.id];
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
