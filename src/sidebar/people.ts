/**
 * The PeopleDirectory: everyone the user can act on, merged lazily from the feeds and the
 * journal. Nothing is read at activation; the first caller (the view, a command, the badge)
 * builds the snapshot, and change events from either source invalidate it.
 */
import * as vscode from 'vscode';
import { onDidChangeSettings, setting } from '../config/settings';
import type { ConnectionEvent } from '../core/types';
import type { FeedService, JournalStore, PeopleDirectory } from '../services';
import { buildSnapshot, findRecord, type PeopleSnapshot } from './snapshot';
import { canonicalId, samePerson } from '../core/journal/identity';
import { localIsoDate } from '../core/types';
import type { EvidenceService } from '../relationships';
import { fillWarmth } from './warmth';

/** Coalesces bursts of change events (typing in the journal) into one rebuild. */
const CHANGE_DEBOUNCE_MS = 150;
const MAX_KNOWN = 100_000;

/** What the directory needs from the sidebar view, attached once the view is registered. */
export interface SidebarViewHandle {
  isVisible(): boolean;
  reveal(id: string): void;
  readonly diagnostics: object;
}

export class SidebarPeopleDirectory implements PeopleDirectory, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  /** Fires when the selected person changes (the person panel follows it). */
  private readonly selectionEmitter = new vscode.EventEmitter<string | undefined>();
  readonly onDidChangeSelection = this.selectionEmitter.event;
  /** Whether the person panel is open (set by src/person; the sidebar shows a summary then). */
  private panelOpen = false;
  private readonly panelEmitter = new vscode.EventEmitter<boolean>();
  readonly onDidChangePersonPanel = this.panelEmitter.event;
  private snapshotCache: PeopleSnapshot | undefined;
  private selectedId: string | undefined;
  private view: SidebarViewHandle | undefined;
  private evidence: EvidenceService | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Feed events seen this session; see buildSnapshot's `known`. Memory only, bounded. */
  private readonly known = new Map<string, ConnectionEvent>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    readonly feeds: FeedService,
    readonly journal: JournalStore
  ) {
    const invalidate = () => this.invalidate();
    this.disposables.push(
      feeds.onDidChange(invalidate),
      journal.onDidChange(invalidate),
      this.emitter,
      this.selectionEmitter
    );
    this.disposables.push(
      onDidChangeSettings((change) => {
        if (change.affects('burstThreshold', 'burstWindowMinutes')) invalidate();
      })
    );
  }

  attachView(view: SidebarViewHandle): void {
    this.view = view;
  }

  /** Rows carry warmth from this evidence, and are rebuilt when it changes (after an import). */
  attachEvidence(evidence: EvidenceService): void {
    this.evidence = evidence;
    this.disposables.push(evidence.onDidChange(() => this.invalidate()));
  }

  /** The merged people; rebuilt only after a change. */
  snapshot(): PeopleSnapshot {
    if (!this.snapshotCache) {
      const started = performance.now();
      const events = this.feeds.events();
      if (this.known.size + events.length > MAX_KNOWN) this.known.clear();
      for (const event of events) this.known.set(canonicalId(event.id), event);
      this.snapshotCache = buildSnapshot(
        events,
        this.journal.people(),
        {
          threshold: setting('burstThreshold'),
          windowMinutes: setting('burstWindowMinutes')
        },
        this.known
      );
      if (this.evidence) {
        fillWarmth(this.snapshotCache.byId.values(), this.evidence.people(), localIsoDate());
        // Loads the evidence file on first use (a stat when unchanged); a change fires and rebuilds the rows.
        void this.evidence.refresh();
      }
      this.log.trace(
        `sidebar: merged ${this.snapshotCache.items.length} people in ${(performance.now() - started).toFixed(1)} ms`
      );
    }
    return this.snapshotCache;
  }

  private invalidate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.snapshotCache = undefined;
      this.emitter.fire();
    }, CHANGE_DEBOUNCE_MS);
  }

  all(): readonly ConnectionEvent[] {
    const { items, byId } = this.snapshot();
    return items.map((item) => byId.get(item.id)!.event);
  }

  find(id: string): ConnectionEvent | undefined {
    return findRecord(this.snapshot(), id)?.event;
  }

  selected(): ConnectionEvent | undefined {
    return this.selectedId === undefined ? undefined : this.find(this.selectedId);
  }

  /** Called by the view when the user selects someone. */
  setSelected(id: string | undefined): void {
    if (this.selectedId === id) return;
    this.selectedId = id;
    this.selectionEmitter.fire(id);
  }

  isPersonPanelOpen(): boolean {
    return this.panelOpen;
  }

  setPersonPanelOpen(open: boolean): void {
    if (this.panelOpen === open) return;
    this.panelOpen = open;
    this.panelEmitter.fire(open);
  }

  async pick(placeHolder: string): Promise<ConnectionEvent | undefined> {
    const current = this.selected();
    // A selection only counts while the user can see it: a palette command must never act on
    // someone highlighted in a sidebar that was closed hours ago. Then it is offered first.
    if (current && this.isSidebarVisible()) return current;
    const { items, byId } = this.snapshot();
    // Undecided people first: that is who a palette command is almost always about.
    const rank = (id: string, status: string) =>
      current && samePerson(id, current.id) ? -1 : Number(status !== 'new');
    const ordered = [...items].sort((a, b) => rank(a.id, a.status) - rank(b.id, b.status));
    const picks = ordered.map((item) => ({
      label: item.name,
      description: [item.via ? `via ${item.via}` : '', item.source].filter(Boolean).join(' · '),
      detail:
        item.status === 'new'
          ? item.headline || undefined
          : `${item.status}${item.headline ? ` · ${item.headline}` : ''}`,
      id: item.id
    }));
    if (picks.length === 0) {
      void vscode.window.showInformationMessage(
        'Deliberate has no people yet. Add a feed or import your LinkedIn export first.'
      );
      return undefined;
    }
    const choice = await vscode.window.showQuickPick(picks, {
      placeHolder,
      matchOnDescription: true,
      matchOnDetail: true
    });
    return choice ? byId.get(choice.id)?.event : undefined;
  }

  /** For integration tests: whether the view resolved, got 'ready' and was sent data. */
  viewDiagnostics(): object | undefined {
    return this.view?.diagnostics;
  }

  isSidebarVisible(): boolean {
    return this.view?.isVisible() ?? false;
  }

  select(id: string): void {
    this.setSelected(id);
    if (this.view) this.view.reveal(id);
    else void vscode.commands.executeCommand('deliberate.connections.focus');
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
