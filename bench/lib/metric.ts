/** What every metric module hands back to the runner. */
export interface Measured {
  name: string;
  /** One value per measured run: ms, a per-run ratio, MB, kB or a count. */
  samples: number[];
  /** For ratio metrics: what the baseline is and its time per run (ms). */
  baseline?: { label: string; samples: number[] };
  /** For ratio metrics: our own time per run (ms), paired with baseline.samples. */
  ours?: number[];
  /** Anything a reader needs to interpret the number (input size, what is included). */
  note?: string;
}

export interface NotMeasured {
  name: string;
  notMeasured: string;
}

export type MetricOutcome = Measured | NotMeasured;

export function isMeasured(outcome: MetricOutcome): outcome is Measured {
  return 'samples' in outcome;
}

/** Turns an exception while measuring into an honest "not measured" line, never a number. */
export function notMeasured(name: string, error: unknown): NotMeasured {
  const message = error instanceof Error ? error.message : String(error);
  return { name, notMeasured: message.split('\n')[0].slice(0, 300) };
}
