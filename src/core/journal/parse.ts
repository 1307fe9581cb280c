import { QUESTIONS, STATUSES } from '../types';
import type { DraftBlock, Journal, JournalEntry, JournalSection, LogLine, MetadataLine, SectionKind } from './model';

/**
 * Lossless parser. It splits on `\n` once and looks closely only at lines whose first
 * character can start structure (`#`, a list bullet, a fence, a comment), so a 30,000-entry
 * journal costs little more than the split itself. Fenced blocks and HTML comments are
 * skipped so that a `## ` inside a draft or a comment never starts an entry.
 */

const HASH = 35, SPACE = 32, TAB = 9, DASH = 45, STAR = 42, PLUS = 43, BACKTICK = 96, TILDE = 126, LT = 60, CR = 13;

const META_RE = /^[ \t]{0,3}[-*+][ \t]+([A-Za-z][\w-]*)[ \t]*:/;
const LOG_RE = /^[ \t]{0,3}[-*+][ \t]+(\d[\d./-]*)[ \t]*:[ \t]?(.*)$/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const ESCAPED_PUNCT_RE = /\\([!-/:-@[-`{-~])/g;

const QUESTION_INDEX = new Map<string, number>(QUESTIONS.map((q, i) => [q, i]));
const STATUS_SET = new Set<string>(STATUSES);

export function parseJournal(text: string): Journal {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const lines = body.split('\n');
  const firstBreak = body.indexOf('\n');
  const eol: '\n' | '\r\n' = firstBreak > 0 && body.charCodeAt(firstBreak - 1) === CR ? '\r\n' : '\n';

  const entries: JournalEntry[] = [];
  const byId = new Map<string, JournalEntry>();
  let entry: JournalEntry | undefined;
  let section: JournalSection | undefined;
  let fence: { char: number; length: number } | undefined;
  let inComment = false;
  // True while the lines after a heading may still be its metadata list.
  let inMetadata = false;
  const count = lines.length;

  for (let i = 0; i < count; i++) {
    let line = lines[i];
    const first = line.charCodeAt(0);
    if (fence) {
      if ((first === fence.char || first === SPACE) && closesFence(line, fence)) {
        fence = undefined;
        if (entry?.draft && entry.draft.closeLine === undefined && section?.kind === 'draft') entry.draft.closeLine = i;
      }
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.charCodeAt(line.length - 1) === CR) line = line.slice(0, -1);
    if (line.length === 0 || isBlank(line)) {
      // A blank line ends a metadata list, but may sit between the heading and the list.
      if (inMetadata && entry && entry.metadata.length > 0) inMetadata = false;
      continue;
    }

    if (first === HASH || first === SPACE) {
      const heading = readHeading(line);
      if (heading) {
        if (heading.level <= 2) {
          if (section) section.endLine = i;
          section = undefined;
          if (entry) entry.endLine = i;
          entry = undefined;
          if (heading.level === 2) {
            entry = { name: headingName(heading.text), headingLine: i, endLine: count, metadata: [], sections: [], log: [], tags: [] };
            entries.push(entry);
            inMetadata = true;
          } else {
            inMetadata = false;
          }
          continue;
        }
        inMetadata = false;
        if (entry && heading.level === 3) {
          if (section) section.endLine = i;
          section = newSection(heading.text, i, count);
          entry.sections.push(section);
          continue;
        }
        continue;
      }
    }
    if (first === BACKTICK || first === TILDE || first === SPACE) {
      const open = FENCE_RE.exec(line);
      if (open && !(open[1].charCodeAt(0) === BACKTICK && open[2].includes('`'))) {
        fence = { char: open[1].charCodeAt(0), length: open[1].length };
        inMetadata = false;
        if (entry && section?.kind === 'draft' && !entry.draft) {
          const draft: DraftBlock = { openLine: i, info: open[2].trim() };
          entry.draft = draft;
        }
        continue;
      }
    }
    if (first === LT && line.startsWith('<!--')) {
      if (!line.includes('-->', 4)) inComment = true;
      inMetadata = false;
      continue;
    }
    if (entry && (first === DASH || first === STAR || first === PLUS || first === SPACE || first === TAB)) {
      if (inMetadata) {
        const meta = readMetadata(line, i);
        if (meta) {
          addMetadata(entry, meta, byId);
          continue;
        }
      }
      if (section?.kind === 'log') {
        const log = readLog(line, i);
        if (log) entry.log.push(log);
      }
    }
    inMetadata = false;
  }
  return { lines, bom, eol, preambleEnd: entries.length ? entries[0].headingLine : count, entries, byId };
}

function closesFence(rawLine: string, fence: { char: number; length: number }): boolean {
  const line = rawLine.charCodeAt(rawLine.length - 1) === CR ? rawLine.slice(0, -1) : rawLine;
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i++;
  let run = 0;
  while (line.charCodeAt(i + run) === fence.char) run++;
  return run >= fence.length && line.slice(i + run).trim() === '';
}

/** ATX heading: up to 3 spaces, 1-6 `#`, then a space, tab or end of line. */
function readHeading(line: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i++;
  let level = 0;
  while (level < 7 && line.charCodeAt(i + level) === HASH) level++;
  if (level === 0 || level > 6) return undefined;
  const next = line.charCodeAt(i + level);
  if (!Number.isNaN(next) && next !== SPACE && next !== TAB) return undefined;
  return { level, text: line.slice(i + level) };
}

/** Heading text → name: trims, drops a closing `#` sequence, and undoes backslash escapes. */
export function headingName(text: string): string {
  let name = text.trim();
  // Only a name ending in '#' can have a closing sequence; skip the regexes otherwise (hot path).
  if (name.charCodeAt(name.length - 1) === HASH) {
    if (/^#+$/.test(name)) return '';
    name = name.replace(/[ \t]+#+$/, '');
  }
  return name.includes('\\') ? name.replace(ESCAPED_PUNCT_RE, '$1') : name;
}

function newSection(text: string, line: number, endLine: number): JournalSection {
  const title = headingName(text);
  const questionIndex = QUESTION_INDEX.get(title);
  let kind: SectionKind = 'other';
  if (questionIndex !== undefined) kind = 'question';
  else {
    const lower = title.toLowerCase();
    if (lower === 'draft') kind = 'draft';
    else if (lower === 'log') kind = 'log';
  }
  return questionIndex === undefined ? { kind, title, headingLine: line, endLine } : { kind, title, headingLine: line, endLine, questionIndex };
}

export function readMetadata(line: string, lineNumber: number): MetadataLine | undefined {
  const match = META_RE.exec(line);
  if (!match) return undefined;
  const rawKey = match[1];
  // The bullet prefix holds no letters, so the first occurrence is the key.
  const keyStart = match[0].indexOf(rawKey);
  const colonEnd = match[0].length;
  let valueStart = colonEnd;
  while (valueStart < line.length && (line.charCodeAt(valueStart) === SPACE || line.charCodeAt(valueStart) === TAB)) valueStart++;
  let valueEnd = line.length;
  while (valueEnd > valueStart && (line.charCodeAt(valueEnd - 1) === SPACE || line.charCodeAt(valueEnd - 1) === TAB)) valueEnd--;
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

function addMetadata(entry: JournalEntry, meta: MetadataLine, byId: Map<string, JournalEntry>): void {
  entry.metadata.push(meta);
  const value = meta.value;
  // The first occurrence of a key wins; lint reports the duplicates.
  switch (meta.key) {
    case 'id':
      if (entry.id === undefined && value) {
        entry.id = value;
        if (!byId.has(value)) byId.set(value, entry);
      }
      break;
    case 'status':
      if (entry.status === undefined) {
        const lower = value.toLowerCase();
        entry.status = STATUS_SET.has(lower) ? lower : value;
      }
      break;
    case 'via': entry.via ??= value || undefined; break;
    case 'link': entry.link ??= stripAngles(value) || undefined; break;
    case 'source': entry.source ??= value || undefined; break;
    case 'seen': entry.seen ??= value || undefined; break;
    case 'decided': entry.decided ??= value || undefined; break;
    case 'follow-up': entry.followUp ??= value || undefined; break;
    case 'tags':
      if (entry.tags.length === 0) entry.tags = value.split(',').map((t) => t.trim()).filter(Boolean);
      break;
  }
}

function stripAngles(value: string): string {
  return value.startsWith('<') && value.endsWith('>') ? value.slice(1, -1) : value;
}

function readLog(line: string, lineNumber: number): LogLine | undefined {
  const match = LOG_RE.exec(line);
  if (!match) return undefined;
  const dateStart = line.indexOf(match[1]);
  return { line: lineNumber, date: match[1], text: match[2].trim(), dateStart, dateEnd: dateStart + match[1].length };
}

function isBlank(line: string): boolean {
  const first = line.charCodeAt(0);
  return (first === SPACE || first === TAB) && line.trim() === '';
}
