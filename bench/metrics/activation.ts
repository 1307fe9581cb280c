/**
 * activation.ratio: activation as VS Code itself counts it (codeLoadingTime + activateCallTime from
 * the extension host's ExtensionActivationTimes, so loading our bundle is included) ÷ the same
 * figure for a minimal extension that activates on the same events, in the same extension host.
 *
 * One code-server; each run loads the workbench afresh (a page load starts a new extension host),
 * opens "Developer: Show Running Extensions" and reads both rows. That editor renders exactly
 * `codeLoadingTime + activateCallTime` ("Startup Activation: N ms"), the numbers the host reports
 * to the workbench; reading them there avoids depending on a log format. The minimal extension is
 * staged only in the bench's temporary extensions folder, never in the product.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/harness/browser';
import { startCodeServer, type RunningCodeServer } from '../../test/harness/codeServer';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { BUNDLES, PRODUCTION_DIST } from './bundle';
import type { RunPlan } from '../lib/timing';
import { activationMs, activationRatio, type RunningRow } from './activationRows';

const BASELINE_ID = 'deliberate-bench.minimal-activation';
const BASELINE_NAME = 'Bench Minimal Activation';
/** The editor shows whole milliseconds; a 0 ms baseline would make the ratio infinite. */
const BASELINE_FLOOR_MS = 1;

/**
 * The harness stages whatever dist/ holds at that moment (maybe a development build of another
 * session); the extension host only starts with the first page, so swap in our production copies
 * now. Returns the staged manifest, whose activation events the baseline copies.
 */
interface StagedManifest {
  publisher: string;
  name: string;
  displayName: string;
  activationEvents: string[];
}

function useProductionBundles(server: RunningCodeServer): StagedManifest {
  const extensionsDir = join(dirname(server.userDataDir), 'exts');
  const staged = readdirSync(extensionsDir).find((name) => name.startsWith('deliberate.deliberate-'));
  if (!staged) throw new Error(`the harness staged no deliberate.deliberate-* extension in ${extensionsDir}`);
  for (const bundle of BUNDLES) {
    copyFileSync(join(PRODUCTION_DIST, bundle), join(extensionsDir, staged, 'dist', bundle));
  }
  return JSON.parse(readFileSync(join(extensionsDir, staged, 'package.json'), 'utf8'));
}

/**
 * An extension whose activate() does nothing, woken by exactly the events that wake ours. It
 * depends on ours only so the host activates it after ours: VS Code's codeLoadingTime spans an
 * await before the require, and when both start in the same tick the baseline's span swallowed
 * our bundle's synchronous load (seen: baseline 47 ms, ratio 1.15× instead of about 100×).
 */
function stageMinimalExtension(server: RunningCodeServer, activationEvents: string[], oursId: string): void {
  const [publisher, name] = BASELINE_ID.split('.');
  const folder = join(dirname(server.userDataDir), 'exts', `${BASELINE_ID}-0.0.1`);
  mkdirSync(folder, { recursive: true });
  const manifest = {
    name,
    publisher,
    displayName: BASELINE_NAME,
    version: '0.0.1',
    engines: { vscode: '^1.90.0' },
    main: './extension.js',
    activationEvents,
    extensionDependencies: [oursId]
  };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(folder, 'extension.js'),
    'exports.activate = function () {};\nexports.deactivate = function () {};\n'
  );
}

/** Every row of the Running Extensions editor (the tall viewport keeps the virtual list whole). */
async function runningRows(page: Page): Promise<RunningRow[]> {
  return page.$$eval('.monaco-list-row', (rows) =>
    rows
      .map((row) => ({
        name: row.querySelector('.name')?.textContent?.trim() ?? '',
        activation: row.querySelector('.activation-time')?.textContent?.trim() ?? ''
      }))
      .filter((row) => row.activation !== '')
  );
}

async function openRunningExtensions(page: Page): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('>Show Running Extensions');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Running Extensions' }).first();
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      await row.click();
      return;
    } catch (error) {
      lastError = error;
      await page.waitForTimeout(1000);
    }
  }
  throw new Error(`could not open "Developer: Show Running Extensions": ${lastError}`);
}

/** Our and the baseline's activation in one fresh extension host, in ms. */
async function measureOnce(page: Page, server: RunningCodeServer, ours: string[]): Promise<[number, number]> {
  await page.goto(server.workbenchUrl);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await openRunningExtensions(page);
  const deadline = Date.now() + 30_000;
  let rows: RunningRow[] = [];
  while (Date.now() < deadline) {
    rows = await runningRows(page);
    const oursMs = activationMs(rows, ours);
    const baselineMs = activationMs(rows, [BASELINE_NAME, BASELINE_ID]);
    if (oursMs !== undefined && baselineMs !== undefined) return [oursMs, baselineMs];
    await page.waitForTimeout(250);
  }
  const seen = rows.map((r) => `${r.name}: ${r.activation}`).join(' | ');
  throw new Error(`Running Extensions showed no activation time for both extensions within 30 s (rows: ${seen})`);
}

export async function activation(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'activation.ratio';
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer();
    const manifest = useProductionBundles(server);
    const oursId = `${manifest.publisher}.${manifest.name}`;
    stageMinimalExtension(server, manifest.activationEvents, oursId);
    browser = await launchChromium();
    const samples: number[] = [];
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < plan.warmup + plan.runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 4000 } });
      const [oursMs, baselineMs] = await measureOnce(page, server, [manifest.displayName, oursId]);
      await page.close();
      if (run < plan.warmup) continue;
      ours.push(oursMs);
      baseline.push(baselineMs);
      samples.push(activationRatio(oursMs, baselineMs, BASELINE_FLOOR_MS));
    }
    return {
      name,
      samples,
      ours,
      baseline: {
        label: 'minimal extension (empty activate(), our activation events, activated after ours), same host',
        samples: baseline
      },
      note:
        'codeLoadingTime + activateCallTime as the extension host reports them (Running Extensions editor), ' +
        `code-server 4.100.3, fixture workspace, a fresh extension host per run; whole ms, baseline floored at ${BASELINE_FLOOR_MS} ms`
    };
  } catch (error) {
    return notMeasured(name, error);
  } finally {
    await browser?.close();
    await server?.stop();
  }
}
