import { parseArgs } from 'node:util';
import { isValidIsoDate, parseJournal } from '../core/journal';
import { personInsight, personRow, warmthLine } from '../core/evidence';
import { localIsoDate } from '../core/types';
import { loadEvidence } from '../node/evidence';
import { readJournalFile } from './journalFile';
import { UsageError, type CliCommand } from './io';

const USAGE = 'people --journal <file> [--json] [--date YYYY-MM-DD] [--cadence-default 3m]';

/**
 * `deliberate people --journal <J> [--json]`: every journal entry with its last contact, cadence,
 * next due date and warmth (from `<journal>.evidence.tsv` and the journal's own log). The JSON
 * shape is fixed by PRODUCT.md.
 */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      journal: { type: 'string' },
      json: { type: 'boolean' },
      date: { type: 'string' },
      'cadence-default': { type: 'string' }
    },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length > 0) throw new UsageError(`unexpected ${positionals.join(' ')}; usage: deliberate ${USAGE}`);
  if (values.date !== undefined && !isValidIsoDate(values.date)) {
    throw new UsageError(`--date must be a real date as YYYY-MM-DD, got '${values.date}'`);
  }
  const today = values.date ?? localIsoDate(io.now());
  const { path: journalPath, text } = await readJournalFile(values.journal, io, USAGE);
  const evidence = await loadEvidence(journalPath);
  if (evidence.badLines.length > 0) {
    io.err(
      `warning: ${evidence.path} lines ${evidence.badLines.slice(0, 5).join(', ')} could not be read and were left out\n`
    );
  }
  const insights = parseJournal(text).entries.map((e) =>
    personInsight(e, evidence.people, today, values['cadence-default'])
  );
  if (values.json) {
    io.out(`${JSON.stringify(insights.map(personRow), null, 2)}\n`);
    return 0;
  }
  for (const i of insights) {
    const due = i.due ? `  ${i.due.isDue ? 'due' : 'next'} ${i.due.dueOn}` : '';
    io.out(`${i.entry.name}${i.entry.status ? ` (${i.entry.status})` : ''}  ${warmthLine(i.warmth)}${due}\n`);
  }
  return 0;
};
