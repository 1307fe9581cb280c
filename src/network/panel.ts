/**
 * Deliberate: Show Network: one editor WebviewPanel drawing a person's one- and two-hop network
 * (dist/network.js, its own bundle, loaded only here). Same CSP discipline as the sidebar: a
 * fresh nonce per render, no remote content, no command URIs; every view message is validated.
 */
import * as vscode from 'vscode';
import { bandOf, neighbourhood } from '../core/network';
import { networkViewMessageSchema, type NetworkHostMessage } from '../shared/networkViewProtocol';
import { createNonce } from '../node/webview/csp';
import { buildNetworkHtml } from './panelHtml';
import type { Services } from '../services';
import type { NetworkService } from './service';

export const NETWORK_PANEL_TYPE = 'deliberate.network';
/** Largest picture drawn; the view says how many more were left out. */
const MAX_NODES = 500;

export class NetworkPanel implements vscode.Disposable {
  private static current: NetworkPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private personId: string;
  private requestId = 0;

  static show(services: Services, network: NetworkService, personId: string): NetworkPanel {
    if (NetworkPanel.current) {
      NetworkPanel.current.personId = personId;
      NetworkPanel.current.panel.reveal();
      void NetworkPanel.current.push();
      return NetworkPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(NETWORK_PANEL_TYPE, 'Network', vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [
        vscode.Uri.joinPath(services.context.extensionUri, 'dist'),
        vscode.Uri.joinPath(services.context.extensionUri, 'media')
      ]
    });
    NetworkPanel.current = new NetworkPanel(panel, services, network, personId);
    services.context.subscriptions.push(NetworkPanel.current);
    return NetworkPanel.current;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
    private readonly network: NetworkService,
    personId: string
  ) {
    this.personId = personId;
    const webview = panel.webview;
    const nonce = createNonce();
    const uri = (...parts: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(services.context.extensionUri, ...parts)).toString();
    webview.html = buildNetworkHtml({
      cspSource: webview.cspSource,
      nonce,
      scriptUri: uri('dist', 'network.js'),
      styleUri: uri('media', 'network.css')
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      network.onDidChange(() => void this.push())
    );
  }

  private onMessage(raw: unknown): void {
    const parsed = networkViewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.services.log.warn('network view: rejected a message from the webview');
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      this.ready = true;
      void this.push();
    } else if (message.type === 'open') {
      this.services.people.select(message.id);
    } else {
      this.services.log.error(`network view: ${message.message}`);
    }
  }

  private async push(): Promise<void> {
    if (!this.ready) return;
    const loaded = await this.network.load();
    if (!loaded) return;
    const graph = neighbourhood(loaded.network, this.personId, MAX_NODES);
    const center = graph.nodes[0];
    this.panel.title = `Network: ${center?.name ?? this.personId}`;
    const warmth = this.network.warmth;
    const message: NetworkHostMessage = {
      type: 'graph',
      requestId: ++this.requestId,
      center: center?.id ?? this.personId,
      nodes: graph.nodes.map((node) => {
        const score = node.known ? warmth?.(node.id) : undefined;
        return { ...node, name: node.name.slice(0, 2_000), warmth: score === undefined ? null : bandOf(score) };
      }),
      edges: graph.edges,
      omitted: graph.omitted
    };
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (NetworkPanel.current === this) NetworkPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
