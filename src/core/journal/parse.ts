import { QUESTIONS, STATUSES } from '../types';
import { LOG_FIELDS, META_FIELDS, ParsedEntry, SECTION_FIELDS, type JournalStorage } from './entry';
import { headingName, readHeading } from './headings';
import { IntList } from './intList';
import { canonicalId } from './identity';
import { METADATA_KEYS, type Journal, type JournalEntry, type MetadataLine } from './model';
import { scanLog, scanMetadata, type ScannedMetadata } from './scan';

export { headingName } from './headings';

/**
 * Lossless parser. One forward scan with indexOf('\n') records where each line starts, and
 * looks closely (slices the line) only at lines whose first character can start structure
 * (`#`, a list bullet, a fence, a comment, indentation); prose costs one charCodeAt. Fenced
 * blocks and HTML comments are skipped so that a `## ` inside a draft or a comment never
 * starts an entry. Positions go into int arrays; see entry.ts for why.
 */

const HASH = 35,
  SPACE = 32,
  TAB = 9,
  DASH = 45,
  STAR = 42,
  PLUS = 43,
  BACKTICK = 96,
  TILDE = 126,
  LT = 60,
  CR = 13;
const KIND_QUESTION = 0,
  KIND_DRAFT = 1,
  KIND_LOG = 2,
  KIND_OTHER = 3;

const META_RE = /^[ \t]{0,3}[-*+][ \t]+([A-Za-z][\w-]*)[ \t]*:/;
export const FENCE_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

const QUESTION_INDEX = new Map<string, number>(QUESTIONS.map((q, i) => [q, i]));
/** Lower-cased status → the shared constant, so 30,000 entries do not each keep a copy. */
const STATUS_CONSTANTS = new Map<string, string>(STATUSES.map((s) => [s, s]));
const ID_CODE = METADATA_KEYS.indexOf('id'),
  STATUS_CODE = METADATA_KEYS.indexOf('status');

export function parseJournal(source: string): Journal {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const firstBreak = text.indexOf('\n');
  const eol: '\n' | '\r\n' = firstBreak > 0 && text.charCodeAt(firstBreak - 1) === CR ? '\r\n' : '\n';

  // Rough capacities from the text size (about 22 characters a line): fewer regrowths.
  const starts = new IntList(text.length >> 4);
  const meta = new IntList(text.length >> 5);
  const sections = new IntList(text.length >> 8);
  const logs = new IntList(text.length >> 7);
  const storage: JournalStorage = {
    text,
    lineStarts: new Uint32Array(0),
    lineCount: 0,
    meta: new Int32Array(0),
    sections: new Int32Array(0),
    logs: new Int32Array(0)
  };
  const entries: JournalEntry[] = [];
  const byId = new Map<string, JournalEntry>();
  let entry: ParsedEntry | undefined;
  /** Int offset of the open section's record in `sections`, or -1. */
  let section = -1;
  let fence: { char: number; length: number } | undefined;
  let inComment = false;
  // True while the lines after a heading may still be its metadata list.
  let inMetadata = false;
  const closeSection = (line: number) => {
    if (section >= 0) sections.set(section + 2, line);
    section = -1;
  };

  const scanned: ScannedMetadata = { keyCode: -1, keyStart: 0, keyEnd: 0, colonEnd: 0, valueStart: 0, valueEnd: 0 };
  /** A list item inside an entry: metadata while the list lasts, a log line inside `### Log`. */
  const listItem = (owner: ParsedEntry, lineStart: number, lineEnd: number, line: number) => {
    if (inMetadata && scanMetadata(text, lineStart, lineEnd, scanned)) {
      addMetadata(owner, text, lineStart, line, scanned, meta, byId);
      return;
    }
    if (section >= 0 && sections.get(section) === KIND_LOG) {
      const log = scanLog(text, lineStart, lineEnd);
      if (log) {
        logs.push(line);
        for (const offset of log) logs.push(offset);
        owner.logCount++;
      }
    }
    inMetadata = false;
  };

  let start = 0;
  for (let i = 0; ; i++) {
    starts.push(start);
    const next = text.indexOf('\n', start);
    const lineEnd = next < 0 ? text.length : next;
    const lineStart = start;
    start = lineEnd + 1;
    scan: {
      if (lineEnd === lineStart) {
        if (inMetadata && entry && entry.metaCount > 0) inMetadata = false;
        break scan;
      }
      const first = text.charCodeAt(lineStart);
      if (fence) {
        if ((first === fence.char || first === SPACE) && closesFence(text.slice(lineStart, lineEnd), fence)) {
          fence = undefined;
          if (
            entry?.draft &&
            entry.draft.closeLine === undefined &&
            section >= 0 &&
            sections.get(section) === KIND_DRAFT
          ) {
            entry.draft.closeLine = i;
          }
        }
        break scan;
      }
      if (inComment) {
        if (text.slice(lineStart, lineEnd).includes('-->')) inComment = false;
        break scan;
      }
      if (!mayStartStructure(first)) {
        // Prose (or a lone `\r`): it ends a metadata list unless the line is blank.
        if (!(first === CR && lineEnd === lineStart + 1)) inMetadata = false;
        else if (inMetadata && entry && entry.metaCount > 0) inMetadata = false;
        break scan;
      }
      const contentEnd = text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
      if (first === DASH || first === STAR || first === PLUS) {
        // A list item can be nothing else (heading, fence, comment, blank): no slice needed.
        if (entry) listItem(entry, lineStart, contentEnd, i);
        else inMetadata = false;
        break scan;
      }
      const line = text.slice(lineStart, contentEnd);
      if (isBlank(line)) {
        // A blank line ends a metadata list, but may sit between the heading and the list.
        if (inMetadata && entry && entry.metaCount > 0) inMetadata = false;
        break scan;
      }
      if (first === HASH || first === SPACE) {
        const heading = readHeading(line);
        if (heading) {
          if (heading.level <= 2) {
            closeSection(i);
            if (entry) entry.endLine = i;
            entry = undefined;
            if (heading.level === 2) {
              entry = new ParsedEntry(storage, headingName(heading.text), i, -1);
              entry.metaFrom = meta.length / META_FIELDS;
              entry.sectionFrom = sections.length / SECTION_FIELDS;
              entry.logFrom = logs.length / LOG_FIELDS;
              entries.push(entry);
              inMetadata = true;
            } else inMetadata = false;
            break scan;
          }
          inMetadata = false;
          if (entry && heading.level === 3) {
            closeSection(i);
            section = sections.length;
            const title = headingName(heading.text);
            const questionIndex = QUESTION_INDEX.get(title);
            sections.push(questionIndex === undefined ? otherKind(title) : KIND_QUESTION);
            sections.push(i);
            sections.push(-1);
            sections.push(questionIndex ?? -1);
            entry.sectionCount++;
          }
          break scan;
        }
      }
      if (first === BACKTICK || first === TILDE || first === SPACE) {
        const open = FENCE_RE.exec(line);
        if (open && !(open[1].charCodeAt(0) === BACKTICK && open[2].includes('`'))) {
          fence = { char: open[1].charCodeAt(0), length: open[1].length };
          inMetadata = false;
          if (entry && section >= 0 && sections.get(section) === KIND_DRAFT && !entry.draft) {
            entry.draft = { openLine: i, info: open[2].trim() };
          }
          break scan;
        }
      }
      if (first === LT && line.startsWith('<!--')) {
        if (!line.includes('-->', 4)) inComment = true;
        inMetadata = false;
        break scan;
      }
      if (entry && (first === SPACE || first === TAB)) listItem(entry, lineStart, contentEnd, i);
      else inMetadata = false;
    }
    if (next < 0) break;
  }
  const lineCount = starts.length;
  closeSection(lineCount);
  for (let s = 2; s < sections.length; s += SECTION_FIELDS) if (sections.get(s) < 0) sections.set(s, lineCount);
  for (const e of entries) if (e.endLine < 0) e.endLine = lineCount;
  // Offsets fit in int32: a journal is far below 2 GB of text.
  storage.lineStarts = new Uint32Array(starts.toArray().buffer);
  storage.lineCount = lineCount;
  storage.meta = meta.toArray();
  storage.sections = sections.toArray();
  storage.logs = logs.toArray();
  return {
    text,
    lineStarts: storage.lineStarts,
    lineCount,
    bom,
    eol,
    preambleEnd: entries.length ? entries[0].headingLine : lineCount,
    entries,
    byId,
    openBlockCloser: fence ? String.fromCharCode(fence.char).repeat(fence.length) : inComment ? '-->' : undefined
  };
}

/** Characters that can begin a heading, fence, comment, list item or indented/blank line. */
function mayStartStructure(first: number): boolean {
  return (
    first === HASH ||
    first === SPACE ||
    first === TAB ||
    first === DASH ||
    first === STAR ||
    first === PLUS ||
    first === BACKTICK ||
    first === TILDE ||
    first === LT
  );
}

function otherKind(title: string): number {
  const lower = title.toLowerCase();
  return lower === 'draft' ? KIND_DRAFT : lower === 'log' ? KIND_LOG : KIND_OTHER;
}

export function closesFence(rawLine: string, fence: { char: number; length: number }): boolean {
  const line = rawLine.charCodeAt(rawLine.length - 1) === CR ? rawLine.slice(0, -1) : rawLine;
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i++;
  let run = 0;
  while (line.charCodeAt(i + run) === fence.char) run++;
  return run >= fence.length && line.slice(i + run).trim() === '';
}

export function readMetadata(line: string, lineNumber: number): MetadataLine | undefined {
  const match = META_RE.exec(line);
  if (!match) return undefined;
  const rawKey = match[1];
  // The bullet prefix holds no letters, so the first occurrence is the key.
  const keyStart = match[0].indexOf(rawKey);
  const colonEnd = match[0].length;
  let valueStart = colonEnd;
  while (valueStart < line.length && (line.charCodeAt(valueStart) === SPACE || line.charCodeAt(valueStart) === TAB)) {
    valueStart++;
  }
  let valueEnd = line.length;
  while (valueEnd > valueStart && (line.charCodeAt(valueEnd - 1) === SPACE || line.charCodeAt(valueEnd - 1) === TAB)) {
    valueEnd--;
  }
  return {
    line: lineNumber,
    key: rawKey.toLowerCase(),
    rawKey,
    value: line.slice(valueStart, valueEnd),
    keyStart,
    keyEnd: keyStart + rawKey.length,
    colonEnd,
    valueStart,
    valueEnd
  };
}

/** Records the line's positions; keeps only id and status as strings (the first occurrence wins). */
function addMetadata(
  entry: ParsedEntry,
  text: string,
  lineStart: number,
  line: number,
  found: ScannedMetadata,
  meta: IntList,
  byId: Map<string, JournalEntry>
): void {
  meta.push(line);
  meta.push(found.keyCode);
  meta.push(found.keyStart);
  meta.push(found.keyEnd);
  meta.push(found.colonEnd);
  meta.push(found.valueStart);
  meta.push(found.valueEnd);
  entry.metaCount++;
  if (found.keyCode === ID_CODE) {
    if (entry.id === undefined && found.valueEnd > found.valueStart) {
      const value = text.slice(lineStart + found.valueStart, lineStart + found.valueEnd);
      entry.id = value;
      if (!byId.has(value)) byId.set(value, entry);
      const canonical = canonicalId(value);
      entry.canonicalKey = canonical;
      if (canonical !== value && !byId.has(canonical)) byId.set(canonical, entry);
    }
  } else if (found.keyCode === STATUS_CODE && entry.status === undefined) {
    const value = text.slice(lineStart + found.valueStart, lineStart + found.valueEnd);
    entry.status = STATUS_CONSTANTS.get(value.toLowerCase()) ?? value;
  }
}

function isBlank(line: string): boolean {
  const first = line.charCodeAt(0);
  return line.length === 0 || ((first === SPACE || first === TAB) && line.trim() === '');
}
