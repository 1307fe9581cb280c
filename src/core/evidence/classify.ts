/**
 * Which LinkedIn export file a text is, decided by its header line (within the first 50
 * lines, after any `Notes:` preamble), never by its name alone. Recommendations_Given and
 * _Received share one header, so only for those the file name says which way they go.
 */
import { parseCsvRows } from '../linkedin/csv';

export type EvidenceFileKind =
  | 'connections'
  | 'invitations'
  | 'messages'
  | 'endorsements-received'
  | 'endorsements-given'
  | 'recommendations-received'
  | 'recommendations-given';

export interface ClassifiedFile {
  kind: EvidenceFileKind;
  /** Header names, trimmed, quotes removed, as written. */
  columns: string[];
  /** Offset of the first data row. */
  next: number;
}

/** A file the importer recognised but cannot read: names the file and, when known, the column. */
export class EvidenceFormatError extends Error {}

export const REQUIRED_COLUMNS: Record<EvidenceFileKind, string[]> = {
  connections: ['First Name', 'Last Name'],
  invitations: ['From', 'To', 'Direction'],
  messages: ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE'],
  'endorsements-received': ['Endorsement Date', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url'],
  'endorsements-given': ['Endorsement Date', 'Endorsee First Name', 'Endorsee Last Name', 'Endorsee Public Url'],
  'recommendations-received': ['First Name', 'Last Name'],
  'recommendations-given': ['First Name', 'Last Name']
};

/** Why a file is skipped, or what it is. `undefined` kind: not an export file we read. */
export function classifyExportText(text: string, fileName: string): { file: ClassifiedFile } | { skipped: string } {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const probe = text.slice(0, 4096);
  // Binary data is not CSV: NUL bytes never occur in LinkedIn's text exports.
  if (probe.includes('\u0000')) return { skipped: 'not a text file' };
  for (let line = 0; line < 50 && pos < text.length; line++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const raw = text.slice(pos, Math.min(end, pos + 4000)).replace(/\r$/, '');
    const columns = (parseCsvRows(raw)[0] ?? []).map((c) => c.trim());
    const kind = kindOf(
      columns.map((c) => c.toLowerCase()),
      fileName
    );
    if (kind === 'ambiguous') {
      return { skipped: 'a recommendations file, but its name says neither Given nor Received' };
    }
    if (kind) return { file: { kind, columns, next: end + 1 } };
    pos = end + 1;
  }
  return { skipped: 'no LinkedIn export header this importer reads' };
}

function kindOf(lower: string[], fileName: string): EvidenceFileKind | 'ambiguous' | undefined {
  const has = (name: string) => lower.includes(name);
  if (has('conversation id') && (has('from') || has('content'))) return 'messages';
  if (lower.some((c) => c.startsWith('endorser '))) return 'endorsements-received';
  if (lower.some((c) => c.startsWith('endorsee '))) return 'endorsements-given';
  if (has('from') && has('to') && (has('direction') || has('sent at'))) return 'invitations';
  if (has('first name') && has('last name')) {
    if (has('connected on') || has('url') || has('email address')) return 'connections';
    if (has('text') || has('creation date') || has('job title')) {
      const base = fileName.toLowerCase().replace(/^.*[\\/:]/, '');
      if (base.includes('given')) return 'recommendations-given';
      if (base.includes('received')) return 'recommendations-received';
      return 'ambiguous';
    }
  }
  return undefined;
}

/** Column lookup by name, case-insensitively; a missing required column is one clear error. */
export function columnIndex(file: ClassifiedFile, fileName: string): (name: string) => number {
  const lower = file.columns.map((c) => c.toLowerCase());
  for (const name of REQUIRED_COLUMNS[file.kind]) {
    if (!lower.includes(name.toLowerCase())) {
      throw new EvidenceFormatError(`${fileName} (LinkedIn ${file.kind}) lacks the required column "${name}"`);
    }
  }
  return (name: string) => lower.indexOf(name.toLowerCase());
}
