/**
 * The sidebar's view-model, pure TypeScript: people from feeds and the journal, the tabs they
 * belong to, counts and search. It runs in the webview (for every keystroke) and in the host
 * (for the badge), so the hot paths are linear scans over precomputed fields: lowercase search
 * keys and parsed timestamps are computed once per person, never per keystroke.
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
  decided: string | null;
}

export const TABS = ['inbox', 'accepted', 'declined', 'deferred', 'followups'] as const;
export type InboxTab = (typeof TABS)[number];

export const TAB_LABELS: Record<InboxTab, string> = {
  inbox: 'Inbox',
  accepted: 'Accepted',
  declined: 'Declined',
  deferred: 'Deferred',
  followups: 'Follow-ups due'
};

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

export function searchKeyOf(entry: InboxEntry): string {
  if (entry.searchKey === undefined) {
    entry.searchKey = `${entry.person.name}\n${entry.person.via ?? ''}\n${entry.person.headline}\n${entry.person.tags.join(' ')}`.toLowerCase();
    entry.searchMask = letterMask(entry.searchKey);
  }
  return entry.searchKey;
}

/**
 * One bit per letter a–z (bits 0–25) and one for any digit (bit 26) occurring in the text.
 * A person can only match a term whose bits are all in their key's mask, so a keystroke
 * skips most substring searches, and a one-letter term needs none at all.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
  }
  return mask;
}

function isDue(person: InboxPerson, today: string): boolean {
  return person.followUp !== null && person.followUp <= today;
}

/** Whether a person shows in a tab. `today` is YYYY-MM-DD (local), passed in to stay pure. */
export function inTab(person: InboxPerson, tab: InboxTab, today: string): boolean {
  switch (tab) {
    case 'inbox':
      return person.status === 'new' || (person.status === 'deferred' && isDue(person, today));
    case 'followups':
      return person.status !== 'declined' && isDue(person, today);
    default:
      return person.status === tab;
  }
}

export type TabCounts = Record<InboxTab, number>;

export function countTabs(entries: Iterable<InboxEntry>, today: string): TabCounts {
  const counts: TabCounts = { inbox: 0, accepted: 0, declined: 0, deferred: 0, followups: 0 };
  for (const { person } of entries) {
    if (person.status === 'new') counts.inbox++;
    else counts[person.status]++;
    if (isDue(person, today) && person.status !== 'declined') {
      counts.followups++;
      if (person.status === 'deferred') counts.inbox++;
    }
  }
  return counts;
}

/** Splits a query into lowercase terms; every term must occur in the search key. */
export function parseQuery(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((term) => term.length > 0);
}

export function matches(entry: InboxEntry, terms: readonly string[]): boolean {
  const key = searchKeyOf(entry);
  for (const term of terms) if (!key.includes(term)) return false;
  return true;
}

/**
 * Keeps every person sorted once, so a tab/search view is one linear filter and an update
 * (a decision, a new feed item) is a removal plus a binary insertion, not a full re-sort.
 */
export class InboxModel {
  /** Built on first use: hashing 30,000 fresh id strings is a tenth of a first render's budget. */
  private index: Map<string, InboxEntry> | undefined;
  private sorted: InboxEntry[] = [];
  /** Where prepareSearch continues. */
  private prepared = 0;
  /** Bumped on every change, so the per-tab list below knows when it is stale. */
  private version = 0;
  /**
   * The people of the last tab shown, before search: a keystroke only filters this list
   * instead of re-testing every person's tab membership.
   */
  private tabCache: { version: number; tab: InboxTab; today: string; entries: InboxEntry[] } | undefined;
  /** The search results array, refilled by each view() with a query. */
  private readonly results: InboxEntry[] = [];

  constructor(people: readonly InboxPerson[] = []) {
    this.reset(people);
  }

  private get byId(): Map<string, InboxEntry> {
    if (!this.index) {
      const index = new Map<string, InboxEntry>();
      for (const entry of this.sorted) if (!index.has(entry.person.id)) index.set(entry.person.id, entry);
      // Ids are unique on the wire (the host keys people by id); if not, the newest one wins.
      if (index.size !== this.sorted.length) this.sorted = this.sorted.filter((entry) => index.get(entry.person.id) === entry);
      this.index = index;
    }
    return this.index;
  }

  reset(people: readonly InboxPerson[]): void {
    this.version++;
    this.index = undefined;
    this.prepared = 0;
    this.sorted = people.map(toEntry);
    // The host sends people already sorted; checking is one pass, sorting would be n log n.
    let sorted = true;
    for (let i = 1; i < this.sorted.length && sorted; i++) sorted = compareEntries(this.sorted[i - 1], this.sorted[i]) <= 0;
    if (!sorted) this.sorted = sortEntries(this.sorted);
  }

  /**
   * Computes search keys in slices of `budget` entries, starting where the last call stopped;
   * returns true when all are ready. The webview runs this in idle time after the first render.
   */
  prepareSearch(budget: number): boolean {
    const end = Math.min(this.sorted.length, this.prepared + budget);
    for (; this.prepared < end; this.prepared++) searchKeyOf(this.sorted[this.prepared]);
    if (this.prepared < this.sorted.length) return false;
    this.prepared = 0;
    return true;
  }


  get size(): number {
    return this.sorted.length;
  }

  get(id: string): InboxEntry | undefined {
    return this.byId.get(id);
  }

  entries(): readonly InboxEntry[] {
    return this.sorted;
  }

  /** Applies an incremental update; returns how many rows changed. */
  apply(upsert: readonly InboxPerson[], remove: readonly string[]): number {
    this.version++;
    let changed = 0;
    const removing = new Set<string>(remove);
    for (const person of upsert) if (this.byId.has(person.id)) removing.add(person.id);
    if (removing.size > 0) {
      // One pass for many removals keeps a large patch linear instead of quadratic.
      if (removing.size > 64) {
        this.sorted = this.sorted.filter((e) => !removing.has(e.person.id));
      } else {
        for (const id of removing) {
          const entry = this.byId.get(id);
          if (!entry) continue;
          const at = this.indexOf(entry);
          if (at >= 0) this.sorted.splice(at, 1);
        }
      }
      for (const id of removing) if (this.byId.delete(id)) changed++;
    }
    for (const person of upsert) {
      const entry = toEntry(person);
      this.byId.set(person.id, entry);
      this.sorted.splice(this.insertionPoint(entry), 0, entry);
      changed++;
    }
    return changed;
  }

  /**
   * People in a tab that match the query, newest first. Without a query this is the cached
   * tab list itself; with one, an array this model refills on the next call (a keystroke
   * allocates nothing big). Either way: read it before the next call, never modify it.
   */
  view(tab: InboxTab, query: string, today: string): readonly InboxEntry[] {
    const base = this.tabEntries(tab, today);
    const terms = parseQuery(query);
    if (terms.length === 0) return base;
    const out = this.results;
    out.length = 0;
    const n = base.length;
    if (terms.length === 1) {
      // The common case (typing one word): a mask test per person, a substring test only
      // where the mask allows a match, and none for a single letter (the mask is the answer).
      const term = terms[0];
      const need = letterMask(term);
      const maskDecides = term.length === 1 && need !== 0 && (term < '0' || term > '9');
      for (let i = 0; i < n; i++) {
        const entry = base[i];
        const key = entry.searchKey ?? searchKeyOf(entry);
        if ((entry.searchMask & need) === need && (maskDecides || key.includes(term))) out.push(entry);
      }
      return out;
    }
    for (let i = 0; i < n; i++) if (matches(base[i], terms)) out.push(base[i]);
    return out;
  }

  private tabEntries(tab: InboxTab, today: string): InboxEntry[] {
    const cached = this.tabCache;
    if (cached && cached.version === this.version && cached.tab === tab && cached.today === today) return cached.entries;
    const entries: InboxEntry[] = [];
    for (const entry of this.sorted) if (inTab(entry.person, tab, today)) entries.push(entry);
    this.tabCache = { version: this.version, tab, today, entries };
    return entries;
  }

  counts(today: string): TabCounts {
    return countTabs(this.sorted, today);
  }

  private insertionPoint(entry: InboxEntry): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareEntries(this.sorted[mid], entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private indexOf(entry: InboxEntry): number {
    const at = this.insertionPoint(entry) - 1;
    if (at >= 0 && this.sorted[at] === entry) return at;
    return this.sorted.indexOf(entry);
  }
}
