import type { Journal, JournalEntry } from './model';
import { normaliseProfileUrl } from '../linkedin/profileUrl';
import { cleanValue } from './sanitize';

/**
 * Entries the user wrote by hand may have no `- id:` line. They are still addressable through a
 * synthetic id, `journal:<normalised name>`, which the projection hands out and the edits
 * resolve back to the entry by name. Nothing is ever written to the entry to "fix" it: an edit
 * changes only status, dates, answers, draft or log, as for any other entry.
 */
export const SYNTHETIC_PREFIX = 'journal:';

/** Case, spacing and invisible characters do not make two names different people. */
export function normaliseName(name: string): string {
  return cleanValue(name).normalize('NFC').toLowerCase();
}

/**
 * The one key a person is known by, from any spelling of any id; every map, set and comparison
 * of person ids in every layer (journal, feeds, imports, sidebar, lint, CLI) goes through it.
 * - URL ids (profile URLs from imports, feed ids built from links) differ in ways that do not
 *   change the person: scheme, host case, `linkedin.com` vs `www.linkedin.com`, a trailing slash,
 *   tracking queries and fragments. They fold to normaliseProfileUrl's spelling.
 * - Synthetic ids (`journal:<name>`) fold case, spacing and invisible characters of the name.
 * - Other ids (`feed:<guid>`, `linkedin:<first>-<last>`) are opaque: compared as written, trimmed.
 */
export function canonicalId(id: string): string {
  const c = id.charCodeAt(0);
  if (c === 104 || c === 72) {
    // 'h' / 'H': only http(s) URLs have spellings to fold
    return /^https?:\/\//i.test(id) ? (normaliseProfileUrl(id) ?? id) : id;
  }
  if (c === 106 && id.startsWith(SYNTHETIC_PREFIX)) {
    return SYNTHETIC_PREFIX + normaliseName(id.slice(SYNTHETIC_PREFIX.length));
  }
  if (c === 32 || c === 9 || id.charCodeAt(id.length - 1) <= 32) {
    const trimmed = id.trim();
    return trimmed === id ? id : canonicalId(trimmed);
  }
  return id;
}

/** Whether two ids name the same person (see canonicalId). */
export function samePerson(a: string, b: string): boolean {
  return a === b || canonicalId(a) === canonicalId(b);
}

/** The canonical key of a journal entry: its id's, else its synthetic id's; undefined without either. */
export function entryPersonKey(entry: JournalEntry): string | undefined {
  const key = entryKey(entry);
  return key === undefined ? undefined : canonicalId(key);
}

/** The synthetic id of an id-less entry, or undefined when it has no name to go by. */
export function syntheticId(entry: JournalEntry): string | undefined {
  if (entry.id !== undefined) return undefined;
  const name = normaliseName(entry.name);
  return name ? SYNTHETIC_PREFIX + name : undefined;
}

/** The id commands and views use for an entry: its own, else its synthetic one. */
export function entryKey(entry: JournalEntry): string | undefined {
  return entry.id ?? syntheticId(entry);
}

/** A synthetic id that cannot be resolved to exactly one entry: the message says why and what to do. */
export class EntryNotResolvedError extends Error {}

/**
 * The entry an edit should change. A real id (exact, else cleaned) wins; an unknown real id
 * gives undefined (the caller adds a new entry). A synthetic id must match exactly one entry
 * without an id, else this throws: two entries named alike, or the entry renamed meanwhile.
 */
export function resolveEntryForWrite(journal: Journal, id: string): JournalEntry | undefined {
  const direct =
    journal.byId.get(id) ?? journal.byId.get(cleanValue(id)) ?? journal.byId.get(canonicalId(cleanValue(id)));
  if (direct || !id.startsWith(SYNTHETIC_PREFIX)) return direct;
  const name = id.slice(SYNTHETIC_PREFIX.length);
  let matches = idlessNamed(journal, normaliseName(name));
  // The sidebar keeps duplicate keys apart with a `#<line>` suffix: the name without it is meant.
  const suffixed = /^(.*)#\d+$/.exec(name);
  if (matches.length === 0 && suffixed) matches = idlessNamed(journal, normaliseName(suffixed[1]));
  if (matches.length === 1) return matches[0];
  const shown = matches.length ? matches[0].name : name.trim();
  if (matches.length === 0) {
    throw new EntryNotResolvedError(
      `no entry named '${shown}' without an '- id:' line is in the journal any more (renamed or removed?); refresh and try again.`
    );
  }
  const lines = matches.map((e) => e.headingLine + 1);
  throw new EntryNotResolvedError(
    `${matches.length} entries named '${shown}' have no '- id:' line (lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}); ` +
      `add an '- id:' line to one of them so Deliberate knows which one to change.`
  );
}

/** Like resolveEntryForWrite, but undefined instead of an error (for reads such as reveal). */
export function findEntryByKey(journal: Journal, id: string): JournalEntry | undefined {
  try {
    return resolveEntryForWrite(journal, id);
  } catch (error) {
    if (error instanceof EntryNotResolvedError) return undefined;
    throw error;
  }
}

function idlessNamed(journal: Journal, normalised: string): JournalEntry[] {
  if (!normalised) return [];
  const out: JournalEntry[] = [];
  for (const entry of journal.entries) {
    if (entry.id === undefined && normaliseName(entry.name) === normalised) out.push(entry);
  }
  return out;
}
