/** The Show Network panel's HTML; pure (no vscode) so the webview test serves exactly this page. */
import { buildWebviewPage } from '../node/webview/csp';

export function buildNetworkHtml(options: {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
}): string {
  return buildWebviewPage({
    ...options,
    title: 'Network',
    noScript: 'The network picture needs scripts enabled in webviews.'
  });
}
