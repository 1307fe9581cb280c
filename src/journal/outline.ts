import * as vscode from 'vscode';
import type { Journal, JournalEntry, JournalSection } from '../core/journal';
import { lineText } from '../core/journal';
import type { JournalDocuments } from './documentModel';

/** Outline and breadcrumbs: one node per person (status as detail), sections as children. */
export class JournalSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly documents: JournalDocuments) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const journal = this.documents.parsed(document);
    return journal.entries.map((entry) => {
      const symbol = new vscode.DocumentSymbol(
        entry.name || '(unnamed)',
        entry.status ?? 'no status',
        vscode.SymbolKind.Object,
        blockRange(journal, entry.headingLine, entry.endLine),
        lineRange(journal, entry.headingLine)
      );
      symbol.children = entry.sections.map((section) => sectionSymbol(journal, section));
      return symbol;
    });
  }
}

function sectionSymbol(journal: Journal, section: JournalSection): vscode.DocumentSymbol {
  const kind =
    section.kind === 'question'
      ? vscode.SymbolKind.Interface
      : section.kind === 'log'
        ? vscode.SymbolKind.Event
        : vscode.SymbolKind.String;
  return new vscode.DocumentSymbol(
    section.title || '(untitled)',
    '',
    kind,
    blockRange(journal, section.headingLine, section.endLine),
    lineRange(journal, section.headingLine)
  );
}

/** Folding per entry, per section, for the metadata list and the draft's fence. */
export class JournalFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly documents: JournalDocuments) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    const journal = this.documents.parsed(document);
    const ranges: vscode.FoldingRange[] = [];
    const push = (start: number, end: number, kind?: vscode.FoldingRangeKind) => {
      if (end > start) ranges.push(new vscode.FoldingRange(start, end, kind));
    };
    for (const entry of journal.entries) {
      push(entry.headingLine, lastContent(journal, entry.headingLine, entry.endLine));
      const metadata = entry.metadata;
      if (metadata.length > 1) push(metadata[0].line, metadata[metadata.length - 1].line);
      for (const section of entry.sections) {
        push(section.headingLine, lastContent(journal, section.headingLine, section.endLine));
      }
      if (entry.draft?.closeLine !== undefined) push(entry.draft.openLine, entry.draft.closeLine);
    }
    return ranges;
  }
}

function lastContent(journal: Journal, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (lineText(journal, i).trim() !== '') return i;
  return from;
}

function lineRange(journal: Journal, line: number): vscode.Range {
  return new vscode.Range(line, 0, line, lineText(journal, line).length);
}

function blockRange(journal: Journal, start: number, endExclusive: number): vscode.Range {
  const end = Math.max(start, lastContent(journal, start, endExclusive));
  return new vscode.Range(start, 0, end, lineText(journal, end).length);
}

export function entryAt(journal: Journal, line: number): JournalEntry | undefined {
  // Binary search: entries are in line order.
  let low = 0;
  let high = journal.entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const entry = journal.entries[mid];
    if (line < entry.headingLine) high = mid - 1;
    else if (line >= entry.endLine) low = mid + 1;
    else return entry;
  }
  return undefined;
}
