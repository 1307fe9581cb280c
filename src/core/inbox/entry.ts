/**
 * One person in the sidebar's view-model, and the fields derived from it once on ingestion
 * (parsed time, local day, lazily built search key), so no keystroke re-derives them.
 */
import { dayOf, timeOf } from './dates';
import { compareEntries, sortEntries } from './order';

export type InboxStatus = 'new' | 'accepted' | 'declined' | 'deferred';

/** One person as the list shows it; structurally identical to the protocol's PersonItem. */
export interface InboxPerson {
  id: string;
  name: string;
  via: string | null;
  source: string;
  /** ISO 8601 instant or YYYY-MM-DD; null when unknown. */
  date: string | null;
  headline: string;
  link: string | null;
  tags: string[];
  status: InboxStatus;
  origin: 'feed' | 'journal';
  followUp: string | null;
  /** Warmth score 0–100 (relationship evidence); null or absent without evidence. */
  warmthScore?: number | null;
  warmthBand?: 'strong' | 'warm' | 'light' | 'cold' | null;
  decided: string | null;
}

/** A person plus the fields derived once on ingestion. */
export interface InboxEntry {
  person: InboxPerson;
  /** Milliseconds since the epoch, or -Infinity when undated (sorts last). */
  time: number;
  /** Local calendar day YYYY-MM-DD, or '' when undated. */
  day: string;
  /**
   * Lowercased name, via, headline and tags: what the search box matches. Filled lazily (see
   * searchKeyOf / InboxModel.prepareSearch) so the first render does not pay for it.
   */
  searchKey: string | undefined;
  /** Which of a–z and 0–9 occur in searchKey (see letterMask); filled with it. */
  searchMask: number;
  /** The list row last built for this person, reused while unchanged (no allocation per keystroke). */
  row: unknown;
}

/** People in the order the list shows them (newest first), sorting only if they are not already. */
export function newestFirst<T extends InboxPerson>(people: readonly T[]): T[] {
  const entries = people.map(toEntry);
  let sorted = true;
  for (let i = 1; i < entries.length && sorted; i++) sorted = compareEntries(entries[i - 1], entries[i]) <= 0;
  return (sorted ? entries : sortEntries(entries)).map((entry) => entry.person as T);
}

export function toEntry(person: InboxPerson): InboxEntry {
  const time = timeOf(person.date);
  return { person, time, day: dayOf(person.date, time), searchKey: undefined, searchMask: 0, row: undefined };
}
