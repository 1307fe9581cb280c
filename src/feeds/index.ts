// PLACEHOLDER owned by the feeds area: replaced by the real FeedService and feed commands.
import * as vscode from 'vscode';
import type { FeedService, JournalStore, Services } from '../services';

export function createFeedService(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel, _journal: JournalStore): FeedService {
  throw new Error('feeds area not built yet');
}

export function registerFeedCommands(_services: Services): void {}
