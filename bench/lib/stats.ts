/**
 * The statistics the report uses: median, spread, and the median of per-run ratios (not the
 * ratio of medians, so each run's ours/baseline pair shares the same machine state).
 */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summary of no values');
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Per-run ratios ours[i] / baseline[i]; the arrays must pair up run by run. */
export function perRunRatios(ours: readonly number[], baseline: readonly number[]): number[] {
  if (ours.length !== baseline.length) {
    throw new Error(`unpaired runs: ${ours.length} ours vs ${baseline.length} baseline`);
  }
  return ours.map((value, i) => {
    if (!(baseline[i] > 0)) throw new Error(`baseline run ${i} took no measurable time`);
    return value / baseline[i];
  });
}

export type Direction = 'lower' | 'higher';

export interface GoalCheck {
  meetsMust: boolean;
  meetsAim: boolean;
  /** How far past the aim (or must) the value is, as a signed amount in the metric's unit and as a percentage. */
  overAim: number;
  overAimPercent: number;
  overMust: number;
  overMustPercent: number;
}

/** Goals are upper bounds ("≤") for every metric in issue 7; `higher` is kept for completeness. */
export function checkGoal(value: number, must: number, aim: number, direction: Direction = 'lower'): GoalCheck {
  const over = (goal: number) => (direction === 'lower' ? value - goal : goal - value);
  const percent = (goal: number) => (goal === 0 ? Infinity : (over(goal) / goal) * 100);
  return {
    meetsMust: over(must) <= 0,
    meetsAim: over(aim) <= 0,
    overAim: over(aim),
    overAimPercent: percent(aim),
    overMust: over(must),
    overMustPercent: percent(must)
  };
}
