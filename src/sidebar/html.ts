/**
 * Builds the webview's HTML. Pure (no vscode import) so the Content-Security-Policy can be
 * snapshot-tested in plain Node. The policy allows exactly our bundle (by nonce), our
 * stylesheet and fonts from the extension, images only from the extension (feed or model text
 * can never beacon out through an <img>), and no network access at all (no connect-src).
 */
import { contentSecurityPolicy, createNonce } from '../node/webview/csp';

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

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildWebviewHtml(options: WebviewHtmlOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>Deliberate connections</title>
</head>
<body>
<noscript>The Deliberate sidebar needs scripts enabled in webviews.</noscript>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>`;
}
