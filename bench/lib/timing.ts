/**
 * The measuring loop shared by the in-process metrics: warm-up runs that are thrown away, then
 * measured runs; a full GC before each timed section (when node runs with --expose-gc) so one
 * side does not pay for the other's garbage.
 */
import { performance } from 'node:perf_hooks';

export interface RunPlan {
  warmup: number;
  runs: number;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/** Milliseconds one call of `fn` takes; its result goes to `sink` so the work cannot be optimised away. */
export function timeOnce<T>(fn: () => T, sink: (value: T) => void = keep): number {
  collectGarbage();
  const start = performance.now();
  const value = fn();
  const elapsed = performance.now() - start;
  sink(value);
  return elapsed;
}

/** `collectFirst: false` skips the forced GC, for short sections where it would distort more than it isolates. */
export async function timeOnceAsync<T>(
  fn: () => Promise<T>,
  sink: (value: T) => void = keep,
  collectFirst = true
): Promise<number> {
  if (collectFirst) collectGarbage();
  const start = performance.now();
  const value = await fn();
  const elapsed = performance.now() - start;
  sink(value);
  return elapsed;
}

let kept: unknown;
function keep(value: unknown): void {
  kept = value;
}
/** Exposed only so the kept value is observably used. */
export function lastKept(): unknown {
  return kept;
}

export interface PairedSamples {
  ours: number[];
  baseline: number[];
}

/**
 * Times ours and the baseline back to back in every run, alternating which goes first so
 * neither side always runs on the other's warm caches or leftover garbage.
 */
export async function pairedRuns(
  plan: RunPlan,
  ours: () => Promise<number> | number,
  baseline: () => Promise<number> | number
): Promise<PairedSamples> {
  const result: PairedSamples = { ours: [], baseline: [] };
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    let a: number;
    let b: number;
    if (i % 2 === 0) {
      a = await ours();
      b = await baseline();
    } else {
      b = await baseline();
      a = await ours();
    }
    if (i >= plan.warmup) {
      result.ours.push(a);
      result.baseline.push(b);
    }
  }
  return result;
}

export async function repeatedRuns(plan: RunPlan, sample: () => Promise<number> | number): Promise<number[]> {
  const values: number[] = [];
  for (let i = 0; i < plan.warmup + plan.runs; i++) {
    const value = await sample();
    if (i >= plan.warmup) values.push(value);
  }
  return values;
}
