import type { ConnectionEvent, Decision, DraftKind, Status, TextEdit } from '../types';
import { METADATA_KEYS, lineText, type Journal, type JournalEntry, type JournalSection } from './model';
import { cleanLine, cleanValue, escapeHeadingName, fencedBlock, isoDay } from './sanitize';
import { rewriteSectionBody, writtenLines } from './bodyEdits';
import { proseLines } from './prose';
import { appendBlock, appendText, insertLinesAfter, lastContentLine, replaceLines } from './textEdits';
import { QUESTIONS } from '../types';
import { canonicalId, findEntryByKey, resolveEntryForWrite } from './identity';
import { truncate } from '../text/truncate';

/**
 * Entry-level edits. Each returns the smallest TextEdits that make the change: one changed
 * value, or lines inserted at one place. Existing text is never moved; canonical key order
 * applies only to the lines we insert. New entries always go at the end of the file.
 */

const KEY_RANK = new Map<string, number>(METADATA_KEYS.map((key, i) => [key, i]));
const rank = (key: string): number => KEY_RANK.get(key) ?? METADATA_KEYS.length;

export type MetadataUpdate = readonly [key: string, value: string];

/** Sets metadata values on an entry: replaces a key's value in place, or inserts its line in canonical position. */
export function setMetadataEdits(
  journal: Journal,
  entry: JournalEntry,
  updates: readonly MetadataUpdate[]
): TextEdit[] {
  const edits: TextEdit[] = [];
  const inserts = new Map<number, { key: string; line: string }[]>();
  const metadata = entry.metadata;
  const bullet = metadata.length ? metadataBullet(lineText(journal, metadata[0].line)) : '-';
  for (const [key, rawValue] of updates) {
    const value = cleanValue(rawValue);
    const existing = metadata.find((m) => m.key === key);
    if (existing) {
      if (existing.value === value) continue;
      const text = lineText(journal, existing.line);
      edits.push({
        range: {
          start: { line: existing.line, character: existing.colonEnd },
          end: { line: existing.line, character: text.length }
        },
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
    edits.push(
      insertLinesAfter(
        journal,
        anchor,
        group.map((g) => g.line)
      )
    );
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
  // Every line entryText writes is cleaned to a single line, so splitting gives exactly its lines.
  return entryText(person, options, '\n').split('\n');
}

const HTTP_RE = /^https?:\/\//i;

/**
 * A new entry as text, lines joined by `eol`, no trailing break. Built by concatenation: the
 * bulk import writes 15,000 of these, and V8 joins such strings without intermediate arrays.
 */
function entryText(person: ConnectionEvent, options: NewEntryOptions, eol: string): string {
  const name = escapeHeadingName(person.person) || escapeHeadingName(person.id) || 'Unnamed';
  let text = '## ' + name;
  text += metaLine(eol, 'id', person.id);
  text += metaLine(eol, 'status', options.status);
  text += metaLine(eol, 'via', person.via);
  text += metaLine(eol, 'link', person.link && HTTP_RE.test(person.link) ? person.link : undefined);
  text += metaLine(eol, 'source', person.source);
  text += metaLine(eol, 'headline', person.headline && truncate(cleanValue(person.headline), MAX_HEADLINE));
  text += metaLine(eol, 'seen', isoDay(person.date) ?? options.today);
  text += metaLine(eol, 'decided', options.decided);
  text += metaLine(eol, 'follow-up', options.followUp);
  const message = person.message ? cleanLine(person.message) : '';
  if (message) {
    const short = message.length > 500 ? `${message.slice(0, 499)}…` : message;
    text += eol + eol + '> ' + short.replace(/[<>]/g, (ch) => `\\${ch}`);
  }
  if (options.sections) for (const line of options.sections) text += eol + line;
  return text;
}

/** A feed description can be paragraphs long; the journal keeps one readable line of it. */
const MAX_HEADLINE = 300;

/** `eol- key: value`, or '' when the cleaned value is empty. */
function metaLine(eol: string, key: string, value: string | null | undefined): string {
  if (!value) return '';
  const clean = cleanValue(value);
  return clean ? eol + '- ' + key + ': ' + clean : '';
}

export function journalIds(journal: Journal): Set<string> {
  const ids = new Set<string>();
  for (const entry of journal.entries) {
    if (entry.id === undefined) continue;
    ids.add(entry.id);
    ids.add(canonicalId(entry.id));
  }
  return ids;
}

/**
 * Appends one entry per person whose id is not in the journal yet (nor earlier in `people`).
 * One pass over `people`: ids are checked against the parsed model's index (no re-scan of the
 * journal), and the new text is built by concatenation, which V8 flattens once.
 */
export function addEntriesEdit(
  journal: Journal,
  people: readonly ConnectionEvent[],
  options: { status: Status; today: string }
): { edits: TextEdit[]; added: number; existing: number } {
  // Every entry id is in byId (it keeps the first entry per id), so it answers "already there?".
  const known = journal.byId;
  const fresh = new Set<string>();
  const eol = journal.eol;
  let text = '';
  let added = 0;
  let existing = 0;
  for (const person of people) {
    const id = cleanValue(person.id);
    const key = id && canonicalId(id);
    if (!id || known.has(id) || known.has(key) || fresh.has(key)) {
      existing++;
      continue;
    }
    fresh.add(key);
    text += added > 0 ? eol + eol + entryText(person, options, eol) : entryText(person, options, eol);
    added++;
  }
  return { edits: added ? [appendText(journal, text)] : [], added, existing };
}

/** The entry for `id` (a real id, or the synthetic `journal:<name>` of an entry without one); undefined when none or ambiguous. */
export function findEntry(journal: Journal, id: string): JournalEntry | undefined {
  return findEntryByKey(journal, id);
}

/**
 * The entry an edit changes: undefined for an unknown real id (the edit adds an entry). A
 * synthetic id that matches no entry, or several, throws a message naming the lines, because
 * adding an entry would duplicate the person the user wrote by hand.
 */
function entryForWrite(journal: Journal, id: string): JournalEntry | undefined {
  return resolveEntryForWrite(journal, id);
}

/** Records a decision: status, decided date and (when given) follow-up on the person's entry, or a new entry. */
export function recordDecisionEdit(
  journal: Journal,
  person: ConnectionEvent,
  decision: Decision,
  options: { today: string; followUp?: string }
): TextEdit[] {
  const entry = entryForWrite(journal, person.id);
  if (!entry) {
    return [
      appendBlock(
        journal,
        entryBlock(person, {
          status: decision,
          today: options.today,
          decided: options.today,
          followUp: options.followUp
        })
      )
    ];
  }
  const updates: MetadataUpdate[] = [
    ['status', decision],
    ['decided', options.today]
  ];
  if (options.followUp) updates.push(['follow-up', options.followUp]);
  return setMetadataEdits(journal, entry, updates);
}

/** Sets one metadata value on the entry with `id` (no-op when there is none). */
export function setMetadataEdit(journal: Journal, id: string, key: string, value: string): TextEdit[] {
  const entry = entryForWrite(journal, id);
  return entry ? setMetadataEdits(journal, entry, [[key.toLowerCase(), value]]) : [];
}

export function setFollowUpEdit(journal: Journal, person: ConnectionEvent, date: string, today: string): TextEdit[] {
  const entry = entryForWrite(journal, person.id);
  if (!entry) return [appendBlock(journal, entryBlock(person, { status: 'new', today, followUp: date }))];
  return setMetadataEdits(journal, entry, [['follow-up', date]]);
}

/**
 * Writes the answer to question `questionIndex` (0-based). An existing answer changes only on
 * the lines that differ (see bodyEdits.ts): the rest of the user's prose keeps its bytes.
 */
export function setAnswerEdit(
  journal: Journal,
  person: ConnectionEvent,
  questionIndex: number,
  text: string,
  today: string
): TextEdit[] {
  const question = QUESTIONS[questionIndex];
  if (!question) throw new RangeError(`no question ${questionIndex + 1}`);
  const lines = proseLines(text);
  const entry = entryForWrite(journal, person.id);
  const existing = entry?.sections.find((s) => s.questionIndex === questionIndex);
  if (existing) return rewriteSectionBody(journal, existing, lines);
  const written = writtenLines(lines);
  const body = written.length ? written : [''];
  if (!entry) {
    return [
      appendBlock(journal, entryBlock(person, { status: 'new', today, sections: ['', `### ${question}`, '', ...body] }))
    ];
  }
  const sectionLines = [`### ${question}`, '', ...body];
  const earlier = entry.sections.filter((s) => s.kind === 'question' && s.questionIndex! < questionIndex).pop();
  if (earlier) return [insertLinesAfter(journal, sectionContentEnd(journal, earlier), ['', ...sectionLines])];
  const before = entry.sections.find(
    (s) => (s.kind === 'question' && s.questionIndex! > questionIndex) || s.kind === 'draft' || s.kind === 'log'
  );
  if (before) return [insertLinesAfter(journal, before.headingLine - 1, [...sectionLines, ''])];
  return [insertLinesAfter(journal, entryContentEnd(journal, entry), ['', ...sectionLines])];
}

/** Writes the draft as a fenced block under `### Draft`, replacing an earlier draft. */
export function setDraftEdit(
  journal: Journal,
  person: ConnectionEvent,
  text: string,
  kind: DraftKind,
  today: string
): TextEdit[] {
  const block = fencedBlock(text, kind);
  const entry = entryForWrite(journal, person.id);
  if (!entry) {
    return [
      appendBlock(journal, entryBlock(person, { status: 'new', today, sections: ['', '### Draft', '', ...block] }))
    ];
  }
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
  const entry = entryForWrite(journal, person.id);
  if (!entry) {
    return [
      appendBlock(journal, entryBlock(person, { status: 'new', today: date, sections: ['', '### Log', '', line] }))
    ];
  }
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
