import type { TextEdit, TextPosition } from '../types';
import { LOG_FIELDS, META_FIELDS, ParsedEntry, SECTION_FIELDS, type JournalStorage } from './entry';
import { canonicalId } from './identity';
import type { Journal, JournalEntry } from './model';
import { parseJournal } from './parse';

/**
 * The journal after one text change, re-parsing only the entries the change touches.
 *
 * Why this is exact: the parser's state at a recognised `## ` entry heading is always the same
 * (no open fence or comment, a fresh entry), so the text before the first touched entry parses as
 * before, and once the re-scan meets an old entry heading (past the change) again as a heading,
 * everything after it parses as before too, only moved by the change's line and character deltas.
 * If the change opens a fence or a comment, that heading is not a heading any more and the re-scan
 * goes on (over twice as many entries each time) until one is, or to the end. parseJournal stays
 * the reference: the property test holds the two equal after random edit sequences.
 *
 * Cost: the parse is proportional to the touched entries; the rest is copying the typed arrays
 * and one small object per entry (no string is sliced, no line scanned). Positions follow VS
 * Code's: 0-based, characters beyond a line's content clamp to its end (before any `\r`).
 */
export function applyTextChange(journal: Journal, change: TextEdit): Journal {
  const old = journal;
  const start = offsetAt(old, change.range.start);
  const end = Math.max(start, offsetAt(old, change.range.end));
  const text = old.text.slice(0, start) + change.newText + old.text.slice(end);
  const first = old.entries[0];
  // Nothing to reuse, or a leading U+FEFF that a standalone parse would take for a BOM.
  if (!(first instanceof ParsedEntry) || (start === 0 && text.charCodeAt(0) === 0xfeff)) {
    return reparse(old, text);
  }
  const entries = old.entries as ParsedEntry[];
  const startLine = lineAt(old, start);
  const endLine = lineAt(old, end);
  const lineDelta = countBreaks(change.newText) - (endLine - startLine);
  const charDelta = change.newText.length - (end - start);

  // The first entry to re-scan: the one holding the change, or the one before when its heading is touched.
  let from = lastEntryAtOrBefore(entries, startLine);
  if (from >= 0 && entries[from].headingLine === startLine) from--;
  const fromLine = from >= 0 ? entries[from].headingLine : 0;
  const fromOffset = old.lineStarts[fromLine];

  // The first old entry wholly after the change: a candidate to meet again as a heading.
  let to = lastEntryAtOrBefore(entries, endLine) + 1;
  let span = 1;
  for (;;) {
    if (to >= entries.length) {
      const segment = parseJournal(text.slice(fromOffset));
      return splice(old, text, { from: Math.max(from, 0), to: entries.length, fromLine, fromOffset, segment }, 0, 0);
    }
    const heading = entries[to].headingLine;
    const headingEnd = heading + 1 < old.lineCount ? old.lineStarts[heading + 1] + charDelta : text.length;
    const segment = parseJournal(text.slice(fromOffset, headingEnd));
    const last = segment.entries[segment.entries.length - 1];
    if (last && last.headingLine === heading + lineDelta - fromLine) {
      return splice(old, text, { from: Math.max(from, 0), to, fromLine, fromOffset, segment }, lineDelta, charDelta);
    }
    to += span;
    span *= 2;
  }
}

/** Several changes in order, each against the text the previous one left (VS Code's contentChanges). */
export function applyTextChanges(journal: Journal, changes: readonly TextEdit[]): Journal {
  let out = journal;
  for (const change of changes) out = applyTextChange(out, change);
  return out;
}

interface Segment {
  /** Old entries [from, to) are replaced by the segment's entries (its last one is entries[to]'s heading). */
  from: number;
  to: number;
  fromLine: number;
  fromOffset: number;
  segment: Journal;
}

function splice(old: Journal, text: string, s: Segment, lineDelta: number, charDelta: number): Journal {
  const entries = old.entries as ParsedEntry[];
  const oldStorage = entries[0].storage;
  const tail = s.to < entries.length;
  // Lines of the segment that are new: all of it at the end of the text, else up to the met heading.
  const segLines = tail ? entries[s.to].headingLine + lineDelta - s.fromLine : s.segment.lineCount;
  const segEntries = (tail ? s.segment.entries.slice(0, -1) : s.segment.entries) as ParsedEntry[];
  const segStorage = (s.segment.entries[0] as ParsedEntry | undefined)?.storage;

  const lineCount = s.fromLine + segLines + (tail ? old.lineCount - entries[s.to].headingLine : 0);
  const lineStarts = new Uint32Array(lineCount);
  lineStarts.set(old.lineStarts.subarray(0, s.fromLine));
  for (let i = 0; i < segLines; i++) lineStarts[s.fromLine + i] = s.segment.lineStarts[i] + s.fromOffset;
  if (tail) {
    const at = s.fromLine + segLines;
    const oldFrom = entries[s.to].headingLine;
    for (let i = oldFrom; i < old.lineCount; i++) lineStarts[at + i - oldFrom] = old.lineStarts[i] + charDelta;
  }

  const cut = (field: 'meta' | 'section' | 'log', at: number) =>
    at < entries.length ? recordFrom(entries[at], field) : recordCount(oldStorage, field);
  const storage: JournalStorage = {
    text,
    lineStarts,
    lineCount,
    meta: joinRecords(oldStorage.meta, segStorage?.meta, META_FIELDS, cut('meta', s.from), cut('meta', s.to), {
      lines: [0],
      segment: s.fromLine,
      tail: lineDelta
    }),
    sections: joinRecords(
      oldStorage.sections,
      segStorage?.sections,
      SECTION_FIELDS,
      cut('section', s.from),
      cut('section', s.to),
      { lines: [1, 2], segment: s.fromLine, tail: lineDelta }
    ),
    logs: joinRecords(oldStorage.logs, segStorage?.logs, LOG_FIELDS, cut('log', s.from), cut('log', s.to), {
      lines: [0],
      segment: s.fromLine,
      tail: lineDelta
    })
  };

  const out: JournalEntry[] = [];
  const byId = new Map<string, JournalEntry>();
  const shifted = { meta: 0, section: 0, log: 0 };
  for (let i = 0; i < s.from; i++) out.push(copyEntry(entries[i], storage, 0, shifted, byId));
  const base = { meta: cut('meta', s.from), section: cut('section', s.from), log: cut('log', s.from) };
  for (const e of segEntries) out.push(copyEntry(e, storage, s.fromLine, base, byId));
  if (tail) {
    const after = { meta: 0, section: 0, log: 0 };
    for (const e of segEntries) {
      after.meta = e.metaFrom + e.metaCount;
      after.section = e.sectionFrom + e.sectionCount;
      after.log = e.logFrom + e.logCount;
    }
    const moved = {
      meta: base.meta + after.meta - cut('meta', s.to),
      section: base.section + after.section - cut('section', s.to),
      log: base.log + after.log - cut('log', s.to)
    };
    for (let i = s.to; i < entries.length; i++) out.push(copyEntry(entries[i], storage, lineDelta, moved, byId));
  }
  const firstBreak = text.indexOf('\n');
  return {
    text,
    lineStarts,
    lineCount,
    bom: old.bom,
    eol: firstBreak > 0 && text.charCodeAt(firstBreak - 1) === 13 ? '\r\n' : '\n',
    preambleEnd: out.length ? out[0].headingLine : lineCount,
    entries: out,
    byId
  };
}

/** The same entry on the new storage, its lines moved by `lines` and its record indexes by `records`. */
function copyEntry(
  e: ParsedEntry,
  storage: JournalStorage,
  lines: number,
  records: { meta: number; section: number; log: number },
  byId: Map<string, JournalEntry>
): ParsedEntry {
  const copy = new ParsedEntry(storage, e.name, e.headingLine + lines, e.endLine + lines);
  copy.id = e.id;
  copy.canonicalKey = e.canonicalKey;
  copy.status = e.status;
  if (e.draft) {
    copy.draft = { openLine: e.draft.openLine + lines, info: e.draft.info };
    if (e.draft.closeLine !== undefined) copy.draft.closeLine = e.draft.closeLine + lines;
  }
  copy.metaFrom = e.metaFrom + records.meta;
  copy.metaCount = e.metaCount;
  copy.sectionFrom = e.sectionFrom + records.section;
  copy.sectionCount = e.sectionCount;
  copy.logFrom = e.logFrom + records.log;
  copy.logCount = e.logCount;
  if (copy.id !== undefined) {
    // As the parser does: the first entry per id, under its spelling and its canonical one.
    if (!byId.has(copy.id)) byId.set(copy.id, copy);
    const canonical = copy.canonicalKey ?? canonicalId(copy.id);
    if (canonical !== copy.id && !byId.has(canonical)) byId.set(canonical, copy);
  }
  return copy;
}

/** Old records [0, cutFrom), the segment's records, old records [cutTo, end); line fields moved. */
function joinRecords(
  old: Int32Array,
  segment: Int32Array | undefined,
  fields: number,
  cutFrom: number,
  cutTo: number,
  shift: { lines: number[]; segment: number; tail: number }
): Int32Array {
  const seg = segment ?? new Int32Array(0);
  const head = cutFrom * fields;
  const rest = old.length - cutTo * fields;
  const out = new Int32Array(head + seg.length + rest);
  out.set(old.subarray(0, head));
  out.set(seg, head);
  out.set(old.subarray(cutTo * fields), head + seg.length);
  for (let at = head; at < head + seg.length; at += fields) for (const f of shift.lines) out[at + f] += shift.segment;
  if (shift.tail !== 0) {
    for (let at = head + seg.length; at < out.length; at += fields) {
      for (const f of shift.lines) out[at + f] += shift.tail;
    }
  }
  return out;
}

function recordFrom(e: ParsedEntry, field: 'meta' | 'section' | 'log'): number {
  return field === 'meta' ? e.metaFrom : field === 'section' ? e.sectionFrom : e.logFrom;
}

function recordCount(storage: JournalStorage, field: 'meta' | 'section' | 'log'): number {
  return field === 'meta'
    ? storage.meta.length / META_FIELDS
    : field === 'section'
      ? storage.sections.length / SECTION_FIELDS
      : storage.logs.length / LOG_FIELDS;
}

function reparse(old: Journal, text: string): Journal {
  return parseJournal((old.bom ? '\uFEFF' : '') + text);
}

/** Offset of a position, clamped like VS Code: past the last line to the end, past a line's content to its end. */
export function offsetAt(journal: Journal, position: TextPosition): number {
  const { lineStarts, lineCount, text } = journal;
  if (position.line < 0) return 0;
  if (position.line >= lineCount) return text.length;
  const lineStart = lineStarts[position.line];
  let lineEnd = position.line + 1 < lineCount ? lineStarts[position.line + 1] - 1 : text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  return lineStart + Math.min(Math.max(position.character, 0), lineEnd - lineStart);
}

/** The line holding an offset (binary search over the line starts). */
function lineAt(journal: Journal, offset: number): number {
  let lo = 0;
  let hi = journal.lineCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (journal.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the last entry whose heading is at or before the line, or -1. */
function lastEntryAtOrBefore(entries: readonly JournalEntry[], line: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].headingLine <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
