/**
 * The feeds area's glue: the FeedService and the feed/import commands. Construction is cheap
 * (no file reads, no network); work starts on first use.
 */
import * as vscode from 'vscode';
import type { FeedService, JournalStore, Services } from '../services';
import { FeedServiceImpl } from './service';
import { refreshCommand } from './commands/refresh';
import { addFeedCommand, type AddFeedArgs } from './commands/addFeed';
import { importLinkedInExportCommand } from './commands/importLinkedInExport';

export function createFeedService(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  journal: JournalStore
): FeedService {
  const service = new FeedServiceImpl(context, log, journal);
  context.subscriptions.push(service);
  return service;
}

export function registerFeedCommands(services: Services): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('deliberate.refresh', () => refreshCommand(services)),
    vscode.commands.registerCommand('deliberate.addFeed', (args?: AddFeedArgs) =>
      addFeedCommand(services, isAddFeedArgs(args) ? args : undefined)
    ),
    vscode.commands.registerCommand('deliberate.importLinkedInExport', (files?: unknown) =>
      importLinkedInExportCommand(
        services,
        Array.isArray(files) && files.every((f) => f instanceof vscode.Uri) ? files : undefined
      )
    )
  );
}

/** Menus pass their own context objects; only a plain `{ url }` skips the prompts. */
function isAddFeedArgs(value: unknown): value is AddFeedArgs {
  return !!value && typeof value === 'object' && typeof (value as AddFeedArgs).url === 'string';
}
