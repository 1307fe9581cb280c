/** The Show Network panel's HTML; pure (no vscode) so the webview test serves exactly this page. */
import { contentSecurityPolicy } from '../node/webview/csp';

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildNetworkHtml(options: {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
}): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>Network</title>
</head>
<body>
<noscript>The network picture needs scripts enabled in webviews.</noscript>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>`;
}
