/**
 * The files of a LinkedIn export, from any mix of a .zip, an extracted folder (searched
 * recursively) and single files, decoded to text. Non-CSV entries are listed as skipped.
 */
import { readdir, stat } from 'node:fs/promises';
import { JournalFileError, readRegularFileCapped } from '../journalFile';
import * as path from 'node:path';
import { decodeBytes } from '../../core/feeds/decode';
import { classifyExportText, type ExportText } from '../../core/evidence';
import { parseExportFiles, type ImportSummary } from '../../core/linkedin';
import { isZip, readZipCsvs, ZipFormatError } from './zip';

export { ZipFormatError } from './zip';

const MAX_FILE_BYTES = 512 * 1024 * 1024;
const MAX_FOLDER_FILES = 5000;

export interface CollectedExport {
  files: ExportText[];
  skipped: string[];
}

export class ExportInputError extends Error {}

/** `shown` is how the user wrote each input (used in messages); `inputs` are absolute paths. */
export async function collectExportFiles(inputs: readonly { path: string; shown: string }[]): Promise<CollectedExport> {
  const out: CollectedExport = { files: [], skipped: [] };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ExportInputError(
        `cannot read ${input.shown}: ${code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`
      );
    }
    if (info.isDirectory()) await walk(input.path, input.shown, out, { count: 0 });
    else await addFile(input.path, input.shown, out, true);
  }
  return out;
}

async function addFile(file: string, shown: string, out: CollectedExport, explicit: boolean): Promise<void> {
  let bytes: Uint8Array;
  try {
    // Refuses devices, pipes and sockets, and caps while reading (a /dev/zero never ends).
    bytes = await readRegularFileCapped(file, shown, MAX_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof JournalFileError)) throw error;
    if (error.reason === 'too-large') {
      throw new ExportInputError(`${shown} is larger than 512 MB; is it really a LinkedIn export?`);
    }
    throw new ExportInputError(error.message);
  }
  if (isZip(bytes)) {
    const zip = readZipCsvs(bytes, shown);
    for (const entry of zip.csvs) {
      out.files.push({ name: `${shown}:${entry.name}`, text: decodeBytes(entry.data).text });
    }
    out.skipped.push(...zip.skipped.map((s) => `${shown}:${s}`));
    return;
  }
  if (!explicit && !/\.csv$/i.test(file)) {
    out.skipped.push(shown);
    return;
  }
  out.files.push({ name: shown, text: decodeBytes(bytes).text });
}

async function walk(dir: string, shown: string, out: CollectedExport, seen: { count: number }): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const label = path.join(shown, entry.name);
    if (entry.isDirectory()) await walk(full, label, out, seen);
    else if (entry.isFile()) {
      if (++seen.count > MAX_FOLDER_FILES) {
        throw new ExportInputError(
          `${shown} holds more than ${MAX_FOLDER_FILES} files; point at the export folder itself`
        );
      }
      await addFile(full, label, out, false);
    } else out.skipped.push(label);
  }
}

export function isInputError(error: unknown): error is Error {
  return error instanceof ExportInputError || error instanceof ZipFormatError;
}

/**
 * Connections.csv / Invitations.csv bytes or the export .zip → connection events (the journal
 * import path): zips are unpacked here with the caps of readZipCsvs, then core parses the CSVs.
 */
export function parseConnectionExportBytes(files: readonly { bytes: Uint8Array; name: string }[]): ImportSummary {
  const csvs: { bytes: Uint8Array; name: string }[] = [];
  for (const file of files) {
    if (!isZip(file.bytes)) {
      csvs.push(file);
      continue;
    }
    const wanted = readZipCsvs(file.bytes, file.name).csvs.filter((entry) => {
      const c = classifyExportText(decodeBytes(entry.data).text, entry.name);
      return 'file' in c && (c.file.kind === 'connections' || c.file.kind === 'invitations');
    });
    if (wanted.length === 0) {
      throw new ZipFormatError(
        `${file.name} holds no Connections.csv or Invitations.csv; is it LinkedIn's data export?`
      );
    }
    for (const entry of wanted) csvs.push({ bytes: entry.data, name: `${file.name}:${entry.name}` });
  }
  return parseExportFiles(csvs);
}
