import { parseArgs } from 'node:util';
import { formatJournal } from '../core/journal';
import { resolve } from 'node:path';
import { readJournalFile, singleJournalArgument, updateJournal } from './journalFile';
import { UsageError, type CliCommand } from './io';

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
  const file = singleJournalArgument(positionals, 'fmt [--check]');
  if (values.check) {
    const { text } = await readJournalFile(file, io, 'fmt [--check]');
    if (formatJournal(text) === text) {
      if (!values.quiet) io.out(`${positionals[0]}: already formatted\n`);
      return 0;
    }
    io.err(`${positionals[0]}: metadata is not formatted; run 'deliberate fmt ${positionals[0]}'\n`);
    return 1;
  }
  if (!file) throw new UsageError('missing <journal>; usage: deliberate fmt [--check] <journal>');
  const { changed } = await updateJournal(resolve(io.cwd, file), `journal '${file}'`, (text) => ({
    text: formatJournal(text),
    result: undefined
  }));
  if (changed) io.out(`formatted ${positionals[0]}\n`);
  else if (!values.quiet) io.out(`${positionals[0]}: already formatted\n`);
  return 0;
};
