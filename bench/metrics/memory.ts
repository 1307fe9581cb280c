/**
 * memory.host.30k.mb: heap growth of the host's in-memory state, one fresh process per run
 * (see memoryChild.ts for exactly what is built).
 */
import { MAX_EVENTS_PER_FEED } from '../../src/core/feeds/limits';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchInputs } from '../inputs';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { repeatedRuns, type RunPlan } from '../lib/timing';

interface ChildReport {
  growthMb: number;
  journalMb: number;
  eventsMb: number;
  snapshotMb: number;
  entries: number;
  events: number;
  items: number;
}

function runChild(inputs: BenchInputs): ChildReport {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(__dirname, 'memoryChild.ts'),
      inputs.files.journal30k,
      inputs.files.feed30k
    ],
    {
      encoding: 'utf8',
      cwd: join(__dirname, '..', '..'),
      timeout: 120_000
    }
  );
  if (child.status !== 0) {
    throw new Error(
      `memory child failed: ${(child.stderr || child.error?.message || '').trim().split('\n').slice(-3).join(' ')}`
    );
  }
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildReport;
}

export async function hostMemory(inputs: BenchInputs, plan: RunPlan): Promise<MetricOutcome> {
  const name = 'memory.host.30k.mb';
  try {
    let last: ChildReport | undefined;
    const samples = await repeatedRuns(plan, () => {
      last = runChild(inputs);
      if (last.entries !== 30_000 || last.events !== MAX_EVENTS_PER_FEED) {
        throw new Error(
          `memory child built ${last.entries} entries / ${last.events} events, expected 30,000 / ${MAX_EVENTS_PER_FEED}`
        );
      }
      return last.growthMb;
    });
    return {
      name,
      samples,
      note: `plain Node, not the real host (see README): journal text + model + people; a 30,000-item feed held as the extension holds it, capped at ${MAX_EVENTS_PER_FEED} events per feed; sidebar snapshot of ${last?.items} items`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}
