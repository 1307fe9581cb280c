import * as vscode from 'vscode';
import type { JournalDocuments } from './documentModel';
import { entryAt } from './outline';

/** Hover on an entry heading: status, dates and the last log line. */
export class JournalHoverProvider implements vscode.HoverProvider {
  constructor(private readonly documents: JournalDocuments) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const journal = this.documents.parsed(document);
    const entry = entryAt(journal, position.line);
    if (!entry || entry.headingLine !== position.line) return undefined;
    const text = new vscode.MarkdownString();
    // Journal text is untrusted: no command links, no HTML, and everything escaped.
    text.isTrusted = false;
    text.supportHtml = false;
    text
      .appendMarkdown('**')
      .appendText(entry.name || '(unnamed)')
      .appendMarkdown('**  \n');
    text
      .appendMarkdown('Status: ')
      .appendText(entry.status ?? 'none')
      .appendMarkdown('  \n');
    for (const [label, value] of [
      ['Seen', entry.seen],
      ['Decided', entry.decided],
      ['Follow-up', entry.followUp]
    ] as const) {
      if (value) text.appendMarkdown(`${label}: `).appendText(value).appendMarkdown('  \n');
    }
    const last = entry.log[entry.log.length - 1];
    text.appendMarkdown('Last action: ').appendText(last ? `${last.date}: ${last.text}` : 'none yet');
    return new vscode.Hover(text, document.lineAt(position.line).range);
  }
}
