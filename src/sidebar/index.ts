/**
 * The sidebar area: the PeopleDirectory every area uses to find people, and the
 * `deliberate.connections` webview view with its status bar count and badge.
 */
import * as vscode from 'vscode';
import type { FeedService, JournalStore, PeopleDirectory, Services } from '../services';
import { registerFocusSidebar } from './commands/focusSidebar';
import { SidebarPeopleDirectory } from './people';
import { ConnectionsViewProvider } from './provider';
import { InboxCounter } from './statusBar';

export { SidebarPeopleDirectory } from './people';
export { ConnectionsViewProvider } from './provider';

export function createPeopleDirectory(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  feeds: FeedService,
  journal: JournalStore
): PeopleDirectory {
  const people = new SidebarPeopleDirectory(log, feeds, journal);
  context.subscriptions.push(people);
  return people;
}

export function registerSidebar(services: Services): void {
  const { context } = services;
  if (!(services.people instanceof SidebarPeopleDirectory)) {
    services.log.error('sidebar: services.people is not the sidebar directory; the Connections view is disabled');
    return;
  }
  const people = services.people;
  const provider = new ConnectionsViewProvider(services, people);
  people.attachView(provider);
  const counter = new InboxCounter(people, (count) => provider.setBadge(count), services.log);
  provider.onCount = () => {
    if (counter.count !== undefined) provider.setBadge(counter.count);
  };
  context.subscriptions.push(
    provider,
    counter,
    // No retainContextWhenHidden: the webview restores itself from getState when shown again.
    vscode.window.registerWebviewViewProvider(ConnectionsViewProvider.viewId, provider)
  );
  registerFocusSidebar(context);
}
