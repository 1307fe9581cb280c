/**
 * The in-process core metrics: feed parse, CSV import, journal parse (each against its bare
 * baseline, back to back per run) and one journal decision edit.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseFeed } from '../../src/core/feeds';
import { addEntriesEdit, parseJournal, recordDecisionEdit, type Journal } from '../../src/core/journal';
import { parseLinkedInExport } from '../../src/core/linkedin';
import type { ConnectionEvent } from '../../src/core/types';
import type { BenchInputs } from '../inputs';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { pairedRuns, repeatedRuns, timeOnce, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';

const TODAY = '2026-11-25';

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

export async function csvImport(inputs: BenchInputs, plan: RunPlan): Promise<MetricOutcome> {
  const name = 'csv.import.30k.ratio';
  try {
    const csv = inputs.csv30k;
    const journal = parseJournal(inputs.journal30k.text);
    const importAndMerge = () => {
      const parsed = parseLinkedInExport(csv, 'Connections.csv');
      return addEntriesEdit(journal, parsed.events, { status: 'new', today: TODAY });
    };
    const check = importAndMerge();
    expect(
      check.added === 15_000 && check.existing === 15_000,
      `merge added ${check.added} / existing ${check.existing}, expected 15,000 / 15,000`
    );
    const bareSplit = () => {
      let fields = 0;
      for (const line of csv.split('\n')) fields += line.split(',').length;
      return fields;
    };
    const runs = await pairedRuns(
      plan,
      () => timeOnce(importAndMerge),
      () => timeOnce(bareSplit)
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: "split('\\n') then split(',')", samples: runs.baseline },
      note: `journal parsed beforehand (the host holds it); half the rows already in the journal`
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

const EDITS_PER_RUN = 20;

export async function journalEdit(inputs: BenchInputs, plan: RunPlan): Promise<MetricOutcome> {
  const name = 'journal.edit.30k.ms';
  try {
    const journal: Journal = parseJournal(inputs.journal30k.text);
    // People spread over the whole file, the last one included, so position does not flatter us.
    const ids = inputs.journal30k.ids;
    const people: ConnectionEvent[] = Array.from({ length: EDITS_PER_RUN }, (_, i) => {
      const id = ids[Math.min(ids.length - 1, Math.round((i * (ids.length - 1)) / (EDITS_PER_RUN - 1)))];
      return { id, person: id, via: null, link: null, date: null, title: id, source: 'Network', headline: '' };
    });
    for (const person of people) {
      const edits = recordDecisionEdit(journal, person, 'accepted', { today: TODAY });
      expect(edits.length > 0, `recordDecisionEdit returned no edit for ${person.id}`);
    }
    const samples = await repeatedRuns(
      plan,
      () =>
        timeOnce(() => {
          let count = 0;
          for (const person of people) {
            count += recordDecisionEdit(journal, person, 'accepted', { today: TODAY }).length;
          }
          return count;
        }) / EDITS_PER_RUN
    );
    return { name, samples, note: `mean of ${EDITS_PER_RUN} decisions per run, spread over the file` };
  } catch (error) {
    return notMeasured(name, error);
  }
}
