/** Joins the journal to evidence: which evidence belongs to an entry, and what the entry adds. */
import type { JournalEntry } from '../journal/model';
import { canonicalId, entryKey, normaliseName, SYNTHETIC_PREFIX } from '../journal/identity';
import { isValidIsoDate } from '../journal/dates';
import type { JournalContact, PersonEvidence } from './types';

/** The key evidence is stored under for a profile URL or any other id (THE identity function). */
export function evidenceKey(id: string): string {
  return canonicalId(id);
}

/** The key for a person known only by name (recommendations, rows without a URL). */
export function nameKey(name: string): string {
  return SYNTHETIC_PREFIX + normaliseName(name);
}

/** The entry's evidence: by its id, else by its link, else by its name key. */
export function evidenceForEntry(
  entry: JournalEntry,
  evidence: ReadonlyMap<string, PersonEvidence>
): PersonEvidence | undefined {
  const key = entryKey(entry);
  const byId = key ? evidence.get(canonicalId(key)) : undefined;
  if (byId) return byId;
  const byLink = entry.link ? evidence.get(canonicalId(entry.link)) : undefined;
  return byLink ?? evidence.get(nameKey(entry.name));
}

/** The decision date and logged actions of an entry (only real dates count). */
export function journalContact(entry: JournalEntry): JournalContact {
  const logDates: string[] = [];
  for (const line of entry.log) if (isValidIsoDate(line.date)) logDates.push(line.date);
  return { decided: entry.decided && isValidIsoDate(entry.decided) ? entry.decided : undefined, logDates };
}

/** The entry's `- cadence:` value as written, if any. */
export function entryCadence(entry: JournalEntry): string | undefined {
  return entry.metadata.find((m) => m.key === 'cadence')?.value;
}
