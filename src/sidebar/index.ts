// PLACEHOLDER owned by the sidebar area: replaced by the real PeopleDirectory and webview view.
import * as vscode from 'vscode';
import type { FeedService, JournalStore, PeopleDirectory, Services } from '../services';

export function createPeopleDirectory(_context: vscode.ExtensionContext, _log: vscode.LogOutputChannel, _feeds: FeedService, _journal: JournalStore): PeopleDirectory {
  throw new Error('sidebar area not built yet');
}

export function registerSidebar(_services: Services): void {}
