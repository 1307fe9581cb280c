/**
 * A test page for the real webview bundle: the host-side HTML builder's output (so the real
 * CSP is enforced), served from a fake origin by Playwright routing, with a nonce'd stub of
 * acquireVsCodeApi that records posted messages and state. Tests talk to it like the host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWebviewHtml, createNonce } from '../../src/sidebar/html';
import { packPeople, type HostMessageWire, type PersonItem, type WebviewMessage } from '../../src/shared/protocol';

const ORIGIN = 'https://webview.test';
const root = join(__dirname, '..', '..');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.DELIBERATE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic'
    ]
  });
}

export interface ViewPage {
  page: Page;
  send(message: HostMessageWire | Record<string, unknown>): Promise<void>;
  posted(): Promise<WebviewMessage[]>;
  /** Waits until a posted message matches, returns it. */
  waitForPost(predicate: (m: WebviewMessage) => boolean, timeoutMs?: number): Promise<WebviewMessage>;
  state(): Promise<unknown>;
  cspViolations(): Promise<string[]>;
  requests: string[];
}

export async function openView(
  browser: Browser,
  options: { state?: unknown; height?: number } = {}
): Promise<ViewPage> {
  const page = await browser.newPage({ viewport: { width: 360, height: options.height ?? 800 } });
  const nonce = createNonce();
  const html = buildWebviewHtml({
    cspSource: ORIGIN,
    nonce,
    scriptUri: `${ORIGIN}/dist/webview.js`,
    styleUri: `${ORIGIN}/media/webview.css`
  });
  const stub = `<script nonce="${nonce}">
    window.__posted = []; window.__state = ${JSON.stringify(options.state ?? null)}; window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))), getState: () => window.__state, setState: (s) => { window.__state = JSON.parse(JSON.stringify(s)); } });
  </script>`;
  const requests: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === `${ORIGIN}/index.html`) {
      return route.fulfill({ contentType: 'text/html', body: html.replace('<body>', `<body>${stub}`) });
    }
    if (url === `${ORIGIN}/dist/webview.js`) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(root, 'dist', 'webview.js')) });
    }
    if (url === `${ORIGIN}/media/webview.css`) {
      return route.fulfill({ contentType: 'text/css', body: readFileSync(join(root, 'media', 'webview.css')) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready')
  );
  const view: ViewPage = {
    page,
    requests,
    async send(message) {
      await page.evaluate((m) => window.postMessage(m, '*'), message);
      // Two frames: the message handler, then any rAF-batched paint.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    },
    posted: () => page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted),
    async waitForPost(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = (await view.posted()).find(predicate);
        if (found) return found;
        await page.waitForTimeout(50);
      }
      throw new Error(`no matching message posted; got ${JSON.stringify(await view.posted()).slice(0, 500)}`);
    },
    state: () => page.evaluate(() => (window as unknown as { __state: unknown }).__state),
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
  };
  return view;
}

export function person(id: string, name: string, extra: Partial<PersonItem> = {}): PersonItem {
  return {
    id,
    name,
    via: 'Jeff Wolfe',
    source: 'Network',
    date: '2026-11-24T09:12:00Z',
    headline: `${name} headline`,
    link: `https://example.com/in/${id}`,
    tags: [],
    status: 'new',
    origin: 'feed',
    followUp: null,
    decided: null,
    ...extra
  };
}

export function init(
  people: PersonItem[],
  extra: Partial<Extract<HostMessageWire, { type: 'init' }>> = {}
): HostMessageWire {
  return {
    type: 'init',
    people: packPeople(people),
    bursts: [],
    feeds: [],
    today: '2026-11-25',
    loading: false,
    hasWorkspace: true,
    ...extra
  };
}

export function manyPeople(count: number): PersonItem[] {
  const start = Date.parse('2026-11-25T12:00:00Z');
  return Array.from({ length: count }, (_, i) =>
    person(`p${i}`, `Person ${i}`, {
      date: new Date(start - i * 7 * 60_000).toISOString(),
      via: `Connector ${i % 97}`,
      tags: i % 3 === 0 ? ['mentor'] : []
    })
  );
}

export function patch(upsert: PersonItem[], remove: string[] = []): HostMessageWire {
  return { type: 'patch', upsert: packPeople(upsert), remove, today: '2026-11-25' };
}

export function detailFor(
  p: PersonItem,
  extra: Partial<Extract<HostMessageWire, { type: 'detail' }>['detail'] & object> = {}
): HostMessageWire {
  return {
    type: 'detail',
    detail: {
      id: p.id,
      name: p.name,
      headline: p.headline,
      via: p.via,
      source: p.source,
      link: p.link,
      date: p.date,
      message: null,
      status: p.status,
      followUp: p.followUp,
      decided: p.decided,
      tags: p.tags,
      answers: ['', '', '', '', '', '', '', ''],
      draft: null,
      log: [],
      inJournal: false,
      ...extra
    }
  };
}
