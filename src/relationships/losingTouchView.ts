/**
 * The Losing touch view in the Deliberate sidebar: accepted people past their ideal cadence
 * interval since the last contact, ordered by how overdue × how warm they were; past the
 * maximum is highlighted. The view's badge carries the count, its tooltip says what it counts.
 * Names and reasons are shown as plain text (TreeItem labels are never rendered as HTML).
 */
import * as vscode from 'vscode';
import { losingTouch, type PersonInsight } from '../core/evidence';
import { entryKey } from '../core/journal/identity';
import { localIsoDate } from '../core/types';
import { journalDocuments } from '../journal';
import { setting } from '../config/settings';
import type { Services } from '../services';
import type { EvidenceService } from './evidenceService';

export const LOSING_TOUCH_VIEW = 'deliberate.losingTouch';
/** Internal (not in the palette): clicking a row opens the journal at that entry. */
const REVEAL_COMMAND = 'deliberate.losingTouch.reveal';

class LosingTouchProvider implements vscode.TreeDataProvider<PersonInsight> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  view?: vscode.TreeView<PersonInsight>;

  constructor(
    private readonly services: Services,
    private readonly evidence: EvidenceService
  ) {}

  refresh(): void {
    this.emitter.fire();
  }

  async getChildren(parent?: PersonInsight): Promise<PersonInsight[]> {
    if (parent) return [];
    const uri = this.services.journal.uri();
    if (!uri) return [];
    await this.evidence.refresh();
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch {
      return []; // no journal yet: nothing is due
    }
    const fallback = setting('cadence.default');
    const due = losingTouch(
      journalDocuments(this.services.context).parsed(document),
      this.evidence.people(),
      localIsoDate(),
      fallback
    );
    if (this.view) {
      this.view.badge = due.length
        ? {
            value: due.length,
            tooltip: `${due.length} accepted ${due.length === 1 ? 'person is' : 'people are'} past their cadence`
          }
        : undefined;
    }
    return due;
  }

  getTreeItem(insight: PersonInsight): vscode.TreeItem {
    const item = new vscode.TreeItem(insight.entry.name || '(unnamed)');
    const w = insight.warmth;
    item.description = `${insight.due!.pastMax ? 'past max · ' : ''}${w.band} ${w.score}`;
    item.tooltip = `${insight.due!.why}\nWarmth ${w.score} ${w.band}: ${w.reasons.join('; ')}`;
    item.iconPath = new vscode.ThemeIcon(
      insight.due!.pastMax ? 'warning' : 'clock',
      new vscode.ThemeColor(insight.due!.pastMax ? 'list.warningForeground' : 'descriptionForeground')
    );
    item.id = entryKey(insight.entry) ?? `line:${insight.entry.headingLine}`;
    const id = entryKey(insight.entry);
    if (id) item.command = { title: 'Reveal in journal', command: REVEAL_COMMAND, arguments: [id] };
    item.contextValue = insight.due!.pastMax ? 'pastMax' : 'due';
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export function registerLosingTouchView(services: Services): void {
  const evidence = services.evidence;
  if (!evidence) return;
  const provider = new LosingTouchProvider(services, evidence);
  const view = vscode.window.createTreeView(LOSING_TOUCH_VIEW, { treeDataProvider: provider });
  provider.view = view;
  services.context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(REVEAL_COMMAND, (id: string) => services.journal.open({ revealId: id })),
    services.journal.onDidChange(() => provider.refresh()),
    evidence.onDidChange(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('deliberate.cadence.default')) provider.refresh();
    })
  );
}
