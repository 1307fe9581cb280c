/**
 * The webview metrics, in headless Debian Chromium against the real production bundle, loaded
 * through a page built like the sidebar's test page (webviewPage.ts: the real HTML/CSP, a
 * stubbed acquireVsCodeApi). Times are taken inside the page with performance.now():
 * - render: from window.postMessage(init with 30,000 people) until the first setTimeout(0)
 *   after the next animation frame following the bundle's message handler, i.e. once that
 *   frame's style, layout and paint have run;
 * - filter: from the keydown event's own timestamp (the keystroke Playwright sends through
 *   CDP) to the same "after the next frame" point following the bundle's input handler.
 */
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { packPeople } from '../../src/shared/protocol';
import { openBenchView } from './webviewPage';
import type { PersonItem } from '../../src/shared/protocol';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import type { RunPlan } from '../lib/timing';
import { median } from '../lib/stats';

const SETTLE_MS = 300;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];

interface PageWindow {
  __renderDone?: Promise<number>;
  __filterDone?: Promise<number>;
  __init?: unknown;
  __posted: { type: string; message?: string }[];
}

/**
 * After the bundle's own listener has run: wait for the next frame, then for its paint to finish.
 * Plain script text, because tsx would wrap named functions in a helper the page does not have.
 * Registered after the bundle's listeners, so these run after its handlers on the same event.
 */
const PROBES = `(() => {
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  window.addEventListener('message', () => { window.__renderDone = afterPaint(); });
  window.__probe = (input) => {
    let keyAt = 0;
    input.addEventListener('keydown', (event) => { keyAt = event.timeStamp; });
    input.addEventListener('input', () => { window.__filterDone = afterPaint().then((t) => t - keyAt); });
  };
  window.__probe(document.getElementById('search'));
})()`;

/** A bare input with no handlers of its own, in the same page: keystroke-to-paint without the search work. */
const FLOOR_INPUT = `(() => {
  const input = document.createElement('input');
  document.body.appendChild(input);
  window.__probe(input);
  window.__filterDone = undefined;
  input.focus();
})()`;

async function installProbes(page: Page): Promise<void> {
  await page.evaluate(PROBES);
}

/** The init message exactly as the host sends it (people packed for the wire). */
function initMessage(people: PersonItem[]): unknown {
  return {
    type: 'init',
    people: packPeople(people),
    bursts: [],
    feeds: [],
    today: '2026-11-25',
    loading: false,
    hasWorkspace: true
  };
}

async function renderOnce(page: Page, people: PersonItem[]): Promise<number> {
  // Built (and packed) on the Node side, as the host does; only the webview's work is timed.
  await page.evaluate((m) => {
    (window as unknown as PageWindow).__init = m;
  }, initMessage(people));
  return page.evaluate(async () => {
    const w = window as unknown as PageWindow;
    const start = performance.now();
    window.postMessage(w.__init, '*');
    while (!w.__renderDone) await new Promise((r) => setTimeout(r, 0));
    return (await w.__renderDone) - start;
  });
}

async function rowCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-testid="person-row"]').length);
}

async function rejected(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as PageWindow).__posted.find((m) => m.type === 'error')?.message);
}

async function keystrokeToPaint(page: Page): Promise<number> {
  await page.keyboard.press('e');
  return page.evaluate(async () => {
    const w = window as unknown as PageWindow;
    while (!w.__filterDone) await new Promise((r) => setTimeout(r, 0));
    return w.__filterDone;
  });
}

async function filterOnce(page: Page): Promise<number> {
  // Start from an empty query every run, and let that frame settle first.
  await page.evaluate(async () => {
    const search = document.getElementById('search') as HTMLInputElement;
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    (window as unknown as PageWindow).__filterDone = undefined;
    search.focus();
  });
  return keystrokeToPaint(page);
}

async function floorOnce(page: Page): Promise<number> {
  await page.evaluate(FLOOR_INPUT);
  return keystrokeToPaint(page);
}

export async function webviewMetrics(people: PersonItem[], plan: RunPlan): Promise<MetricOutcome[]> {
  const names = ['webview.render.30k.ms', 'webview.filter.30k.ms', 'webview.dom.nodes.30k'];
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.DELIBERATE_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ARGS
    });
    const render: number[] = [];
    const filter: number[] = [];
    const nodes: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < plan.warmup + plan.runs; run++) {
      // A fresh view per run: the first render into an empty view is what the user waits for.
      const page = await openBenchView(browser);
      await installProbes(page);
      const renderMs = await renderOnce(page, people);
      const problem = await rejected(page);
      if (problem) throw new Error(`the webview rejected the message: ${problem}`);
      if ((await rowCount(page)) === 0) throw new Error('no person rows rendered after init with 30,000 people');
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      // A person types after the list appears, not within the same frame: let deferred work settle.
      await page.waitForTimeout(SETTLE_MS);
      const filterMs = await filterOnce(page);
      if ((await page.inputValue('#search')) !== 'e') throw new Error('the keystroke did not reach the search box');
      const floorMs = await floorOnce(page);
      if (run >= plan.warmup) {
        render.push(renderMs);
        filter.push(filterMs);
        nodes.push(elements);
        floor.push(floorMs);
      }
      await page.close();
    }
    return [
      { name: names[0], samples: render, note: 'production dist/webview.js, 360×800 viewport, fresh view each run' },
      {
        name: names[1],
        samples: filter,
        note: `key 'e' into an empty search over 30,000 people; for comparison, the same keystroke into a bare <input> added to this page: ${median(floor).toFixed(1)} ms`
      },
      { name: names[2], samples: nodes, note: 'document.getElementsByTagName("*").length after render' }
    ];
  } catch (error) {
    return names.map((name) => notMeasured(name, error));
  } finally {
    await browser?.close();
  }
}
