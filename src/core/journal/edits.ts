import type { ConnectionEvent, Decision, DraftKind, Status, TextEdit } from '../types';
import { METADATA_KEYS, lineText, type Journal, type JournalEntry, type JournalSection } from './model';
import { cleanLine, cleanProseLines, cleanValue, escapeHeadingName, fencedBlock, isoDay } from './sanitize';
import { appendBlock, insertLinesAfter, lastContentLine, replaceLines } from './textEdits';
import { QUESTIONS } from '../types';

/**
 * Entry-level edits. Each returns the smallest TextEdits that make the change: one changed
 * value, or lines inserted at one place. Existing text is never moved; canonical key order
 * applies only to the lines we insert. New entries always go at the end of the file.
 */

const KEY_RANK = new Map<string, number>(METADATA_KEYS.map((key, i) => [key, i]));
const rank = (key: string): number => KEY_RANK.get(key) ?? METADATA_KEYS.length;

export type MetadataUpdate = readonly [key: string, value: string];

/** Sets metadata values on an entry: replaces a key's value in place, or inserts its line in canonical position. */
export function setMetadataEdits(journal: Journal, entry: JournalEntry, updates: readonly MetadataUpdate[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const inserts = new Map<number, { key: string; line: string }[]>();
  const bullet = entry.metadata.length ? metadataBullet(lineText(journal, entry.metadata[0].line)) : '-';
  for (const [key, rawValue] of updates) {
    const value = cleanValue(rawValue);
    const existing = entry.metadata.find((m) => m.key === key);
    if (existing) {
      if (existing.value === value) continue;
      const text = lineText(journal, existing.line);
      edits.push({
        range: { start: { line: existing.line, character: existing.colonEnd }, end: { line: existing.line, character: text.length } },
        newText: value ? ` ${value}` : ''
      });
      continue;
    }
    const anchor = insertionAnchor(entry, key);
    const group = inserts.get(anchor) ?? [];
    group.push({ key, line: `${bullet} ${key}: ${value}`.trimEnd() });
    inserts.set(anchor, group);
  }
  for (const [anchor, group] of inserts) {
    group.sort((a, b) => rank(a.key) - rank(b.key));
    edits.push(insertLinesAfter(journal, anchor, group.map((g) => g.line)));
  }
  return edits;
}

function metadataBullet(line: string): string {
  const match = /^([ \t]*[-*+])/.exec(line);
  return match ? match[1] : '-';
}

/** After the last metadata line that comes earlier in canonical order; else before the list; else under the heading. */
function insertionAnchor(entry: JournalEntry, key: string): number {
  const wanted = rank(key);
  let anchor: number | undefined;
  for (const meta of entry.metadata) {
    if (rank(meta.key) <= wanted) anchor = meta.line;
  }
  if (anchor !== undefined) return anchor;
  return entry.metadata.length ? entry.metadata[0].line - 1 : entry.headingLine;
}

export interface NewEntryOptions {
  status: Status;
  today: string;
  decided?: string;
  followUp?: string;
  /** Section lines to put after the metadata (each section starts with a blank line). */
  sections?: readonly string[];
}

/** The lines of a new entry for a person; every untrusted field is cleaned first. */
export function entryBlock(person: ConnectionEvent, options: NewEntryOptions): string[] {
  const name = escapeHeadingName(person.person) || escapeHeadingName(person.id) || 'Unnamed';
  const lines = [`## ${name}`];
  const meta = (key: string, value: string | null | undefined) => {
    const clean = value == null ? '' : cleanValue(value);
    if (clean) lines.push(`- ${key}: ${clean}`);
  };
  meta('id', person.id);
  meta('status', options.status);
  meta('via', person.via);
  meta('link', person.link && /^https?:\/\//i.test(person.link) ? person.link : undefined);
  meta('source', person.source);
  meta('seen', isoDay(person.date) ?? options.today);
  meta('decided', options.decided);
  meta('follow-up', options.followUp);
  const message = person.message ? cleanLine(person.message) : '';
  if (message) {
    const short = message.length > 500 ? `${message.slice(0, 499)}…` : message;
    lines.push('', `> ${short.replace(/[<>]/g, (ch) => `\\${ch}`)}`);
  }
  if (options.sections) lines.push(...options.sections);
  return lines;
}

export function journalIds(journal: Journal): Set<string> {
  const ids = new Set<string>();
  for (const entry of journal.entries) if (entry.id !== undefined) ids.add(entry.id);
  return ids;
}

/** Appends one entry per person whose id is not in the journal yet (nor earlier in `people`). */
export function addEntriesEdit(
  journal: Journal,
  people: readonly ConnectionEvent[],
  options: { status: Status; today: string }
): { edits: TextEdit[]; added: number; existing: number } {
  const seen = journalIds(journal);
  const block: string[] = [];
  let added = 0;
  let existing = 0;
  for (const person of people) {
    const id = cleanValue(person.id);
    if (!id || seen.has(id)) {
      existing++;
      continue;
    }
    seen.add(id);
    if (added > 0) block.push('');
    block.push(...entryBlock(person, options));
    added++;
  }
  return { edits: added ? [appendBlock(journal, block)] : [], added, existing };
}

export function findEntry(journal: Journal, id: string): JournalEntry | undefined {
  return journal.byId.get(id) ?? journal.byId.get(cleanValue(id));
}

/** Records a decision: status, decided date and (when given) follow-up on the person's entry, or a new entry. */
export function recordDecisionEdit(
  journal: Journal,
  person: ConnectionEvent,
  decision: Decision,
  options: { today: string; followUp?: string }
): TextEdit[] {
  const entry = findEntry(journal, person.id);
  if (!entry) {
    return [appendBlock(journal, entryBlock(person, { status: decision, today: options.today, decided: options.today, followUp: options.followUp }))];
  }
  const updates: MetadataUpdate[] = [['status', decision], ['decided', options.today]];
  if (options.followUp) updates.push(['follow-up', options.followUp]);
  return setMetadataEdits(journal, entry, updates);
}

/** Sets one metadata value on the entry with `id` (no-op when there is none). */
export function setMetadataEdit(journal: Journal, id: string, key: string, value: string): TextEdit[] {
  const entry = findEntry(journal, id);
  return entry ? setMetadataEdits(journal, entry, [[key.toLowerCase(), value]]) : [];
}

export function setFollowUpEdit(journal: Journal, person: ConnectionEvent, date: string, today: string): TextEdit[] {
  const entry = findEntry(journal, person.id);
  if (!entry) return [appendBlock(journal, entryBlock(person, { status: 'new', today, followUp: date }))];
  return setMetadataEdits(journal, entry, [['follow-up', date]]);
}

/** Writes the answer to question `questionIndex` (0-based), replacing an earlier answer. */
export function setAnswerEdit(journal: Journal, person: ConnectionEvent, questionIndex: number, text: string, today: string): TextEdit[] {
  const question = QUESTIONS[questionIndex];
  if (!question) throw new RangeError(`no question ${questionIndex + 1}`);
  const body = cleanProseLines(text);
  const entry = findEntry(journal, person.id);
  if (!entry) return [appendBlock(journal, entryBlock(person, { status: 'new', today, sections: ['', `### ${question}`, '', ...body] }))];
  const existing = entry.sections.find((s) => s.questionIndex === questionIndex);
  if (existing) return [replaceSectionBody(journal, existing, body)];
  const sectionLines = [`### ${question}`, '', ...body];
  const earlier = entry.sections.filter((s) => s.kind === 'question' && s.questionIndex! < questionIndex).pop();
  if (earlier) return [insertLinesAfter(journal, sectionContentEnd(journal, earlier), ['', ...sectionLines])];
  const before = entry.sections.find((s) => (s.kind === 'question' && s.questionIndex! > questionIndex) || s.kind === 'draft' || s.kind === 'log');
  if (before) return [insertLinesAfter(journal, before.headingLine - 1, [...sectionLines, ''])];
  return [insertLinesAfter(journal, entryContentEnd(journal, entry), ['', ...sectionLines])];
}

/** Writes the draft as a fenced block under `### Draft`, replacing an earlier draft. */
export function setDraftEdit(journal: Journal, person: ConnectionEvent, text: string, kind: DraftKind, today: string): TextEdit[] {
  const block = fencedBlock(text, kind);
  const entry = findEntry(journal, person.id);
  if (!entry) return [appendBlock(journal, entryBlock(person, { status: 'new', today, sections: ['', '### Draft', '', ...block] }))];
  const section = entry.sections.find((s) => s.kind === 'draft');
  if (section) {
    const draft = entry.draft;
    if (draft && draft.openLine < section.endLine) {
      const close = draft.closeLine ?? sectionContentEnd(journal, section);
      return [replaceLines(journal, draft.openLine, close, block)];
    }
    return [replaceSectionBody(journal, section, block)];
  }
  const log = entry.sections.find((s) => s.kind === 'log');
  if (log) return [insertLinesAfter(journal, log.headingLine - 1, ['### Draft', '', ...block, ''])];
  return [insertLinesAfter(journal, entryContentEnd(journal, entry), ['', '### Draft', '', ...block])];
}

/** Appends `- date: text` to the entry's `### Log`, creating the section (and entry) if needed. */
export function appendLogEdit(journal: Journal, person: ConnectionEvent, text: string, date: string): TextEdit[] {
  const line = `- ${date}: ${cleanLine(text)}`;
  const entry = findEntry(journal, person.id);
  if (!entry) return [appendBlock(journal, entryBlock(person, { status: 'new', today: date, sections: ['', '### Log', '', line] }))];
  const section = entry.sections.find((s) => s.kind === 'log');
  if (section) {
    const end = sectionContentEnd(journal, section);
    return [insertLinesAfter(journal, end, end === section.headingLine ? ['', line] : [line])];
  }
  return [insertLinesAfter(journal, entryContentEnd(journal, entry), ['', '### Log', '', line])];
}

function sectionContentEnd(journal: Journal, section: JournalSection): number {
  return Math.max(section.headingLine, lastContentLine(journal, section.headingLine + 1, section.endLine));
}

function entryContentEnd(journal: Journal, entry: JournalEntry): number {
  return Math.max(entry.headingLine, lastContentLine(journal, entry.headingLine + 1, entry.endLine));
}

/** Replaces a section's body (first to last non-blank line after its heading), keeping the blank lines around it. */
function replaceSectionBody(journal: Journal, section: JournalSection, body: readonly string[]): TextEdit {
  const end = sectionContentEnd(journal, section);
  if (end === section.headingLine) return insertLinesAfter(journal, section.headingLine, ['', ...body]);
  let start = section.headingLine + 1;
  while (start < end && lineText(journal, start).trim() === '') start++;
  return replaceLines(journal, start, end, body);
}
