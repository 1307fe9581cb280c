/**
 * The sidebar area: the PeopleDirectory every area uses to find people, and the
 * `deliberate.connections` webview view with its status bar count and badge.
 */
import * as vscode from 'vscode';
import type { FeedService, JournalStore, Services } from '../services';
import { registerFocusSidebar } from './commands/focusSidebar';
import { SidebarPeopleDirectory } from './people';
import { ConnectionsViewProvider } from './provider';
import { InboxCounter } from './statusBar';

// What the person panel (src/person) reuses: the snapshot it reads people from, the detail it
// shows, the draft stream forwarder, the write guard and the host-side link check.
export type { PeopleSnapshot } from './snapshot';
export { findRecord } from './snapshot';
export { detailWithWarmth } from './detail';
export { DraftForwarder } from './draftForwarder';
export { personOrThrow } from './actions';
export { personLinkToOpen } from './urls';

export function createPeopleDirectory(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  feeds: FeedService,
  journal: JournalStore
): SidebarPeopleDirectory {
  const people = new SidebarPeopleDirectory(log, feeds, journal);
  context.subscriptions.push(people);
  return people;
}

/**
 * @param people the directory createPeopleDirectory built (also services.people): the view needs
 * its snapshot, which is the sidebar's own business and not part of the PeopleDirectory contract.
 */
export function registerSidebar(services: Services, people: SidebarPeopleDirectory): void {
  const { context } = services;
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
