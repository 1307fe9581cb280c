// PLACEHOLDER owned by the drafting area: replaced by the real DraftService and drafting commands.
import * as vscode from 'vscode';
import type { DraftService, JournalStore, Services } from '../services';

export function createDraftService(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel, _journal: JournalStore): DraftService {
  throw new Error('drafting area not built yet');
}

export function registerDraftingCommands(_services: Services): void {}
