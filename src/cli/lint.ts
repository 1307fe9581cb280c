import { parseArgs } from 'node:util';
import { lintJournal, parseJournal } from '../core/journal';
import { localIsoDate } from '../core/types';
import { readJournalFile, singleJournalArgument } from './journalFile';
import type { CliCommand } from './io';

/** `deliberate lint <journal> [--json] [--quiet]`: exit 1 when any diagnostic is an error. */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, quiet: { type: 'boolean' } },
    allowPositionals: true,
    strict: true
  });
  const { text } = await readJournalFile(singleJournalArgument(positionals, 'lint [--json]'), io, 'lint [--json]');
  const journal = parseJournal(text);
  const diagnostics = lintJournal(journal, { today: localIsoDate(io.now()) });
  if (values.json) {
    const rows = diagnostics.map((d) => ({ line: d.line + 1, severity: d.severity, code: d.code, message: d.message }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    for (const d of diagnostics) io.out(`${positionals[0]}:${d.line + 1}: ${d.severity} ${d.code}: ${d.message}\n`);
    // Silence would leave the user wondering whether anything ran; --quiet keeps hooks silent.
    if (diagnostics.length === 0 && !values.quiet) io.out(`no problems in ${entryCount(journal.entries.length)}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};

function entryCount(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}
