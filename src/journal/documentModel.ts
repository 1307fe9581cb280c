import type * as vscode from 'vscode';
import { lintJournal, parseJournal, type Journal, type JournalDiagnostic } from '../core/journal';
import { localIsoDate } from '../core/types';

/**
 * One parse per document version, shared by every provider (outline, folding, CodeLens,
 * hover, diagnostics, code actions) and the store, so a keystroke costs at most one parse.
 */
interface Cached {
  version: number;
  journal: Journal;
  lint?: { today: string; diagnostics: JournalDiagnostic[] };
}

const cache = new Map<string, Cached>();
const MAX_DOCUMENTS = 8;

export function parsedDocument(document: vscode.TextDocument): Journal {
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === document.version) return hit.journal;
  const journal = parseJournal(document.getText());
  cache.delete(key);
  cache.set(key, { version: document.version, journal });
  if (cache.size > MAX_DOCUMENTS) cache.delete(cache.keys().next().value as string);
  return journal;
}

export function lintedDocument(document: vscode.TextDocument): JournalDiagnostic[] {
  const journal = parsedDocument(document);
  const entry = cache.get(document.uri.toString())!;
  const today = localIsoDate();
  if (!entry.lint || entry.lint.today !== today) entry.lint = { today, diagnostics: lintJournal(journal, { today }) };
  return entry.lint.diagnostics;
}

export function forgetDocument(document: vscode.TextDocument): void {
  cache.delete(document.uri.toString());
}
