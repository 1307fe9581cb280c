/**
 * The journal's in-memory model. It keeps the source text once and the start offset of every
 * line in a typed array, so printing an untouched model gives back the exact bytes, a line is
 * sliced only when something asks for it, and edits are computed as line/character ranges
 * without reprinting anything. Entries keep their metadata, sections and log as numbers in
 * shared typed arrays (see entry.ts) and build the objects below on demand: a 30,000-entry
 * journal stays a few times its text size in memory.
 */

/** Metadata keys in canonical order; lines the extension writes follow this order. */
export const METADATA_KEYS = [
  'id',
  'status',
  'via',
  'link',
  'source',
  'headline',
  'seen',
  'decided',
  'follow-up',
  'tags',
  'cadence'
] as const;
export type MetadataKey = (typeof METADATA_KEYS)[number];
export const DATE_KEYS: readonly string[] = ['seen', 'decided', 'follow-up'];

/** One `- key: value` line directly under an entry heading. Offsets are 0-based characters on the line. */
export interface MetadataLine {
  line: number;
  /** Lower-cased key, as the model reads it. */
  key: string;
  rawKey: string;
  /** Trimmed value. */
  value: string;
  keyStart: number;
  keyEnd: number;
  /** Offset just after the `:`. */
  colonEnd: number;
  valueStart: number;
  valueEnd: number;
}

export type SectionKind = 'question' | 'draft' | 'log' | 'other';

/** A `### Title` section inside an entry; it runs until the next heading of level 3 or less. */
export interface JournalSection {
  kind: SectionKind;
  title: string;
  headingLine: number;
  /** Exclusive. */
  endLine: number;
  /** 0-based index into QUESTIONS when kind is 'question'. */
  questionIndex?: number;
}

/** `- YYYY-MM-DD: what was done` inside `### Log`. The date is as written (lint checks it). */
export interface LogLine {
  line: number;
  date: string;
  text: string;
  dateStart: number;
  dateEnd: number;
}

export interface DraftBlock {
  openLine: number;
  /** Undefined when the fence is never closed. */
  closeLine?: number;
  info: string;
}

export interface JournalEntry {
  /** The person's name, with Markdown escapes and a closing `#` sequence removed. */
  name: string;
  id?: string;
  /** Lower-cased when it is a known status (case-insensitively), else as written. */
  status?: string;
  /** 0-based line of the `## Name` heading. */
  headingLine: number;
  /** Exclusive: the next level 1-2 heading, or the line count. */
  endLine: number;
  metadata: MetadataLine[];
  sections: JournalSection[];
  log: LogLine[];
  draft?: DraftBlock;
  via?: string;
  link?: string;
  source?: string;
  /** `- headline:`: the person's role line (Position at Company, or the feed item's description). */
  headline?: string;
  /** The invitation's own message: the `> ` quote directly after the metadata, as written there. */
  message?: string;
  seen?: string;
  decided?: string;
  followUp?: string;
  tags: string[];
}

export interface Journal {
  /** The source text without its BOM. */
  readonly text: string;
  /** Offset in `text` where each line starts (lines split on `\n`; each may end in `\r`). */
  readonly lineStarts: Uint32Array;
  /** Number of lines: one more than the number of `\n`. */
  readonly lineCount: number;
  readonly bom: boolean;
  /** The line break the file uses (the first one found), used for lines we insert. */
  readonly eol: '\n' | '\r\n';
  /** Line of the first entry heading, or the line count: free text and an optional `#` title live before it. */
  readonly preambleEnd: number;
  readonly entries: JournalEntry[];
  /** First entry per id. */
  readonly byId: ReadonlyMap<string, JournalEntry>;
  /**
   * What closes the code fence or `<!--` comment the file leaves open at its end (the fence's
   * marker, or `-->`); undefined when nothing is open. Appends close it first (see appendText).
   */
  readonly openBlockCloser?: string;
}

export interface JournalFix {
  title: string;
  edits: import('../types').TextEdit[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface JournalDiagnostic {
  /** 0-based. */
  line: number;
  severity: Severity;
  code: string;
  message: string;
  range?: import('../types').TextRange;
  fix?: JournalFix;
}

/** The line's text without its `\r` ('' past the end). */
export function lineText(journal: Journal, line: number): string {
  return lineTextOf(journal.text, journal.lineStarts, journal.lineCount, line);
}

/** lineText on the raw parts (entries use it through their shared storage). */
export function lineTextOf(text: string, lineStarts: Uint32Array, lineCount: number, line: number): string {
  if (line < 0 || line >= lineCount) return '';
  const start = lineStarts[line];
  let end = line + 1 < lineCount ? lineStarts[line + 1] - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** Prints the model: identical bytes to the parsed text while it is untouched. */
export function printJournal(journal: Journal): string {
  return (journal.bom ? '\uFEFF' : '') + journal.text;
}
