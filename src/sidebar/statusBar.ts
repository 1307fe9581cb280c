/**
 * The inbox count, in two places: a status bar item (click focuses the view) and the view's
 * badge. It is computed lazily — never during activate() — and refreshed on data changes.
 */
import * as vscode from 'vscode';
import { localIsoDate } from '../core/types';
import { FOCUS_SIDEBAR_COMMAND } from './commands/focusSidebar';
import type { SidebarPeopleDirectory } from './people';
import { inboxCount } from './snapshot';

/** The first count waits until the workbench has settled after activation. */
const FIRST_COUNT_DELAY_MS = 1_500;

export class InboxCounter implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('deliberate.inbox', vscode.StatusBarAlignment.Left, 50);
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly subscription: vscode.Disposable;
  count: number | undefined;

  constructor(
    private readonly people: SidebarPeopleDirectory,
    private readonly setBadge: (count: number) => void,
    private readonly log: vscode.LogOutputChannel
  ) {
    this.item.name = 'Deliberate inbox';
    this.item.command = FOCUS_SIDEBAR_COMMAND;
    this.subscription = people.onDidChange(() => this.update());
    this.timer = setTimeout(() => this.update(), FIRST_COUNT_DELAY_MS);
  }

  update(): void {
    try {
      const count = inboxCount(this.people.snapshot().items, localIsoDate());
      this.count = count;
      this.item.text = `$(inbox) ${count}`;
      this.item.tooltip = `${count} ${count === 1 ? 'person waits' : 'people wait'} in your Deliberate inbox. Click to open.`;
      this.item.accessibilityInformation = { label: `Deliberate inbox: ${count} waiting`, role: 'button' };
      this.item.show();
      this.setBadge(count);
    } catch (error) {
      this.log.warn(`sidebar: could not count the inbox: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}
