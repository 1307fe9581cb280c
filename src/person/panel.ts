/**
 * The person panel: one reusable WebviewPanel in the editor area that always shows the person
 * selected in the sidebar (or an empty state), titled with their name. It owns the handshake
 * (nothing is posted before 'ready'), validates every message, answers every request, and
 * restores itself after a reload through the serializer (see index.ts).
 */
import * as vscode from 'vscode';
import { localIsoDate } from '../core/types';
import { samePerson } from '../core/journal/identity';
import {
  parsePanelMessage,
  restorePanelState,
  type PanelHostMessage,
  type PanelRequest,
  type PersonModel
} from '../shared/personProtocol';
import type { Services } from '../services';
import { buildDetail, DraftForwarder, findRecord, type PeopleSnapshot } from '../sidebar';
import { deferDays } from '../journal';
import { buildPersonPanelHtml, createNonce } from './html';
import { handlePanelRequest, UndoLedger } from './requests';

/** What the panel needs from the people directory (the sidebar's SidebarPeopleDirectory has it). */
/** Draft states after which the checks have run. */
const FINISHED: ReadonlySet<string> = new Set(['done', 'incomplete', 'truncated']);

export interface PanelPeople {
  readonly onDidChange: vscode.Event<void>;
  readonly onDidChangeSelection: vscode.Event<string | undefined>;
  snapshot(): PeopleSnapshot;
  selected(): { id: string } | undefined;
  setSelected(id: string | undefined): void;
  select(id: string): void;
  /** Tells the sidebar to show a compact summary while the panel is open. */
  setPersonPanelOpen(open: boolean): void;
  find(id: string): import('../core/types').ConnectionEvent | undefined;
}

const EMPTY_TITLE = 'Deliberate: no one selected';

export class PersonPanelHost implements vscode.Disposable {
  static readonly viewType = 'deliberate.person';
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly drafts: DraftForwarder;
  readonly undos = new UndoLedger();

  constructor(
    private readonly services: Services,
    readonly people: PanelPeople
  ) {
    this.drafts = new DraftForwarder((message) => {
      if (message.type === 'draft') this.post({ type: 'draft', update: message.update ?? null });
    });
    this.disposables.push(
      this.drafts,
      people.onDidChange(() => this.pushShow()),
      people.onDidChangeSelection(() => this.pushShow()),
      services.drafts.onDidUpdate((update) => {
        this.drafts.push(update);
        // A finished draft's checks show beside it: re-post the person with the findings.
        if (update.findings && FINISHED.has(update.state)) this.pushShow();
      })
    );
  }

  /** For tests and the walkthrough: whether the panel exists and whom it shows. */
  shownId(): string | undefined {
    return this.panel ? this.people.selected()?.id : undefined;
  }

  /** Shows the panel for a person (selecting them in the list too), or for the current selection. */
  open(id?: string): void {
    if (id !== undefined && id !== this.people.selected()?.id) this.people.select(id);
    if (this.panel) {
      this.panel.reveal(undefined, false);
      this.pushShow();
      return;
    }
    const { extensionUri } = this.services.context;
    const panel = vscode.window.createWebviewPanel(
      PersonPanelHost.viewType,
      EMPTY_TITLE,
      { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
      {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')]
      }
    );
    this.adopt(panel);
  }

  /** Takes over a new or restored panel. A restored one reselects the person it showed if nothing is selected. */
  adopt(panel: vscode.WebviewPanel, restoredState?: unknown): void {
    for (const d of this.panelDisposables) d.dispose();
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    const { extensionUri } = this.services.context;
    const webview = panel.webview;
    webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')]
    };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'deliberate.svg');
    webview.html = buildPersonPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'person.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'person.css')).toString()
    });
    const restoredId = restorePanelState(restoredState).personId;
    if (restoredId && !this.people.selected() && this.people.find(restoredId)) this.people.setSelected(restoredId);
    this.panelDisposables = [
      webview.onDidReceiveMessage((raw) => this.receive(raw)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.people.setPersonPanelOpen(false);
        this.ready = false;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      })
    ];
    this.people.setPersonPanelOpen(true);
    this.updateTitle();
  }

  post(message: PanelHostMessage): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const parsed = parsePanelMessage(raw);
    if (!parsed.ok) {
      this.services.log.warn(`person panel: rejected a webview message (${parsed.reason})`);
      return;
    }
    const message = parsed.message;
    if (message.type === 'ready') {
      this.ready = true;
      this.pushShow();
      this.drafts.replay();
      return;
    }
    if (message.type === 'error') {
      this.services.log.error(`person panel webview: ${message.message}`);
      return;
    }
    void this.answer(message.requestId, message.request);
  }

  private async answer(requestId: string, request: PanelRequest): Promise<void> {
    try {
      await handlePanelRequest(request, this);
      this.post({ type: 'response', requestId, ok: true });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.services.log.error(`person panel: ${request.type} failed: ${text}`);
      this.post({ type: 'response', requestId, ok: false, error: text.slice(0, 20_000) });
      // The truth again, in case the panel changed something optimistically.
      this.pushShow();
    }
  }

  get log(): vscode.LogOutputChannel {
    return this.services.log;
  }

  private pushes = 0;

  get servicesForRequests(): Services {
    return this.services;
  }

  /** The selected person's model, or null (empty state) when no one is selected or they left the list. */
  model(): PersonModel | null {
    const id = this.people.selected()?.id;
    const record = id ? findRecord(this.people.snapshot(), id) : undefined;
    if (!id || !record) return null;
    const warmth = this.services.evidence?.warmthFor({
      id,
      link: record.journal?.link ?? record.event.link ?? undefined,
      decided: record.journal?.decided,
      log: record.journal?.log ?? []
    });
    const detail = buildDetail(id, record, warmth);
    return { ...detail, warmth: detail.warmth ?? undefined, findings: this.findingsFor(id) };
  }

  /** The checks of the last finished draft, when it was for this person (never another's). */
  private findingsFor(id: string): PersonModel['findings'] {
    const draft = this.services.drafts.current();
    if (!draft?.findings || !FINISHED.has(draft.state) || !samePerson(draft.personId, id)) return undefined;
    return draft.findings.slice(0, 100).map(({ code, severity, message }) => ({ code, severity, message }));
  }

  /**
   * Posts the selected person; the network part (questions 5 and 6) follows when the store has
   * loaded. A newer push supersedes an older one still waiting for the network.
   */
  pushShow(): void {
    this.updateTitle();
    if (!this.panel || !this.ready) return;
    const push = ++this.pushes;
    const person = this.model();
    const show = (model: PersonModel | null) =>
      this.post({ type: 'show', person: model, today: localIsoDate(), deferDays: deferDays() });
    show(person);
    if (!person || !this.services.network) return;
    void this.services.network
      .personNetwork(person.id)
      .then((summary) => {
        if (!summary || push !== this.pushes || !this.panel) return;
        show({
          ...person,
          network: {
            knows: summary.knownBy.slice(0, 500).map((k) => ({ id: k.id, name: k.name, kind: k.kind })),
            introPaths: summary.paths.slice(0, 50).map((p) => ({ path: p.path.map((n) => n.name), band: p.band }))
          }
        });
      })
      .catch((error: unknown) => this.services.log.warn(`person panel: network for ${person.id}: ${String(error)}`));
  }

  private updateTitle(): void {
    if (!this.panel) return;
    const id = this.people.selected()?.id;
    const name = id ? findRecord(this.people.snapshot(), id)?.item.name : undefined;
    const title = name ? name.slice(0, 80) : EMPTY_TITLE;
    if (this.panel.title !== title) this.panel.title = title;
  }

  dispose(): void {
    for (const d of [...this.disposables, ...this.panelDisposables]) d.dispose();
    this.panel?.dispose();
  }
}
