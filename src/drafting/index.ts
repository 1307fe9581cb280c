/**
 * Drafting glue: the DraftService, its commands, the status bar item, the editor fallback when
 * the sidebar is hidden, and the notifications for errors and next steps. Nothing here touches
 * the network or disk during activation; the first request happens on first use.
 *
 * Commands other areas (sidebar buttons, CodeLens, notifications) may call:
 *   deliberate.draftOutreach(personId?: string | { id }, kind?: 'note' | 'message' | 'email')
 *   deliberate.cancelDraft()
 *   deliberate.draft.copy({ text?, part?: 'subject' | 'body' }?)   → clipboard
 *   deliberate.draft.save({ text? }?) → Promise<boolean>         (journal.setDraft; the only write)
 *   deliberate.draft.regenerate({ kind? }?)                        (same person, same or new kind)
 *   deliberate.draft.shorten({ text? }?)                           (overlong note → ≤ 300 characters)
 *   deliberate.selectModel() → model | undefined,  deliberate.pullModel(model?) → boolean
 *   deliberate.createPromptTemplate() → Uri of .deliberate/prompt.md
 */
import * as vscode from 'vscode';
import type { DraftService, DraftUpdate, JournalStore, Services } from '../services';
import { DraftController } from './draftService';
import { DraftActions } from './draftActions';
import { DraftStatusBar } from './statusBar';
import { EditorDraftSink } from './editorSink';
import { registerDraftOutreach } from './commands/draftOutreach';
import { registerCancelDraft } from './commands/cancelDraft';
import { registerSelectModel } from './commands/selectModel';
import { registerPullModel } from './commands/pullModel';
import { registerCreatePromptTemplate } from './commands/createPromptTemplate';

export function createDraftService(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  journal: JournalStore
): DraftService {
  const drafts = new DraftController(context, log, journal);
  context.subscriptions.push(drafts);
  return drafts;
}

const TERMINAL = new Set(['done', 'cancelled', 'incomplete', 'truncated', 'error']);

export function registerDraftingCommands(services: Services): void {
  const { context } = services;
  // The DraftService contract covers everything the actions and the status bar need.
  const controller = services.drafts;
  context.subscriptions.push(
    registerDraftOutreach(services),
    registerCancelDraft(services),
    registerPullModel(services),
    registerCreatePromptTemplate(services)
  );
  // The status bar item is created lazily-cheap (no check until 5 s later) and owned here.
  const statusBar = new DraftStatusBar();
  const actions = new DraftActions(services, controller);
  context.subscriptions.push(
    statusBar,
    ...actions.register(),
    registerSelectModel(services, () => void statusBar.check())
  );

  let run = 0;
  let sidebarShown = true;
  context.subscriptions.push(
    controller.onDidUpdate((update: DraftUpdate) => {
      statusBar.onDraftUpdate(update);
      if (controller.runNumber() !== run && update.state === 'loading') {
        run = controller.runNumber();
        const previous = actions.sink;
        previous?.dispose();
        actions.sink = undefined;
        sidebarShown = isSidebarVisible(services);
        if (!sidebarShown) actions.sink = new EditorDraftSink(String(run), services.log, previous?.reusableEditor());
      }
      if (actions.sink && update.text) actions.sink.update(update);
      if (!TERMINAL.has(update.state) || controller.runNumber() !== run) return;
      if (update.state === 'error' && update.error) void actions.showError(update.error);
      else void actions.offerNextSteps(update.state, sidebarShown);
    })
  );
}

function isSidebarVisible(services: Services): boolean {
  try {
    return services.people.isSidebarVisible();
  } catch {
    return false;
  }
}
