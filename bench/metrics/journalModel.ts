/**
 * The journal model metrics of issue 10: a decision and a keystroke until the model is current
 * (30,000 ÷ 300 entries), the CSV import over its full path (bytes → journal edited → model
 * updated, ÷ a bare split), and the scaling checks (30k time ÷ 10k time) for parse and import.
 */
import { applyTextChanges, parseJournal, recordDecisionEdit, type Journal } from '../../src/core/journal';
import { addEntriesEdit } from '../../src/core/journal';
import { parseExportFiles } from '../../src/core/linkedin';
import type { ConnectionEvent, Decision, TextEdit } from '../../src/core/types';
import { generateConnectionsCsv } from '../generators/csv';
import { generateJournal, type GeneratedJournal } from '../generators/journal';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { pairedRuns, timeOnce, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';

const TODAY = '2026-11-25';
const PER_RUN = 20;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Edits of one WorkspaceEdit applied the way VS Code reports them: last position first. */
function lastFirst(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort(
    (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character
  );
}

/** PER_RUN people spread over the file, the last one included, so position does not flatter us. */
function spreadPeople(generated: GeneratedJournal): ConnectionEvent[] {
  const { ids } = generated;
  return Array.from({ length: PER_RUN }, (_, i) => {
    const id = ids[Math.min(ids.length - 1, Math.round((i * (ids.length - 1)) / (PER_RUN - 1)))];
    return { id, person: id, via: null, link: null, date: null, title: id, source: 'Network', headline: '' };
  });
}

/** A journal that each timed call moves on by one decision per person (alternating, so every call edits). */
function decider(generated: GeneratedJournal): () => number {
  let journal: Journal = parseJournal(generated.text);
  const people = spreadPeople(generated);
  let round = 0;
  return () =>
    timeOnce(() => {
      const decision: Decision = round++ % 2 === 0 ? 'declined' : 'accepted';
      for (const person of people) {
        const edits = recordDecisionEdit(journal, person, decision, { today: TODAY });
        expect(edits.length > 0, `no edit for ${person.id}`);
        journal = applyTextChanges(journal, lastFirst(edits));
      }
      return journal;
    }) / PER_RUN;
}

export async function journalDecide(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'journal.decide.30k.ratio';
  try {
    const runs = await pairedRuns(plan, decider(generateJournal(30_000)), decider(generateJournal(300)));
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'the same decisions on a 300-entry journal', samples: runs.baseline },
      note: `mean of ${PER_RUN} decisions spread over the file: edit computed, applied to the text, model updated`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

/** One character typed into an answer line of each spread entry and the model brought up to date. */
function typist(generated: GeneratedJournal): () => number {
  let journal: Journal = parseJournal(generated.text);
  const lines = spreadPeople(generated).map((p) => journal.byId.get(p.id)!.headingLine + 1);
  return () => {
    const at = lines.map((line) => ({ line, character: 0 }));
    const typed = timeOnce(() => {
      for (const position of at) {
        journal = applyTextChanges(journal, [{ range: { start: position, end: position }, newText: 'x' }]);
      }
      return journal;
    });
    // Untimed: take the characters out again so every run types into the same text.
    for (const position of at) {
      journal = applyTextChanges(journal, [
        { range: { start: position, end: { line: position.line, character: 1 } }, newText: '' }
      ]);
    }
    return typed / PER_RUN;
  };
}

export async function journalKeystroke(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'journal.keystroke.30k.ratio';
  try {
    const runs = await pairedRuns(plan, typist(generateJournal(30_000)), typist(generateJournal(300)));
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'the same keystrokes in a 300-entry journal', samples: runs.baseline },
      note: `mean of ${PER_RUN} keystrokes spread over the file, until the shared model is current (lint excluded: debounced)`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

interface ImportCase {
  bytes: Uint8Array;
  csv: string;
  journal: Journal;
  rows: number;
}

/** `rows` Connections.csv rows over a journal holding the first half of them. */
function importCase(rows: number): ImportCase {
  const csv = generateConnectionsCsv(rows, 0);
  return { csv, bytes: new TextEncoder().encode(csv), journal: parseJournal(generateJournal(rows / 2).text), rows };
}

/** The import command's path minus VS Code: parseExportFiles → addEntriesEdit → edit applied, model updated. */
function importOnce(c: ImportCase): Journal {
  const summary = parseExportFiles([{ bytes: c.bytes, name: 'Connections.csv' }]);
  const { edits, added } = addEntriesEdit(c.journal, summary.events, { status: 'new', today: TODAY });
  expect(added === c.rows / 2, `import added ${added}, expected ${c.rows / 2}`);
  return applyTextChanges(c.journal, lastFirst(edits));
}

export async function csvImportFull(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'csv.import.30k.ratio';
  try {
    const c = importCase(30_000);
    const after = importOnce(c);
    expect(after.entries.length === 30_000, `the journal holds ${after.entries.length} entries after the import`);
    const bareSplit = () => {
      let fields = 0;
      for (const line of c.csv.split('\n')) fields += line.split(',').length;
      return fields;
    };
    const runs = await pairedRuns(
      plan,
      () => timeOnce(() => importOnce(c)),
      () => timeOnce(bareSplit)
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: "split('\\n') then split(',')", samples: runs.baseline },
      note: 'file bytes → events → merge into a 15,000-entry journal → edit applied and model updated (the host already holds the parsed journal)'
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

/** 30k time ÷ 10k time, run by run: linear growth gives about 3, quadratic about 9. */
async function scaling(name: string, plan: RunPlan, big: () => number, small: () => number, note: string) {
  try {
    const runs = await pairedRuns(plan, big, small);
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'the same at 10,000', samples: runs.baseline },
      note
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

export async function scaleJournalParse(plan: RunPlan): Promise<MetricOutcome> {
  const big = generateJournal(30_000).text;
  const small = generateJournal(10_000).text;
  return scaling(
    'scale.journal.parse',
    plan,
    () => timeOnce(() => parseJournal(big)),
    () => timeOnce(() => parseJournal(small)),
    'parseJournal, 30,000 ÷ 10,000 entries'
  );
}

export async function scaleCsvImport(plan: RunPlan): Promise<MetricOutcome> {
  const big = importCase(30_000);
  const small = importCase(10_000);
  return scaling(
    'scale.csv.import',
    plan,
    () => timeOnce(() => importOnce(big)),
    () => timeOnce(() => importOnce(small)),
    'the csv.import path, 30,000 rows over 15,000 entries ÷ 10,000 rows over 5,000'
  );
}
