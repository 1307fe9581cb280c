/**
 * LinkedIn's data export (Connections.csv, Invitations.csv) → connection events. Which file
 * it is comes from the header, not the file name. Bad input gets one clear line that names
 * the file; nothing here touches the journal.
 */
import type { ConnectionEvent } from '../types';
import { canonicalId } from '../journal/identity';
import { parseCsvRows, scanCsv } from './csv';
import { connectionRow, invitationRow, type RowContext } from './rows';
import { decodeBytes } from '../feeds/decode';

export { parseCsvRows } from './csv';
export { parseConnectedOn, parseSentAt } from './rows';
export { normaliseProfileUrl } from './profileUrl';

export type ExportKind = 'connections' | 'invitations';

export interface LinkedInImport {
  kind: ExportKind;
  events: ConnectionEvent[];
  /** Data rows read (excluding blank lines). */
  rows: number;
  /** Rows without a name: profiles hidden from the export. */
  hidden: number;
  /** Invitations the user sent, which are not people to deliberate on. */
  outgoing: number;
  /** Rows whose id already appeared earlier in the same file. */
  duplicates: number;
}

const REQUIRED: Record<ExportKind, string[]> = {
  connections: ['First Name', 'Last Name'],
  invitations: ['From', 'To', 'Direction']
};

export class ExportFormatError extends Error {}

/** Parses an export's text. `fileName` is only used in messages. */
export function parseLinkedInExport(text: string, fileName: string): LinkedInImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim().length === 0) {
    throw new ExportFormatError(`${fileName} is empty; expected LinkedIn's Connections.csv or Invitations.csv`);
  }
  const header = findHeader(body);
  if (!header) {
    throw new ExportFormatError(
      `${fileName} is not a LinkedIn Connections.csv or Invitations.csv export (no "First Name,Last Name,…" or "From,To,…" header line)`
    );
  }
  const columns = header.fields.map((f) => f.trim());
  const missing = REQUIRED[header.kind].filter((name) => !columns.some((c) => c.toLowerCase() === name.toLowerCase()));
  if (missing.length > 0) {
    const what = header.kind === 'connections' ? 'Connections.csv' : 'Invitations.csv';
    throw new ExportFormatError(
      `${fileName} looks like ${what} but lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`
    );
  }
  const index = (name: string) => columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  const context: RowContext = { index };
  const result: LinkedInImport = { kind: header.kind, events: [], rows: 0, hidden: 0, outgoing: 0, duplicates: 0 };
  const seen = new Set<string>();
  const read = header.kind === 'connections' ? connectionRow(context) : invitationRow(context);
  const events = result.events;
  scanCsv(body, header.next, (fields, plain) => {
    if (fields.length === 1 && (fields[0] === '' || fields[0].trim() === '')) return;
    result.rows++;
    const outcome = read(fields, plain);
    if (outcome === 'hidden') result.hidden++;
    else if (outcome === 'outgoing') result.outgoing++;
    else {
      // One hash lookup instead of has() then add().
      const before = seen.size;
      seen.add(canonicalId(outcome.id));
      if (seen.size === before) result.duplicates++;
      else events.push(outcome);
    }
  });
  if (result.rows === 0) throw new ExportFormatError(`${fileName} has a header but no rows`);
  return result;
}

/** Finds the header line after LinkedIn's "Notes:" preamble (within the first 50 lines). */
function findHeader(text: string): { kind: ExportKind; fields: string[]; next: number } | undefined {
  let pos = 0;
  for (let line = 0; line < 50 && pos < text.length; line++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const raw = text.slice(pos, end).replace(/\r$/, '');
    const lower = raw.toLowerCase();
    if (
      /^"?first name"?\s*,/.test(lower) ||
      (lower.includes('first name') && lower.includes('last name') && lower.includes(','))
    ) {
      return { kind: 'connections', fields: parseCsvRows(raw)[0] ?? [], next: end + 1 };
    }
    if (/^"?from"?\s*,\s*"?to"?\s*,/.test(lower)) {
      return { kind: 'invitations', fields: parseCsvRows(raw)[0] ?? [], next: end + 1 };
    }
    pos = end + 1;
  }
  return undefined;
}

/** Totals over several files (e.g. both CSVs of one export), ids deduplicated across them. */
export interface ImportSummary {
  events: ConnectionEvent[];
  hidden: number;
  outgoing: number;
  duplicates: number;
}

/**
 * Bytes of Connections.csv / Invitations.csv files → events and counts, ids deduplicated.
 * Throws ExportFormatError with a one-line message naming the file.
 */
export function parseExportFiles(files: readonly { bytes: Uint8Array; name: string }[]): ImportSummary {
  const summary: ImportSummary = { events: [], hidden: 0, outgoing: 0, duplicates: 0 };
  const seen = new Set<string>();
  for (const file of files) {
    const isZip = file.bytes[0] === 0x50 && file.bytes[1] === 0x4b && file.bytes[2] === 0x03 && file.bytes[3] === 0x04;
    // Zips are unpacked in src/node/linkedin (I/O and inflation do not belong in core).
    if (isZip) throw new ExportFormatError(`${file.name} is a zip; unpack it with src/node/linkedin first`);
    const parts = [parseLinkedInExport(decodeBytes(file.bytes).text, file.name)];
    for (const part of parts) {
      summary.hidden += part.hidden;
      summary.outgoing += part.outgoing;
      summary.duplicates += part.duplicates;
      for (const event of part.events) {
        const key = canonicalId(event.id);
        if (seen.has(key)) summary.duplicates++;
        else {
          seen.add(key);
          summary.events.push(event);
        }
      }
    }
  }
  return summary;
}
