/**
 * Completion on a `- knows:` line: names of the journal's people after the colon or a comma,
 * and edge kinds after `(`. Reads the cached parse of the document (no extra parse per key).
 */
import * as vscode from 'vscode';
import { EDGE_KINDS } from '../core/network';
import { journalDocuments } from '../journal';

const KNOWS_LINE = /^[ \t]{0,3}[-*+][ \t]+knows[ \t]*:(.*)$/i;

export class KnowsCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly context: vscode.ExtensionContext) {}

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position
  ): vscode.CompletionItem[] | undefined {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const line = KNOWS_LINE.exec(before);
    if (!line) return undefined;
    const kind = /\(([a-z]*)$/i.exec(line[1]);
    if (kind) {
      const range = new vscode.Range(position.translate(0, -kind[1].length), position);
      return EDGE_KINDS.map((value) => {
        const item = new vscode.CompletionItem(value, vscode.CompletionItemKind.EnumMember);
        item.insertText = `${value})`;
        item.range = range;
        return item;
      });
    }
    const typed = /(?:^|,)\s*([^,()]*)$/.exec(line[1])?.[1] ?? '';
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    const names = new Set<string>();
    for (const entry of journalDocuments(this.context).parsed(document).entries) if (entry.name) names.add(entry.name);
    return [...names].map((name) => {
      const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.User);
      item.range = range;
      item.detail = 'person in the journal';
      return item;
    });
  }
}
