import * as vscode from 'vscode';
import { entryKey } from '../core/journal';
import { parsedDocument } from './documentModel';

/**
 * Draft outreach · Accept · Decline · Defer · Log action above each entry. An entry without an
 * `- id:` line is addressed by its synthetic `journal:<name>` id, which the journal resolves.
 */
export class JournalCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const journal = parsedDocument(document);
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
