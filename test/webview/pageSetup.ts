/**
 * The one webview page setup shared by the webview tests (test/webview/page.ts) and the bench
 * (bench/metrics/webviewPage.ts): the host's own HTML builder (so the real CSP applies), served
 * from a fake origin by Playwright routing, with a nonce'd stub of acquireVsCodeApi that records
 * posted messages and state, and records CSP violations. Resolves once the bundle said `ready`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildWebviewHtml, createNonce } from '../../src/sidebar/html';

export const WEBVIEW_ORIGIN = 'https://webview.test';
const repoRoot = join(__dirname, '..', '..');

export interface WebviewPageOptions {
  /** Folder holding webview.js (dist/, or the bench's production copy). */
  distDir: string;
  /** What getState returns at start. */
  state?: unknown;
  height?: number;
  /** Every URL the page requested, in order (tests check that nothing remote is asked for). */
  requests?: string[];
}

export async function openWebviewPage(browser: Browser, options: WebviewPageOptions): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: options.height ?? 800 } });
  const nonce = createNonce();
  const html = buildWebviewHtml({
    cspSource: WEBVIEW_ORIGIN,
    nonce,
    scriptUri: `${WEBVIEW_ORIGIN}/dist/webview.js`,
    styleUri: `${WEBVIEW_ORIGIN}/media/webview.css`
  });
  const stub = `<script nonce="${nonce}">
    window.__posted = []; window.__state = ${JSON.stringify(options.state ?? null)}; window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))), getState: () => window.__state, setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); } });
  </script>`;
  // Read once per page, before routing: a rebuild during a run must not mix bundles.
  const script = readFileSync(join(options.distDir, 'webview.js'));
  const style = readFileSync(join(repoRoot, 'media', 'webview.css'));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    options.requests?.push(url);
    if (url === `${WEBVIEW_ORIGIN}/index.html`) {
      return route.fulfill({ contentType: 'text/html', body: html.replace('<body>', `<body>${stub}`) });
    }
    if (url === `${WEBVIEW_ORIGIN}/dist/webview.js`) {
      return route.fulfill({ contentType: 'text/javascript', body: script });
    }
    if (url === `${WEBVIEW_ORIGIN}/media/webview.css`) return route.fulfill({ contentType: 'text/css', body: style });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${WEBVIEW_ORIGIN}/index.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready')
  );
  return page;
}
