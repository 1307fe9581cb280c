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
