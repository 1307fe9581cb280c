/**
 * The webview page the bench drives, built like the sidebar's test page (test/webview/page.ts):
 * the host's own HTML builder (so the real CSP applies), served from a fake origin by Playwright
 * routing, with a nonce'd stub of acquireVsCodeApi that records posted messages. It serves the
 * bench's private production copy of webview.js, never whatever dist/ holds at that moment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildWebviewHtml, createNonce } from '../../src/sidebar/html';
import { PRODUCTION_DIST } from './bundle';

const ORIGIN = 'https://webview.test';
const repoRoot = join(__dirname, '..', '..');

export async function openBenchView(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const nonce = createNonce();
  const html = buildWebviewHtml({
    cspSource: ORIGIN,
    nonce,
    scriptUri: `${ORIGIN}/dist/webview.js`,
    styleUri: `${ORIGIN}/media/webview.css`
  });
  const stub = `<script nonce="${nonce}">
    window.__posted = [];
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))), getState: () => null, setState: () => {} });
  </script>`;
  const script = readFileSync(join(PRODUCTION_DIST, 'webview.js'));
  const style = readFileSync(join(repoRoot, 'media', 'webview.css'));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/index.html`) {
      return route.fulfill({ contentType: 'text/html', body: html.replace('<body>', `<body>${stub}`) });
    }
    if (url === `${ORIGIN}/dist/webview.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
    if (url === `${ORIGIN}/media/webview.css`) return route.fulfill({ contentType: 'text/css', body: style });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready')
  );
  return page;
}
