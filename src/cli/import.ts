import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { addEntriesEdit, applyTextEdits, parseJournal } from '../core/journal';
import { ExportFormatError, parseExportFiles, ZipFormatError } from '../core/linkedin';
import { localIsoDate } from '../core/types';
import { UsageError, type CliCommand } from './io';
import { JournalFileError, readRegularFileCapped } from '../node/journalFile';
import { updateJournal } from './journalFile';

const USAGE = 'usage: deliberate import <Connections.csv|Invitations.csv|export.zip> --journal <file>';
const MAX_CSV_BYTES = 64 * 1024 * 1024;

/**
 * `deliberate import <csv> --journal <file>`: appends new people as `status: new`, never
 * duplicating an id. The journal is read, changed and written under its lock (see updateJournal), and only
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

  const today = localIsoDate(io.now());
  const { result } = await updateJournal(
    journalPath,
    `journal ${values.journal}`,
    (journalText) => {
      const outcome = addEntriesEdit(parseJournal(journalText), imported.events, { status: 'new', today });
      return {
        text: outcome.edits.length > 0 ? applyTextEdits(journalText, outcome.edits) : undefined,
        result: outcome
      };
    },
    { missingAsEmpty: true }
  );
  const { added, existing } = result;

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
    return await readRegularFileCapped(file, shown, MAX_CSV_BYTES);
  } catch (error) {
    if (!(error instanceof JournalFileError)) throw error;
    if (error.reason === 'too-large') {
      throw new UsageError(`${shown} is larger than 64 MB; is it really a LinkedIn export?`);
    }
    if (error.reason === 'not-regular' && /directory/.test(error.message)) {
      throw new UsageError(`${shown} is a folder, not a CSV file`);
    }
    throw new UsageError(error.message);
  }
}
