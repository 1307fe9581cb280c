import { parseArgs } from 'node:util';
import { lintJournal, parseJournal } from '../core/journal';
import { localIsoDate } from '../core/types';
import { readJournalFile, singleJournalArgument } from './journalFile';
import type { CliCommand } from './io';

/** `deliberate lint <journal> [--json]`: exit 1 when any diagnostic is an error. */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true
  });
  const { text } = await readJournalFile(singleJournalArgument(positionals, 'lint [--json]'), io, 'lint [--json]');
  const diagnostics = lintJournal(parseJournal(text), { today: localIsoDate(io.now()) });
  if (values.json) {
    const rows = diagnostics.map((d) => ({ line: d.line + 1, severity: d.severity, code: d.code, message: d.message }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    for (const d of diagnostics) io.out(`${positionals[0]}:${d.line + 1}: ${d.severity} ${d.code}: ${d.message}\n`);
  }
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
};
