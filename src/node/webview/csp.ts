/**
 * The Content-Security-Policy and nonce every Deliberate webview uses (the sidebar, the person
 * panel, the network picture). One place, so no panel can drift to a looser policy: exactly our
 * bundle (by nonce), our stylesheet and fonts from the extension, images only from the extension
 * (untrusted text can never beacon out through an <img>), and no network access (no connect-src).
 */
import { randomBytes } from 'node:crypto';

/** 128 bits from the OS CSPRNG, base64: a new one on every render. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ');
}

export interface WebviewPageOptions {
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(dist/<bundle>.js) as a string */
  scriptUri: string;
  /** webview.asWebviewUri(media/<sheet>.css) as a string */
  styleUri: string;
  /** Fresh for every render; see createNonce. */
  nonce: string;
  /** The document title and the sentence shown when scripts are off (plain text). */
  title: string;
  noScript: string;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The one page every webview loads: the policy above, our stylesheet, our nonce'd bundle, nothing else. */
export function buildWebviewPage(options: WebviewPageOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>${attr(options.title)}</title>
</head>
<body>
<noscript>${attr(options.noScript)}</noscript>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>`;
}
