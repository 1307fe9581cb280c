/**
 * A test page for the real webview bundle: the host-side HTML builder's output (so the real
 * CSP is enforced), served from a fake origin by Playwright routing, with a nonce'd stub of
 * acquireVsCodeApi that records posted messages and state. Tests talk to it like the host.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { packPeople, type HostMessageWire, type PersonItem, type WebviewMessage } from '../../src/shared/protocol';
import { launchChromium } from '../harness/browser';
import { openWebviewPage } from './pageSetup';

const root = join(__dirname, '..', '..');

/** Debian's Chromium with the one set of flags (test/harness/browser.ts). */
export const launch = launchChromium;

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
  const requests: string[] = [];
  const page = await openWebviewPage(browser, {
    distDir: join(root, 'dist'),
    state: options.state,
    height: options.height,
    requests
  });
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
