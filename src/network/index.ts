/**
 * The network area's glue: the NetworkService (records feed edges, answers who-knows) and its
 * commands. Construction is cheap: nothing is read until a view or command asks.
 */
import * as vscode from 'vscode';
import type { FeedService, JournalStore, Services } from '../services';
import { NetworkServiceImpl, type NetworkService } from './service';
import { findIntroductionCommand } from './commands/findIntroduction';
import { showNetworkCommand } from './commands/showNetwork';
import { KnowsCompletionProvider } from './knowsCompletion';

export type { NetworkService } from './service';

export function createNetworkService(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  journal: JournalStore,
  feeds: FeedService
): NetworkService {
  const service = new NetworkServiceImpl(log, journal);
  context.subscriptions.push(service);
  if (feeds.onDidFetch) {
    context.subscriptions.push(feeds.onDidFetch(({ label, events }) => void service.recordFeed(label, events)));
  }
  return service;
}

export function registerNetworkCommands(services: Services, network: NetworkService): void {
  services.context.subscriptions.push(
    vscode.commands.registerCommand('deliberate.findIntroduction', () => findIntroductionCommand(services, network)),
    vscode.languages.registerCompletionItemProvider(
      { language: 'connections' },
      new KnowsCompletionProvider(services.context),
      ':',
      ',',
      '('
    ),
    vscode.commands.registerCommand('deliberate.showNetwork', (id?: unknown) =>
      showNetworkCommand(services, network, id)
    )
  );
}
