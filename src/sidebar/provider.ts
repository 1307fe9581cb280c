/**
 * The `deliberate.connections` webview view. It owns the handshake (posts wait until the
 * webview says 'ready'), validates every incoming message, sends the full people list once
 * and then only patches, and forwards user actions to the journal, feeds and drafts services.
 */
import * as vscode from 'vscode';
import { reportError } from '../reporting';
import { localIsoDate } from '../core/types';
import {
  packPeople,
  parseWebviewMessage,
  type HostMessageWire,
  type PersonDetail,
  type WebviewMessage
} from '../shared/protocol';
import type { Services } from '../services';
import { buildWebviewHtml, createNonce } from './html';
import { handleWebviewMessage } from './actions';
import type { SidebarPeopleDirectory } from './people';
import { diffSnapshots, findRecord, type PeopleSnapshot } from './snapshot';
import { detailWithWarmth } from './detail';
import { DraftForwarder } from './draftForwarder';
import { postPersonNetwork } from './networkDetail';
import { deferDays } from '../journal';

/** Beyond this many changed rows a full init is cheaper than a patch. */
const PATCH_LIMIT = 5_000;

export interface ViewDiagnostics {
  resolved: number;
  ready: boolean;
  initsPosted: number;
  patchesPosted: number;
  rejected: number;
  lastPeopleCount: number;
  /** The inbox count last shown as the view badge (and in the status bar). */
  badge: number | undefined;
}

export class ConnectionsViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'deliberate.connections';
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private queue: HostMessageWire[] = [];
  private sent: PeopleSnapshot | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private viewDisposables: vscode.Disposable[] = [];
  private readonly drafts: DraftForwarder;
  private fetchedOnce = false;
  readonly diagnostics: ViewDiagnostics = {
    resolved: 0,
    ready: false,
    initsPosted: 0,
    patchesPosted: 0,
    rejected: 0,
    lastPeopleCount: 0,
    badge: undefined
  };

  constructor(
    private readonly services: Services,
    private readonly people: SidebarPeopleDirectory
  ) {
    this.drafts = new DraftForwarder((message) => this.post(message));
    this.disposables.push(
      this.drafts,
      people.onDidChange(() => this.pushData()),
      services.feeds.onDidChange(() => this.post(this.feedsMessage())),
      services.drafts.onDidUpdate((update) => this.drafts.push(update)),
      people.onDidChangePersonPanel((open) => this.post({ type: 'layout', personPanelOpen: open }))
    );
    const network = services.network;
    if (network) {
      this.disposables.push(
        network.onDidChange(() => {
          const id = this.people.selected()?.id;
          if (id) void postPersonNetwork(network, id, (m) => this.post(m));
        })
      );
    }
  }

  isVisible(): boolean {
    return this.view?.visible ?? false;
  }

  reveal(id: string): void {
    this.post({ type: 'select', id });
    if (this.view) this.view.show(true);
    else void vscode.commands.executeCommand(`${ConnectionsViewProvider.viewId}.focus`);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.diagnostics.resolved++;
    for (const d of this.viewDisposables) d.dispose();
    this.view = view;
    this.ready = false;
    this.diagnostics.ready = false;
    this.sent = undefined;
    const { extensionUri } = this.services.context;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')]
    };
    webview.html = buildWebviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview.css')).toString()
    });
    this.viewDisposables = [
      webview.onDidReceiveMessage((raw) => this.receive(raw)),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
        this.ready = false;
      })
    ];
    this.updateBadge();
    if (!this.fetchedOnce && this.services.feeds.statuses().every((s) => !s.lastFetch && !s.loading)) {
      this.fetchedOnce = true;
      void this.services.feeds.refresh();
    }
  }

  /** Posts now if the webview is ready, else queues; data messages collapse into the next init. */
  post(message: HostMessageWire): void {
    if (!this.view) return;
    if (!this.ready) {
      if (message.type !== 'init' && message.type !== 'patch' && message.type !== 'feeds') this.queue.push(message);
      return;
    }
    void this.view.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.diagnostics.rejected++;
      this.services.log.warn(`sidebar: rejected a webview message (${parsed.reason})`);
      return;
    }
    const message: WebviewMessage = parsed.message;
    if (message.type === 'ready') return this.onReady();
    void handleWebviewMessage(message, { services: this.services, people: this.people, provider: this }).catch(
      (error: unknown) => {
        // Once: a failed journal write was already shown by the store (a ReportedError).
        const text = reportError(this.services.log, `sidebar: ${message.type}`, error);
        this.post({ type: 'announce', text: `Failed: ${text}`.slice(0, 500) });
        // Undo the webview's optimistic change by re-sending the truth.
        this.sent = undefined;
        this.pushData();
      }
    );
  }

  private onReady(): void {
    this.ready = true;
    this.diagnostics.ready = true;
    this.sent = undefined;
    this.pushData();
    const queued = this.queue;
    this.queue = [];
    for (const message of queued) this.post(message);
    // Without retainContextWhenHidden the page reloads each time it is shown, and posts sent
    // while it was hidden were dropped: re-sync the selection the host knows about.
    const selected = this.people.selected();
    if (selected && !queued.some((m) => m.type === 'select')) this.post({ type: 'select', id: selected.id });
    if (this.people.isPersonPanelOpen()) this.post({ type: 'layout', personPanelOpen: true });
    this.drafts.replay();
  }

  private feedsMessage(): HostMessageWire {
    const statuses = this.services.feeds.statuses();
    return { type: 'feeds', feeds: statuses.map((s) => ({ ...s })), loading: statuses.some((s) => s.loading) };
  }

  /** Sends the people: a full init the first time after 'ready', then the smallest patch. */
  pushData(): void {
    this.updateBadge();
    if (this.view) {
      // A journal that cannot be read is said in the view's header, never shown as an empty list silently.
      const problem = this.services.journal.locationError();
      this.view.description = problem ? `⚠ ${problem.slice(0, 120)}` : undefined;
    }
    if (!this.view || !this.ready) return;
    const snapshot = this.people.snapshot();
    const today = localIsoDate();
    this.diagnostics.lastPeopleCount = snapshot.items.length;
    const diff = this.sent ? diffSnapshots(this.sent, snapshot) : undefined;
    if (!diff || diff.upsert.length + diff.remove.length > PATCH_LIMIT) {
      const feeds = this.feedsMessage();
      this.post({
        type: 'init',
        people: packPeople(snapshot.items),
        bursts: snapshot.bursts,
        feeds: feeds.type === 'feeds' ? feeds.feeds : [],
        today,
        loading: feeds.type === 'feeds' && feeds.loading,
        hasWorkspace: (vscode.workspace.workspaceFolders?.length ?? 0) > 0,
        deferDays: deferDays()
      });
      this.diagnostics.initsPosted++;
    } else if (diff.upsert.length || diff.remove.length || diff.burstsChanged) {
      this.post({
        type: 'patch',
        upsert: packPeople(diff.upsert),
        remove: diff.remove,
        bursts: diff.burstsChanged ? snapshot.bursts : undefined,
        today
      });
      this.diagnostics.patchesPosted++;
    }
    this.sent = snapshot;
    this.postDetail();
  }

  /** Sends the selected person's full detail (answers, draft, log). */
  postDetail(): void {
    const id = this.people.selected()?.id;
    this.post({ type: 'detail', detail: id ? this.detailFor(id) : null });
    if (id && this.services.network) void postPersonNetwork(this.services.network, id, (m) => this.post(m));
  }

  private detailFor(id: string): PersonDetail | null {
    const record = findRecord(this.people.snapshot(), id);
    if (!record) return null;
    return detailWithWarmth(id, record, this.services.evidence);
  }

  private updateBadge(): void {
    this.onCount?.();
  }

  /** Set by the status bar so the badge and the status item share one count. */
  onCount: (() => void) | undefined;

  setBadge(count: number): void {
    this.diagnostics.badge = count;
    if (this.view) {
      this.view.badge =
        count > 0
          ? {
              value: count,
              tooltip: `${count} ${count === 1 ? 'person waits' : 'people wait'} in your Deliberate inbox`
            }
          : undefined;
    }
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.viewDisposables]) d.dispose();
  }
}
