/**
 * `npm run bench`: builds the production bundles, generates the seeded inputs, runs every
 * metric of issue 7, prints the table and writes bench/results.json.
 * Options: `--only name,prefix` runs the matching metrics only (for working on one of them).
 * Run with `node --expose-gc --import tsx` so each timed section starts from a collected heap.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { GOALS } from './goals';
import { createInputs, type BenchInputs } from './inputs';
import type { MetricOutcome } from './lib/metric';
import type { RunPlan } from './lib/timing';
import { activation } from './metrics/activation';
import { bundleSizes, productionBuild } from './metrics/bundle';
import { feedParse, journalParse } from './metrics/core';
import {
  csvImportFull,
  journalDecide,
  journalKeystroke,
  scaleCsvImport,
  scaleJournalParse
} from './metrics/journalModel';
import { draftOverhead } from './metrics/draft';
import { draftChecks } from './metrics/draftChecks';
import { evidenceMessages, warmthScoring } from './metrics/evidence';
import { hostMemory } from './metrics/memory';
import { WEBVIEW_METRICS, webviewMetrics } from './metrics/webview';
import { networkBundle, networkIntro, networkLoad, networkWhoKnows } from './metrics/network';
import { networkViewRender } from './metrics/networkView';
import { mcpBundleSize, mcpListPeople } from './metrics/mcp';
import { renderTable, toResults, writeResults } from './report';

/** In-process timings are cheap: more runs. Browser and code-server runs cost seconds each. */
const CORE: RunPlan = { warmup: 2, runs: 11 };
const DRAFT: RunPlan = { warmup: 1, runs: 7 };
const HEAVY: RunPlan = { warmup: 1, runs: 5 };
/** Each memory run is a fresh process that warms up inside itself (memoryChild.ts). */
const MEMORY: RunPlan = { warmup: 0, runs: 5 };

interface Step {
  names: string[];
  run(inputs: BenchInputs, buildError: string | undefined): Promise<MetricOutcome[]>;
}

const steps: Step[] = [
  { names: ['feed.parse.10k.ratio'], run: async (i) => [await feedParse(i, CORE)] },
  { names: ['csv.import.30k.ratio'], run: async () => [await csvImportFull(CORE)] },
  { names: ['journal.parse.30k.ratio'], run: async (i) => [await journalParse(i, CORE)] },
  { names: ['journal.decide.30k.ratio'], run: async () => [await journalDecide(CORE)] },
  { names: ['journal.keystroke.30k.ratio'], run: async () => [await journalKeystroke(CORE)] },
  { names: ['scale.journal.parse'], run: async () => [await scaleJournalParse(CORE)] },
  { names: ['scale.csv.import'], run: async () => [await scaleCsvImport(CORE)] },
  { names: ['draft.overhead.ratio'], run: async () => [await draftOverhead(DRAFT)] },
  { names: ['draft.checks.ratio'], run: async () => [await draftChecks(CORE)] },
  { names: ['evidence.messages.200k.ratio'], run: async () => [await evidenceMessages(CORE)] },
  { names: ['warmth.30k.ratio'], run: async () => [await warmthScoring(CORE)] },
  { names: ['memory.host.30k.mb'], run: async (i) => [await hostMemory(i, MEMORY)] },
  { names: ['bundle.extension.kb', 'bundle.webview.kb'], run: async (_i, buildError) => bundleSizes(buildError) },
  {
    names: WEBVIEW_METRICS,
    run: async (i, buildError) =>
      buildError ? notBuilt(WEBVIEW_METRICS, buildError) : webviewMetrics(i.people30k, HEAVY)
  },
  // Issue 12: the network (30,000 people, 300,000 generated edges).
  { names: ['network.load.300k.ratio'], run: async () => [await networkLoad(CORE)] },
  { names: ['network.whoKnows.ratio'], run: async () => [await networkWhoKnows(CORE)] },
  { names: ['network.intro.ratio'], run: async () => [await networkIntro(CORE)] },
  {
    names: ['network.view.render.ratio'],
    run: async (_i, buildError) =>
      buildError ? notBuilt(['network.view.render.ratio'], buildError) : [await networkViewRender(HEAVY)]
  },
  { names: ['bundle.network.kb'], run: async (_i, buildError) => [networkBundle(buildError)] },
  // Issue 14: the MCP server over stdio, and its own bundle.
  { names: ['mcp.listPeople.30k.ratio'], run: async (i) => [await mcpListPeople(i, CORE)] },
  { names: ['bundle.mcp.kb'], run: async () => [mcpBundleSize()] },
  {
    names: ['activation.ratio'],
    run: async (_i, buildError) => (buildError ? notBuilt(['activation.ratio'], buildError) : [await activation(HEAVY)])
  }
];

function notBuilt(names: string[], reason: string): MetricOutcome[] {
  return names.map((name) => ({ name, notMeasured: reason }));
}

function selected(only: string[] | undefined, names: string[]): boolean {
  return !only || names.some((name) => only.some((prefix) => name.startsWith(prefix)));
}

async function main(): Promise<void> {
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1]?.split(',').filter(Boolean) : undefined;
  if (!(globalThis as { gc?: unknown }).gc) {
    console.warn('bench: run with node --expose-gc for steadier in-process timings');
  }
  const started = Date.now();
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const loadAtStart = load();
  console.log('bench: production build…');
  const buildError = productionBuild();
  if (buildError) console.warn(`bench: ${buildError}`);
  console.log('bench: generating seeded inputs…');
  const inputs = createInputs();
  const outcomes: MetricOutcome[] = [];
  for (const step of steps) {
    if (!selected(only, step.names)) continue;
    const stepStart = Date.now();
    process.stdout.write(`bench: ${step.names.join(', ')}… `);
    const results = await step.run(inputs, buildError);
    outcomes.push(...results);
    console.log(`${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
  }
  // Table and file in the order, whatever order the steps ran in.
  const order = (name: string) => GOALS.findIndex((goal) => goal.name === name);
  outcomes.sort((a, b) => order(a.name) - order(b.name));
  console.log(`\n${renderTable(outcomes)}`);
  // Other work on this 2-core machine skews every timing; say how busy it was.
  console.log(
    `- machine: ${cpus().length} cores; load average (1/5/15 min) ${loadAtStart} at start, ${load()} at end\n`
  );
  const resultsPath = join(__dirname, 'results.json');
  writeResults(resultsPath, toResults(outcomes));
  console.log(`bench: wrote ${resultsPath} in ${((Date.now() - started) / 1000).toFixed(0)} s total`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
