/** The Show Network picture in headless Chromium with its real CSP: drawing, legend, list, click, hostile text. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { buildNetworkHtml } from '../../src/network/panelHtml';
import { createNonce } from '../../src/sidebar/html';
import { launch } from './page';

const ORIGIN = 'https://webview.test';
const root = join(__dirname, '..', '..');

async function openNetworkView(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const nonce = createNonce();
  const html = buildNetworkHtml({
    cspSource: ORIGIN,
    nonce,
    scriptUri: `${ORIGIN}/dist/network.js`,
    styleUri: `${ORIGIN}/media/network.css`
  });
  const stub = `<script nonce="${nonce}">
    window.__posted = []; window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))) });
  </script>`;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/index.html`) {
      return route.fulfill({ contentType: 'text/html', body: html.replace('<body>', `<body>${stub}`) });
    }
    if (url === `${ORIGIN}/dist/network.js`) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(root, 'dist', 'network.js')) });
    }
    if (url === `${ORIGIN}/media/network.css`) {
      return route.fulfill({ contentType: 'text/css', body: readFileSync(join(root, 'media', 'network.css')) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready')
  );
  return page;
}

const GRAPH = {
  type: 'graph',
  requestId: 1,
  center: 'cy',
  nodes: [
    { id: 'cy', name: 'Cy Ode', status: 'new', hop: 0, known: false, warmth: null },
    { id: 'bo', name: 'Bo Chen', status: 'accepted', hop: 1, known: true, warmth: 'strong' },
    { id: 'ana', name: '<img src=x onerror=alert(1)>', status: 'accepted', hop: 1, known: true, warmth: 'light' },
    { id: 'eve', name: 'Eve Ray', status: null, hop: 2, known: false, warmth: null }
  ],
  edges: [
    { source: 'bo', target: 'cy', kind: 'knows' },
    { source: 'ana', target: 'cy', kind: 'via' },
    { source: 'bo', target: 'eve', kind: 'follows' }
  ],
  omitted: 3
};

describe('network picture (Show Network)', () => {
  let browser: Browser;
  before(async function () {
    this.timeout(120_000);
    await esbuild.build({
      entryPoints: ['src/webview/network/main.ts'],
      outfile: 'dist/network.js',
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      logLevel: 'warning'
    });
    browser = await launch();
  });
  after(async () => browser?.close());

  it('draws every node and edge with status, warmth and kind classes, a legend and a list', async () => {
    const page = await openNetworkView(browser);
    await page.evaluate((m) => window.postMessage(m, '*'), GRAPH);
    await page.waitForSelector('body[data-rendered="1"]');
    assert.equal(await page.locator('svg.network-picture g.node').count(), 4);
    assert.equal(await page.locator('svg.network-picture line.edge').count(), 3);
    assert.equal(await page.locator('line.edge-follows').count(), 1);
    assert.equal(await page.locator('g.node.status-accepted.warmth-strong').count(), 1);
    assert.equal(await page.locator('.network-legend li').count(), 6);
    assert.deepEqual(await page.locator('#network-list button').allTextContents(), [
      'Cy Ode',
      'Bo Chen',
      '<img src=x onerror=alert(1)>',
      'Eve Ray'
    ]);
    assert.match(
      (await page.locator('#network-status').textContent()) ?? '',
      /3 people within two hops, 3 more not drawn/
    );
    assert.equal(await page.locator('img').count(), 0, 'hostile names stay text');
    // Laid out, not piled up: nodes have distinct positions.
    const transforms = await page.locator('g.node').evaluateAll((els) => els.map((e) => e.getAttribute('transform')));
    assert.equal(new Set(transforms).size, 4);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), []);
    await page.close();
  });

  it('a click on a node or a list button asks the host to open that person; Enter works on the list', async () => {
    const page = await openNetworkView(browser);
    await page.evaluate((m) => window.postMessage(m, '*'), GRAPH);
    await page.waitForSelector('body[data-rendered="1"]');
    await page.locator('g.node[data-id="bo"] circle').click();
    await page.locator('#network-list button[data-id="eve"]').focus();
    await page.keyboard.press('Enter');
    const posted = await page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted);
    assert.deepEqual(
      posted.filter((m) => (m as { type: string }).type === 'open'),
      [
        { type: 'open', id: 'bo' },
        { type: 'open', id: 'eve' }
      ]
    );
    await page.close();
  });

  it('rejects a malformed host message and reports it instead of drawing', async () => {
    const page = await openNetworkView(browser);
    await page.evaluate(() => window.postMessage({ type: 'graph', nodes: 'nope' }, '*'));
    await page.waitForFunction(() =>
      (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'error')
    );
    assert.equal(await page.locator('svg').count(), 0);
    await page.close();
  });
});
