// PLACEHOLDER owned by the journal area: replaced by the real JournalStore and language features.
import * as vscode from 'vscode';
import type { JournalStore, Services } from '../services';

export function createJournalStore(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel): JournalStore {
  throw new Error('journal area not built yet');
}

export function registerJournalFeatures(_services: Services): void {}
