import { parseArgs } from 'node:util';
import { dueFollowUps, isValidIsoDate, parseJournal } from '../core/journal';
import { localIsoDate } from '../core/types';
import { losingTouch } from '../core/evidence';
import { loadEvidence } from '../node/evidence';
import { readJournalFile, singleJournalArgument } from './journalFile';
import { UsageError, type CliCommand } from './io';

/** `deliberate due <journal> [--date YYYY-MM-DD] [--json]`: one line per follow-up due, oldest first. */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      date: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      'cadence-default': { type: 'string' }
    },
    allowPositionals: true,
    strict: true
  });
  if (values.date !== undefined && !isValidIsoDate(values.date)) {
    throw new UsageError(`--date must be a real date as YYYY-MM-DD, got '${values.date}'`);
  }
  const date = values.date ?? localIsoDate(io.now());
  const { text, path: journalPath } = await readJournalFile(
    singleJournalArgument(positionals, 'due [--date YYYY-MM-DD]'),
    io,
    'due [--date YYYY-MM-DD]'
  );
  const journal = parseJournal(text);
  const due = dueFollowUps(journal, date);
  // Cadence-due people (accepted, past their ideal interval since the last contact), each with why.
  const evidence = await loadEvidence(journalPath);
  const cadenceDue = losingTouch(journal, evidence.people, date, values['cadence-default']);
  if (values.json) {
    const rows = due.map((e) => ({
      name: e.name,
      id: e.id ?? null,
      status: e.status ?? null,
      followUp: e.followUp,
      line: e.headingLine + 1
    }));
    const cadenceRows = cadenceDue.map((i) => ({
      name: i.entry.name,
      id: i.entry.id ?? null,
      status: i.entry.status ?? null,
      followUp: null,
      line: i.entry.headingLine + 1,
      cadence: i.cadence!.text,
      due: i.due!.dueOn,
      why: i.due!.why
    }));
    io.out(`${JSON.stringify([...rows, ...cadenceRows], null, 2)}\n`);
    return 0;
  }
  if (due.length === 0 && cadenceDue.length === 0 && !values.quiet) io.out(`nothing due as of ${date}\n`);
  for (const entry of due) {
    io.out(
      `${entry.followUp}  ${entry.name}${entry.status ? ` (${entry.status})` : ''}  ${positionals[0]}:${entry.headingLine + 1}\n`
    );
  }
  for (const i of cadenceDue) {
    io.out(
      `${i.due!.dueOn}  ${i.entry.name} (${i.entry.status})  ${positionals[0]}:${i.entry.headingLine + 1}  ${i.due!.why}; warmth ${i.warmth.score} ${i.warmth.band}\n`
    );
  }
  return 0;
};
