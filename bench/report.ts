/**
 * Turns measurements into the printed table and bench/results.json. Every verdict compares the
 * median against the goals in goals.ts as written.
 */
import { writeFileSync } from 'node:fs';
import { goalFor, type Goal } from './goals';
import { isMeasured, type MetricOutcome } from './lib/metric';
import { checkGoal, median, summarize } from './lib/stats';

export interface ResultMetric {
  name: string;
  value: number;
  unit: string;
  runs: number;
  min: number;
  max: number;
  baseline?: string;
  baselineValue?: number;
}

export interface ResultsFile {
  metrics: ResultMetric[];
  /** Metrics that could not be measured in this run, with why; never given a number. */
  notMeasured: { name: string; reason: string }[];
}

/** Rounds for the JSON file: enough digits to compare runs, no float noise. */
function round(value: number): number {
  return Number(value.toPrecision(4));
}

export function toResults(outcomes: readonly MetricOutcome[]): ResultsFile {
  const results: ResultsFile = { metrics: [], notMeasured: [] };
  for (const outcome of outcomes) {
    if (!isMeasured(outcome)) {
      results.notMeasured.push({ name: outcome.name, reason: outcome.notMeasured });
      continue;
    }
    const summary = summarize(outcome.samples);
    const metric: ResultMetric = {
      name: outcome.name,
      value: round(summary.median),
      unit: goalFor(outcome.name).unit,
      runs: summary.runs,
      min: round(summary.min),
      max: round(summary.max)
    };
    if (outcome.baseline) {
      metric.baseline = outcome.baseline.label;
      metric.baselineValue = round(median(outcome.baseline.samples));
    }
    results.metrics.push(metric);
  }
  return results;
}

export function writeResults(path: string, results: ResultsFile): void {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

function format(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  const text = value.toFixed(digits);
  return unit === 'ratio' ? `${text}×` : unit === 'elements' ? text : `${text} ${unit}`;
}

export function verdict(value: number, goal: Goal): string {
  const check = checkGoal(value, goal.must, goal.aim);
  if (check.meetsAim) return 'meets aim';
  const aimMiss = `misses aim by ${format(check.overAim, goal.unit)} (+${check.overAimPercent.toFixed(0)}%)`;
  if (check.meetsMust) return `meets must; ${aimMiss}`;
  return `MISSES MUST by ${format(check.overMust, goal.unit)} (+${check.overMustPercent.toFixed(0)}%); ${aimMiss}`;
}

export function renderTable(outcomes: readonly MetricOutcome[]): string {
  const header = ['metric', 'median', 'min–max', 'baseline', 'ratio', 'must', 'aim', 'result'];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const outcome of outcomes) {
    const goal = goalFor(outcome.name);
    const goals = [`≤ ${format(goal.must, goal.unit)}`, `≤ ${format(goal.aim, goal.unit)}`];
    if (!isMeasured(outcome)) {
      rows.push([outcome.name, '—', '—', '—', '—', ...goals, `not measured: ${outcome.notMeasured}`]);
      continue;
    }
    const value = summarize(outcome.samples);
    if (outcome.baseline && outcome.ours) {
      // Ratio metric: our time and the baseline's in ms, then the median of per-run ratios (the value).
      const ours = summarize(outcome.ours);
      rows.push([
        outcome.name,
        format(ours.median, 'ms'),
        `${format(ours.min, 'ms')}–${format(ours.max, 'ms')}`,
        format(median(outcome.baseline.samples), 'ms'),
        `${format(value.median, 'ratio')} (${format(value.min, 'ratio')}–${format(value.max, 'ratio')})`,
        ...goals,
        verdict(value.median, goal)
      ]);
      notes.push(
        `${outcome.name}: baseline = ${outcome.baseline.label}; ${value.runs} runs${outcome.note ? `; ${outcome.note}` : ''}`
      );
    } else {
      rows.push([
        outcome.name,
        format(value.median, goal.unit),
        `${format(value.min, goal.unit)}–${format(value.max, goal.unit)}`,
        '—',
        '—',
        ...goals,
        verdict(value.median, goal)
      ]);
      notes.push(
        `${outcome.name}: ${value.runs} run${value.runs === 1 ? '' : 's'}${outcome.note ? `; ${outcome.note}` : ''}`
      );
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    ...notes.map((n) => `- ${n}`)
  ].join('\n');
}
