import * as vscode from 'vscode';
import { DATE_KEYS, METADATA_KEYS } from '../core/journal';
import { QUESTIONS, STATUSES, localIsoDate } from '../core/types';
import type { JournalDocuments } from './documentModel';

/**
 * Completion: metadata keys at a `- ` line start, status values, today's date in date fields,
 * the canonical question headings after `### `, and names already used for `via`.
 */
export class JournalCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly documents: JournalDocuments) {}

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position
  ): vscode.CompletionItem[] | undefined {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const heading = /^###[ \t]+([^#]*)$/.exec(before);
    if (heading) return this.headings(position, heading[1]);
    const value = /^[ \t]{0,3}[-*+][ \t]+([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(before);
    if (value) return this.values(document, position, value[1].toLowerCase(), value[2]);
    const key = /^[ \t]{0,3}[-*+][ \t]+([A-Za-z0-9-]*)$/.exec(before);
    if (!key) return undefined;
    // Look only at nearby lines (no parse) so typing in a huge journal stays instant.
    const context = listContext(document, position.line);
    if (context === 'metadata') return this.keys(position, key[1]);
    if (context === 'log') return [this.logDate(position, key[1])];
    return undefined;
  }

  private logDate(position: vscode.Position, typed: string): vscode.CompletionItem {
    const today = localIsoDate();
    const item = new vscode.CompletionItem(`${today}: `, vscode.CompletionItemKind.Value);
    item.detail = 'today';
    item.range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    return item;
  }

  private headings(position: vscode.Position, typed: string): vscode.CompletionItem[] {
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const titles = [...QUESTIONS, 'Draft', 'Log'];
    return titles.map((title, i) => {
      const item = new vscode.CompletionItem(
        title,
        i < QUESTIONS.length ? vscode.CompletionItemKind.Text : vscode.CompletionItemKind.Keyword
      );
      item.range = range;
      item.sortText = String(i).padStart(2, '0');
      item.detail = i < QUESTIONS.length ? `Question ${i + 1}` : 'Section';
      return item;
    });
  }

  private keys(position: vscode.Position, typed: string): vscode.CompletionItem[] {
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    return METADATA_KEYS.map((key, i) => {
      const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
      item.insertText = `${key}: `;
      item.range = range;
      item.sortText = String(i).padStart(2, '0');
      item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
      return item;
    });
  }

  private values(
    document: vscode.TextDocument,
    position: vscode.Position,
    key: string,
    typed: string
  ): vscode.CompletionItem[] | undefined {
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const make = (label: string, kind: vscode.CompletionItemKind, detail?: string) => {
      const item = new vscode.CompletionItem(label, kind);
      item.range = range;
      if (detail) item.detail = detail;
      return item;
    };
    if (key === 'status') return STATUSES.map((s) => make(s, vscode.CompletionItemKind.EnumMember));
    if (DATE_KEYS.includes(key)) return [make(localIsoDate(), vscode.CompletionItemKind.Value, 'today')];
    if (key === 'cadence') {
      return CADENCE_EXAMPLES.map(([value, what]) => make(value, vscode.CompletionItemKind.Value, what));
    }
    if (key === 'via') {
      const names = new Set<string>();
      for (const entry of this.documents.parsed(document).entries) {
        if (entry.via) names.add(entry.via);
        if (entry.name) names.add(entry.name);
      }
      return [...names].map((n) => make(n, vscode.CompletionItemKind.User));
    }
    return undefined;
  }
}

/** The cadence forms the journal format documents (PRODUCT.md), offered as values. */
const CADENCE_EXAMPLES: readonly [string, string][] = [
  ['30d', 'every 30 days'],
  ['6w', 'every 6 weeks'],
  ['3m', 'every 3 months'],
  ['1y', 'every year'],
  ['1m..3m', 'ideally monthly, at most every 3 months']
];

const METADATA_LINE = /^[ \t]{0,3}[-*+][ \t]+[A-Za-z][\w-]*[ \t]*:/;
const LOG_LINE = /^[ \t]{0,3}[-*+][ \t]+\d[\d./-]*[ \t]*:/;

/** Whether a list line sits in an entry's metadata (right under `## `) or in a `### Log`. */
function listContext(document: vscode.TextDocument, line: number): 'metadata' | 'log' | undefined {
  for (let i = line - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const text = document.lineAt(i).text;
    if (/^ {0,3}## /.test(text) || /^ {0,3}##$/.test(text)) return 'metadata';
    if (/^ {0,3}###[ \t]+log[ \t]*#*[ \t]*$/i.test(text)) return 'log';
    if (/^ {0,3}#{1,6}([ \t]|$)/.test(text)) return undefined;
    if (text.trim() === '' || METADATA_LINE.test(text) || LOG_LINE.test(text)) continue;
    return undefined;
  }
  return undefined;
}
