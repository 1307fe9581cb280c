/**
 * activation.ms: the time activate() logs about itself ("activate took X ms") in the real
 * extension host of code-server. One code-server; every run loads the workbench afresh (a page
 * load starts a new extension host, with its own exthostN log folder), opens the Deliberate
 * view container and waits for the next "activate took" line.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/harness/browser';
import { startCodeServer, type RunningCodeServer } from '../../test/harness/codeServer';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { BUNDLES, PRODUCTION_DIST } from './bundle';
import type { RunPlan } from '../lib/timing';

const ACTIVATE_LINE = /activate took ([\d.]+) ms/;
const FAILED_LINE = /\[error\] (Activation failed.*)$/m;

function findLogs(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findLogs(path, out);
    else if (/Deliberate.*\.log$/.test(name) && /exthost/.test(path)) out.push(path);
  }
  return out;
}

interface LogState {
  /** "file#n" → the n-th "activate took" value in that file. */
  timings: Map<string, number>;
  failure?: string;
}

/** Every "activate took" value in every extension-host log, keyed so new ones can be told apart. */
function readLogs(userDataDir: string): LogState {
  const state: LogState = { timings: new Map() };
  for (const file of findLogs(join(userDataDir, 'logs'))) {
    const text = readFileSync(file, 'utf8');
    let n = 0;
    for (const line of text.split('\n')) {
      const match = ACTIVATE_LINE.exec(line);
      if (match) state.timings.set(`${file}#${n++}`, Number(match[1]));
    }
    state.failure ??= FAILED_LINE.exec(text)?.[1];
  }
  return state;
}

/**
 * The harness stages whatever dist/ holds at that moment (maybe a development build of another
 * session); the extension host only starts with the first page, so swap in our production copies now.
 */
function useProductionBundles(server: RunningCodeServer): void {
  const extensionsDir = join(dirname(server.userDataDir), 'exts');
  const staged = readdirSync(extensionsDir).find((name) => name.startsWith('deliberate.deliberate-'));
  if (!staged) throw new Error(`the harness staged no deliberate.deliberate-* extension in ${extensionsDir}`);
  for (const bundle of BUNDLES) {
    copyFileSync(join(PRODUCTION_DIST, bundle), join(extensionsDir, staged, 'dist', bundle));
  }
}

async function openWorkbench(page: Page, server: RunningCodeServer): Promise<void> {
  await page.goto(server.workbenchUrl);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  const item = page.locator('.activitybar [aria-label^="Deliberate"]').first();
  await item.waitFor({ timeout: 30_000 });
  await item.click();
}

async function nextTiming(server: RunningCodeServer, seen: ReadonlySet<string>): Promise<number> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const state = readLogs(server.userDataDir);
    for (const [key, ms] of state.timings) if (!seen.has(key)) return ms;
    if (state.failure) throw new Error(`the extension failed to activate: ${state.failure}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('no "activate took" line in the Deliberate log within 30 s');
}

export async function activation(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'activation.ms';
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer();
    useProductionBundles(server);
    browser = await launchChromium();
    const samples: number[] = [];
    for (let run = 0; run < plan.warmup + plan.runs; run++) {
      const seen = new Set(readLogs(server.userDataDir).timings.keys());
      const page = await browser.newPage();
      await openWorkbench(page, server);
      const ms = await nextTiming(server, seen);
      await page.close();
      if (run >= plan.warmup) samples.push(ms);
    }
    return {
      name,
      samples,
      note: 'code-server 4.100.3, fixture workspace, a fresh workbench page (extension host) per run'
    };
  } catch (error) {
    return notMeasured(name, error);
  } finally {
    await browser?.close();
    await server?.stop();
  }
}
