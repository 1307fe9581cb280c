/**
 * The in-process core metrics: feed parse and journal parse, each against its bare baseline,
 * back to back per run. The journal model metrics (decide, keystroke, CSV import) are in journalModel.ts.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from '../../src/core/feeds';
import { parseJournal } from '../../src/core/journal';
import type { BenchInputs } from '../inputs';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { pairedRuns, timeOnce, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';

/** Checks the measured code did the whole job, so a fast wrong answer never counts as fast. */
function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export async function feedParse(inputs: BenchInputs, plan: RunPlan): Promise<MetricOutcome> {
  const name = 'feed.parse.10k.ratio';
  try {
    const xml = inputs.feed10k;
    const check = parseFeed(xml, { label: 'Network', feedKey: 'bench' });
    expect(check.events.length === 10_000, `parseFeed returned ${check.events.length} events for 10,000 items`);
    const runs = await pairedRuns(
      plan,
      () => timeOnce(() => parseFeed(xml, { label: 'Network', feedKey: 'bench' })),
      () => timeOnce(() => new XMLParser().parse(xml))
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'fast-xml-parser XMLParser.parse', samples: runs.baseline },
      note: `${(xml.length / 1e6).toFixed(1)} MB RSS`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

/** One regex per line: the least any journal reader must do (find headings and metadata). */
const BARE_LINE = /^(?:#{2,3} |- [a-z-]+: )/;

export async function journalParse(inputs: BenchInputs, plan: RunPlan): Promise<MetricOutcome> {
  const name = 'journal.parse.30k.ratio';
  try {
    const text = inputs.journal30k.text;
    expect(parseJournal(text).entries.length === 30_000, 'parseJournal did not find 30,000 entries');
    const bareScan = () => {
      let hits = 0;
      for (const line of text.split('\n')) if (BARE_LINE.test(line)) hits++;
      return hits;
    };
    const runs = await pairedRuns(
      plan,
      () => timeOnce(() => parseJournal(text)),
      () => timeOnce(bareScan)
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'split lines + one regex test each', samples: runs.baseline },
      note: `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB journal`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}
