import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { addEntriesEdit, applyTextEdits, parseJournal } from '../core/journal';
import { ExportFormatError, parseExportFiles, ZipFormatError } from '../core/linkedin';
import { localIsoDate } from '../core/types';
import { UsageError, type CliCommand } from './io';
import { writeJournalFile } from './journalFile';

const USAGE = 'usage: deliberate import <Connections.csv|Invitations.csv|export.zip> --journal <file>';
const MAX_CSV_BYTES = 64 * 1024 * 1024;

/**
 * `deliberate import <csv> --journal <file>`: appends new people as `status: new`, never
 * duplicating an id. The journal is written once, atomically (see writeJournalFile), and only
 * after everything parsed, so a failed import leaves it byte-for-byte untouched.
 */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { journal: { type: 'string' } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? `missing <Connections.csv|Invitations.csv>; ${USAGE}` : `one CSV at a time; ${USAGE}`
    );
  }
  if (!values.journal) throw new UsageError(`missing --journal <file>; ${USAGE}`);
  const csvPath = path.resolve(io.cwd, positionals[0]);
  const journalPath = path.resolve(io.cwd, values.journal);

  const bytes = await readCsv(csvPath, positionals[0]);
  let imported;
  try {
    imported = parseExportFiles([{ bytes, name: positionals[0] }]);
  } catch (error) {
    throw new UsageError(
      error instanceof ExportFormatError || error instanceof ZipFormatError
        ? error.message
        : `${positionals[0]}: ${(error as Error).message}`
    );
  }

  const journalText = await readJournalOrEmpty(journalPath, values.journal);
  const journal = parseJournal(journalText);
  const { edits, added, existing } = addEntriesEdit(journal, imported.events, {
    status: 'new',
    today: localIsoDate(io.now())
  });
  if (edits.length > 0) await writeJournalFile(journalPath, applyTextEdits(journalText, edits), values.journal);

  const parts = [
    `${added} new`,
    `${existing + imported.duplicates} already in the journal`,
    `${imported.hidden} hidden profile${imported.hidden === 1 ? '' : 's'} skipped`
  ];
  if (imported.outgoing > 0) {
    parts.push(`${imported.outgoing} outgoing invitation${imported.outgoing === 1 ? '' : 's'} ignored`);
  }
  io.out(`${parts.join(', ')}\n`);
  return 0;
};

async function readCsv(file: string, shown: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${shown} is a folder, not a CSV file`);
    if (info.size > MAX_CSV_BYTES) {
      throw new UsageError(`${shown} is larger than 64 MB; is it really a LinkedIn export?`);
    }
    return await readFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`
    );
  }
}

async function readJournalOrEmpty(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return '';
    throw new UsageError(
      `cannot read journal ${shown}: ${code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`
    );
  }
}
