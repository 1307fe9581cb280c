/**
 * A test page for the real person-panel bundle (dist/person.js) behind the host's real HTML and
 * CSP, with a nonce'd acquireVsCodeApi stub that records posts and state, like page.ts does for
 * the sidebar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildPersonPanelHtml, createNonce } from '../../src/person/html';
import type { PanelHostMessage, PanelMessage, PersonModel } from '../../src/shared/personProtocol';

const ORIGIN = 'https://webview.test';
const root = join(__dirname, '..', '..');

export interface PanelPage {
  page: Page;
  send(message: PanelHostMessage | Record<string, unknown>): Promise<void>;
  posted(): Promise<PanelMessage[]>;
  waitForRequest<T extends string>(type: T, timeoutMs?: number): Promise<Extract<PanelMessage, { type: 'request' }>>;
  state(): Promise<unknown>;
  cspViolations(): Promise<string[]>;
  requests: string[];
}

export async function openPanel(
  browser: Browser,
  options: { state?: unknown; theme?: string } = {}
): Promise<PanelPage> {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const nonce = createNonce();
  const html = buildPersonPanelHtml({
    cspSource: ORIGIN,
    nonce,
    scriptUri: `${ORIGIN}/dist/person.js`,
    styleUri: `${ORIGIN}/media/person.css`
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
    if (url === `${ORIGIN}/dist/person.js`) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(root, 'dist', 'person.js')) });
    }
    if (url === `${ORIGIN}/media/person.css`) {
      return route.fulfill({ contentType: 'text/css', body: readFileSync(join(root, 'media', 'person.css')) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() =>
    (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready')
  );
  const panel: PanelPage = {
    page,
    requests,
    async send(message) {
      await page.evaluate((m) => window.postMessage(m, '*'), message);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    },
    posted: () => page.evaluate(() => (window as unknown as { __posted: PanelMessage[] }).__posted),
    async waitForRequest(type, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = (await panel.posted()).find((m) => m.type === 'request' && m.request.type === type);
        if (found && found.type === 'request') return found;
        await page.waitForTimeout(50);
      }
      throw new Error(`no ${type} request posted; got ${JSON.stringify(await panel.posted()).slice(0, 500)}`);
    },
    state: () => page.evaluate(() => (window as unknown as { __state: unknown }).__state),
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
  };
  return panel;
}

export function personModel(id: string, name: string, extra: Partial<PersonModel> = {}): PersonModel {
  return {
    id,
    name,
    headline: `${name} headline`,
    via: 'Jeff Wolfe',
    source: 'Network',
    link: `https://example.com/in/${id}`,
    date: '2026-11-24T09:12:00Z',
    message: null,
    status: 'new',
    followUp: null,
    decided: null,
    tags: [],
    answers: ['', '', '', '', '', '', '', ''],
    draft: null,
    log: [],
    inJournal: true,
    ...extra
  };
}

export function showMessage(person: PersonModel | null): PanelHostMessage {
  return { type: 'show', person, today: '2026-11-25', deferDays: 14 };
}
