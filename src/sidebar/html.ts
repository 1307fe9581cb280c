/**
 * Builds the webview's HTML. Pure (no vscode import) so the Content-Security-Policy can be
 * snapshot-tested in plain Node. The policy allows exactly our bundle (by nonce), our
 * stylesheet and fonts from the extension, images only from the extension (feed or model text
 * can never beacon out through an <img>), and no network access at all (no connect-src).
 */
import { buildWebviewPage, contentSecurityPolicy, createNonce } from '../node/webview/csp';

export { contentSecurityPolicy, createNonce };

export interface WebviewHtmlOptions {
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(dist/webview.js) as a string */
  scriptUri: string;
  /** webview.asWebviewUri(media/webview.css) as a string */
  styleUri: string;
  /** Fresh for every render; see createNonce. */
  nonce: string;
}

export function buildWebviewHtml(options: WebviewHtmlOptions): string {
  return buildWebviewPage({
    ...options,
    title: 'Deliberate connections',
    noScript: 'The Deliberate sidebar needs scripts enabled in webviews.'
  });
}
