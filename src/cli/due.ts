import { parseArgs } from 'node:util';
import { dueFollowUps, isValidIsoDate, parseJournal } from '../core/journal';
import { localIsoDate } from '../core/types';
import { readJournalFile, singleJournalArgument } from './journalFile';
import { UsageError, type CliCommand } from './io';

/** `deliberate due <journal> [--date YYYY-MM-DD] [--json]`: one line per follow-up due, oldest first. */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { date: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' } },
    allowPositionals: true,
    strict: true
  });
  if (values.date !== undefined && !isValidIsoDate(values.date)) {
    throw new UsageError(`--date must be a real date as YYYY-MM-DD, got '${values.date}'`);
  }
  const date = values.date ?? localIsoDate(io.now());
  const { text } = await readJournalFile(
    singleJournalArgument(positionals, 'due [--date YYYY-MM-DD]'),
    io,
    'due [--date YYYY-MM-DD]'
  );
  const due = dueFollowUps(parseJournal(text), date);
  if (values.json) {
    const rows = due.map((e) => ({
      name: e.name,
      id: e.id ?? null,
      status: e.status ?? null,
      followUp: e.followUp,
      line: e.headingLine + 1
    }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (due.length === 0 && !values.quiet) io.out(`nothing due as of ${date}\n`);
  for (const entry of due) {
    io.out(
      `${entry.followUp}  ${entry.name}${entry.status ? ` (${entry.status})` : ''}  ${positionals[0]}:${entry.headingLine + 1}\n`
    );
  }
  return 0;
};
