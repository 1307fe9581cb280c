/**
 * The person panel's HTML. Pure (no vscode) so its Content-Security-Policy is tested in Node:
 * the same policy as the sidebar (our nonce'd bundle, our stylesheet, no network, no remote
 * images), a fresh nonce per render.
 */
import { contentSecurityPolicy } from '../node/webview/csp';

export { createNonce } from '../node/webview/csp';

export interface PersonPanelHtmlOptions {
  cspSource: string;
  /** webview.asWebviewUri(dist/person.js) */
  scriptUri: string;
  /** webview.asWebviewUri(media/person.css) */
  styleUri: string;
  nonce: string;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildPersonPanelHtml(options: PersonPanelHtmlOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>Deliberate person</title>
</head>
<body>
<noscript>The Deliberate person panel needs scripts enabled in webviews.</noscript>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>`;
}
