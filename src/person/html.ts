/**
 * The person panel's HTML. Pure (no vscode) so its Content-Security-Policy is tested in Node:
 * the same policy as the sidebar (our nonce'd bundle, our stylesheet, no network, no remote
 * images), a fresh nonce per render.
 */
import { buildWebviewPage } from '../node/webview/csp';

export { createNonce } from '../node/webview/csp';

export interface PersonPanelHtmlOptions {
  cspSource: string;
  /** webview.asWebviewUri(dist/person.js) */
  scriptUri: string;
  /** webview.asWebviewUri(media/person.css) */
  styleUri: string;
  nonce: string;
}

export function buildPersonPanelHtml(options: PersonPanelHtmlOptions): string {
  return buildWebviewPage({
    ...options,
    title: 'Deliberate person',
    noScript: 'The Deliberate person panel needs scripts enabled in webviews.'
  });
}
