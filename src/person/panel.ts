/**
 * A person panel: a WebviewPanel in the editor area that shows the person selected in the
 * sidebar (or an empty state) until pinned, titled with their name. It owns the handshake
 * (nothing is posted before 'ready'), validates every message, answers every request, and
 * restores itself after a reload through the serializer (see index.ts and panels.ts).
 */
import * as vscode from 'vscode';
import { localIsoDate } from '../core/types';
import {
  parsePanelMessage,
  restorePanelState,
  type PanelHostMessage,
  type PanelRequest,
  type PersonModel
} from '../shared/personProtocol';
import type { Services } from '../services';
import { detailWithWarmth, DraftForwarder, findRecord, type PeopleSnapshot } from '../sidebar';
import { samePerson } from '../core/journal/identity';

import { deferDays } from '../journal';
import { buildPersonPanelHtml, createNonce } from './html';
import { handlePanelRequest, UndoLedger } from './requests';

/** Draft states after which the checks have run. */
const FINISHED: ReadonlySet<string> = new Set(['done', 'incomplete', 'truncated']);

/** What the panel needs from the people directory (the sidebar's SidebarPeopleDirectory has it). */
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
/** Marks a pinned panel's tab (tab titles cannot show codicons). */
export const PIN_MARKER = '📌';
const PINNED_GONE_TITLE = 'Deliberate: pinned person no longer listed';

/**
 * One person panel. A panel follows the sidebar's selection until it is pinned; a pinned panel
 * keeps its person (still updating when their entry changes, the empty state once they are gone).
 */
export class PersonPanel implements vscode.Disposable {
  private ready = false;
  private pinnedId: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly drafts: DraftForwarder;
  readonly undos = new UndoLedger();

  /** A restored panel reselects the person it showed if nothing is selected, or comes back pinned. */
  constructor(
    private readonly services: Services,
    readonly people: PanelPeople,
    readonly panel: vscode.WebviewPanel,
    restoredState: unknown,
    private readonly onPinChange: (panel: PersonPanel) => void,
    onDispose: (panel: PersonPanel) => void
  ) {
    const { extensionUri } = services.context;
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
    const restored = restorePanelState(restoredState);
    if (restored.pinnedId) this.pinnedId = restored.pinnedId;
    else if (restored.personId && !people.selected() && people.find(restored.personId)) {
      people.setSelected(restored.personId);
    }
    this.drafts = new DraftForwarder((message) => {
      if (message.type === 'draft') this.post({ type: 'draft', update: message.update ?? null });
    });
    this.disposables.push(
      this.drafts,
      people.onDidChange(() => this.pushShow()),
      people.onDidChangeSelection(() => {
        if (!this.pinnedId) this.pushShow();
      }),
      services.drafts.onDidUpdate((update) => {
        this.drafts.push(update);
        // A finished draft's checks show beside it: re-post the person with the findings.
        if (update.findings && FINISHED.has(update.state)) this.pushShow();
      }),
      webview.onDidReceiveMessage((raw) => this.receive(raw)),
      panel.onDidDispose(() => {
        this.ready = false;
        for (const d of this.disposables) d.dispose();
        this.disposables.length = 0;
        onDispose(this);
      })
    );
    this.updateTitle();
  }

  get pinned(): boolean {
    return this.pinnedId !== undefined;
  }

  /** Whom this panel shows: its pinned person, else the sidebar's selection. */
  shownId(): string | undefined {
    return this.pinnedId ?? this.people.selected()?.id;
  }

  /** Pins the panel to the person it shows now, or lets it follow the selection again. */
  setPinned(pinned: boolean): void {
    if (pinned === this.pinned) return;
    if (pinned) {
      const id = this.shownId();
      if (!id || !findRecord(this.people.snapshot(), id)) {
        this.post({ type: 'notice', text: 'Select a person first: only a panel showing someone can be pinned.' });
        return;
      }
      this.pinnedId = id;
    } else {
      this.pinnedId = undefined;
    }
    this.pushShow();
    this.onPinChange(this);
  }

  post(message: PanelHostMessage): void {
    if (this.ready) void this.panel.webview.postMessage(message);
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
    if (message.request.type === 'pin') {
      this.setPinned(message.request.pinned);
      this.post({ type: 'response', requestId: message.requestId, ok: true });
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

  /** The shown person's model, or null (empty state) when no one is selected or they left the list. */
  model(): PersonModel | null {
    const id = this.shownId();
    const record = id ? findRecord(this.people.snapshot(), id) : undefined;
    if (!id || !record) return null;
    const detail = detailWithWarmth(id, record, this.services.evidence);
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
    if (!this.ready) return;
    const push = ++this.pushes;
    const person = this.model();
    const show = (model: PersonModel | null) =>
      this.post({
        type: 'show',
        person: model,
        today: localIsoDate(),
        deferDays: deferDays(),
        pinnedId: this.pinnedId ?? null
      });
    show(person);
    if (!person || !this.services.network) return;
    void this.services.network
      .personNetwork(person.id)
      .then((summary) => {
        if (!summary || push !== this.pushes || !this.ready) return;
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
    const id = this.shownId();
    const name = id ? findRecord(this.people.snapshot(), id)?.item.name : undefined;
    const title = this.pinnedId
      ? `${PIN_MARKER} ${name ? name.slice(0, 80) : PINNED_GONE_TITLE}`
      : name
        ? name.slice(0, 80)
        : EMPTY_TITLE;
    if (this.panel.title !== title) this.panel.title = title;
  }

  dispose(): void {
    this.panel.dispose();
  }
}
