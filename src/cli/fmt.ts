import { parseArgs } from 'node:util';
import { formatJournal } from '../core/journal';
import { readJournalFile, singleJournalArgument, writeJournalFile } from './journalFile';
import { type CliCommand } from './io';

/**
 * `deliberate fmt <journal> [--check]`: rewrites metadata lines in place (prose untouched).
 * With --check it writes nothing and exits 1 when the file would change, for git hooks.
 */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { check: { type: 'boolean' }, quiet: { type: 'boolean' } },
    allowPositionals: true,
    strict: true
  });
  const { path, text } = await readJournalFile(
    singleJournalArgument(positionals, 'fmt [--check]'),
    io,
    'fmt [--check]'
  );
  const formatted = formatJournal(text);
  if (formatted === text) {
    if (!values.quiet) io.out(`${positionals[0]}: already formatted\n`);
    return 0;
  }
  if (values.check) {
    io.err(`${positionals[0]}: metadata is not formatted; run 'deliberate fmt ${positionals[0]}'\n`);
    return 1;
  }
  await writeJournalFile(path, formatted, `'${positionals[0]}'`);
  io.out(`formatted ${positionals[0]}\n`);
  return 0;
};
