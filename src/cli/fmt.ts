import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatJournal } from '../core/journal';
import { readJournalFile } from './journalFile';
import { CliFailure, type CliCommand } from './io';

/**
 * `deliberate fmt <journal> [--check]`: rewrites metadata lines in place (prose untouched).
 * With --check it writes nothing and exits 1 when the file would change, for git hooks.
 */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({ args: argv, options: { check: { type: 'boolean' } }, allowPositionals: true, strict: true });
  const { path, text } = await readJournalFile(positionals[0], io, 'fmt [--check]');
  const formatted = formatJournal(text);
  if (formatted === text) return 0;
  if (values.check) {
    io.err(`${positionals[0]}: metadata is not formatted; run 'deliberate fmt ${positionals[0]}'\n`);
    return 1;
  }
  try {
    // No write bits means the user made it read-only; respect that even when running as root.
    if (((await stat(path)).mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EACCES (read-only file)' });
    await writeFile(path, formatted, 'utf8');
  } catch (error) {
    throw new CliFailure(`cannot write '${positionals[0]}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2);
  }
  io.out(`formatted ${positionals[0]}\n`);
  return 0;
};
