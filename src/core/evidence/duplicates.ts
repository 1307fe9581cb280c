/**
 * Likely duplicates (the same person from a feed, Connections.csv, an invitation and a hand-
 * written entry) and the merge the user can ask for. Detection only suggests; merging happens
 * only through the quick fix or the sidebar action, and keeps every line of both entries:
 * the other entry's new metadata keys join the kept entry's metadata, its log lines join the
 * kept `### Log`, and everything else (conflicting metadata, sections, prose) follows under
 * `### Merged from <name>`, where a conflict stays visible instead of being decided silently.
 */
import type { Journal, JournalEntry } from '../journal/model';
import { lineText } from '../journal/model';
import { canonicalId, normaliseName } from '../journal/identity';
import { insertLinesAfter } from '../journal/textEdits';
import type { TextEdit } from '../types';

export interface DuplicatePair {
  /** The earlier entry: the one to merge into. */
  keep: JournalEntry;
  other: JournalEntry;
  why: string;
}

function companyOf(entry: JournalEntry): string | undefined {
  const at = entry.headline ? / at (.+)$/i.exec(entry.headline) : null;
  return at ? normaliseName(at[1]) : undefined;
}

/** Each later entry that looks like an earlier one, with the first reason found. */
export function findDuplicates(journal: Journal): DuplicatePair[] {
  const seen = new Map<string, JournalEntry>();
  const pairs: DuplicatePair[] = [];
  for (const entry of journal.entries) {
    const keys: [string, string][] = [];
    for (const url of [entry.id, entry.link]) {
      if (url && /^https?:\/\//i.test(url)) keys.push([`url:${canonicalId(url)}`, 'same profile URL']);
    }
    const email = entry.metadata
      .find((m) => m.key === 'email')
      ?.value.trim()
      .toLowerCase();
    if (email) keys.push([`email:${email}`, 'same email']);
    const company = companyOf(entry);
    const name = normaliseName(entry.name);
    if (company && name) keys.push([`name:${name}\u0000${company}`, 'same name and company']);
    let found: DuplicatePair | undefined;
    for (const [key, why] of keys) {
      const earlier = seen.get(key);
      if (earlier && earlier !== entry && !found) found = { keep: earlier, other: entry, why };
    }
    if (found) pairs.push(found);
    for (const [key] of keys) if (!seen.has(key)) seen.set(key, entry);
  }
  return pairs;
}

/** The edits that merge `other` into `keep` (see the file comment). Pure; nothing is dropped. */
export function mergeEntriesEdits(journal: Journal, keep: JournalEntry, other: JournalEntry): TextEdit[] {
  const keepValues = new Map(keep.metadata.map((m) => [m.key, m.value]));
  const moveMeta: string[] = [];
  const movedLines = new Set<number>();
  for (const m of other.metadata) {
    const mine = keepValues.get(m.key);
    if (mine === undefined) {
      moveMeta.push(lineText(journal, m.line));
      movedLines.add(m.line);
      keepValues.set(m.key, m.value);
    } else if (mine === m.value) movedLines.add(m.line); // the same fact twice: once is enough
  }
  const keepLog = keep.sections.find((s) => s.kind === 'log');
  const moveLog: string[] = [];
  if (keepLog) {
    for (const l of other.log) {
      moveLog.push(lineText(journal, l.line));
      movedLines.add(l.line);
    }
  }
  const rest: string[] = [];
  for (let line = other.headingLine + 1; line < other.endLine; line++) {
    if (!movedLines.has(line)) rest.push(lineText(journal, line));
  }
  while (rest.length && rest[rest.length - 1].trim() === '') rest.pop();
  while (rest.length && rest[0].trim() === '') rest.shift();

  const edits: TextEdit[] = [];
  const lastMeta = keep.metadata.length ? keep.metadata[keep.metadata.length - 1].line : keep.headingLine;
  if (moveMeta.length) edits.push(insertLinesAfter(journal, lastMeta, moveMeta));
  if (moveLog.length && keepLog) {
    const lastLog = keep.log.length ? keep.log[keep.log.length - 1].line : keepLog.headingLine;
    edits.push(insertLinesAfter(journal, lastLog, moveLog));
  }
  let keepLast = keep.endLine - 1;
  while (keepLast > keep.headingLine && lineText(journal, keepLast).trim() === '') keepLast--;
  const block = [
    '',
    `### Merged from ${other.name} (was line ${other.headingLine + 1})`,
    ...(rest.length ? ['', ...rest] : [])
  ];
  edits.push(insertLinesAfter(journal, keepLast, block));
  // Remove the other entry's lines, with the line break before it when it ends the file.
  const from = other.headingLine;
  const to = other.endLine;
  if (to < journal.lineCount) {
    edits.push({ range: { start: { line: from, character: 0 }, end: { line: to, character: 0 } }, newText: '' });
  } else {
    const prev = from - 1;
    const start = prev >= 0 ? { line: prev, character: lineText(journal, prev).length } : { line: 0, character: 0 };
    edits.push({ range: { start, end: { line: to - 1, character: lineText(journal, to - 1).length } }, newText: '' });
  }
  return edits;
}
