import * as vscode from 'vscode';
import type { JournalDocuments } from './documentModel';
import { entryAt } from './outline';
import type { EvidenceService } from '../relationships';

/** Hover on an entry heading: status, dates, the last log line, warmth with reasons, cadence. */
export class JournalHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly documents: JournalDocuments,
    private readonly evidence?: EvidenceService
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    // A stat when nothing changed: the evidence file is read on first use and after imports.
    if (this.evidence) await this.evidence.refresh();
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
    if (this.evidence) {
      const insight = this.evidence.insight(entry);
      text
        .appendMarkdown('  \nWarmth: ')
        .appendText(`${insight.warmth.score} ${insight.warmth.band} (${insight.warmth.reasons.join('; ')})`);
      if (insight.due) text.appendMarkdown('  \nCadence: ').appendText(insight.due.why);
      else if (insight.cadenceError) text.appendMarkdown('  \nCadence: ').appendText(insight.cadenceError);
    }
    return new vscode.Hover(text, document.lineAt(position.line).range);
  }
}
