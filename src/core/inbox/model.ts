/**
 * The sidebar's view-model, pure TypeScript: people from feeds and the journal, the tabs they
 * belong to, counts and search. It runs in the webview (for every keystroke) and in the host
 * (for the badge), so the hot paths are linear scans over precomputed fields: lowercase search
 * keys and parsed timestamps are computed once per person, never per keystroke.
 */

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
  /** Lowercased name, via, headline and tags: what the search box matches. */
  searchKey: string;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses a date into a timestamp and a local day; a bare YYYY-MM-DD is already a local day. */
export function parseWhen(date: string | null): { time: number; day: string } {
  if (!date) return { time: -Infinity, day: '' };
  const dayOnly = DAY_ONLY.exec(date);
  if (dayOnly) {
    const local = new Date(Number(dayOnly[1]), Number(dayOnly[2]) - 1, Number(dayOnly[3]));
    return { time: local.getTime(), day: date };
  }
  const time = Date.parse(date);
  if (Number.isNaN(time)) return { time: -Infinity, day: '' };
  return { time, day: localDay(time) };
}

/*
 * Local-day lookups are cached per 15-minute slot: every UTC offset is a multiple of 15
 * minutes, so a slot never straddles local midnight, and 30,000 people spread over months
 * need a few thousand Date objects instead of 30,000.
 */
const SLOT_MS = 15 * 60_000;
const dayBySlot = new Map<number, string>();

function localDay(time: number): string {
  const slot = Math.floor(time / SLOT_MS);
  let day = dayBySlot.get(slot);
  if (day === undefined) {
    const d = new Date(slot * SLOT_MS);
    day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    if (dayBySlot.size > 200_000) dayBySlot.clear();
    dayBySlot.set(slot, day);
  }
  return day;
}

export function toEntry(person: InboxPerson): InboxEntry {
  const { time, day } = parseWhen(person.date);
  const searchKey = [person.name, person.via ?? '', person.headline, person.tags.join(' ')].join('\n').toLowerCase();
  return { person, time, day, searchKey };
}

/** Newest first; undated last; ties by name then id so the order is stable across updates. */
export function compareEntries(a: InboxEntry, b: InboxEntry): number {
  if (a.time !== b.time) return a.time > b.time ? -1 : 1;
  if (a.person.name !== b.person.name) return a.person.name < b.person.name ? -1 : 1;
  return a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0;
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
  for (const term of terms) if (!entry.searchKey.includes(term)) return false;
  return true;
}

/**
 * Keeps every person sorted once, so a tab/search view is one linear filter and an update
 * (a decision, a new feed item) is a removal plus a binary insertion, not a full re-sort.
 */
export class InboxModel {
  private readonly byId = new Map<string, InboxEntry>();
  private sorted: InboxEntry[] = [];

  constructor(people: readonly InboxPerson[] = []) {
    this.reset(people);
  }

  reset(people: readonly InboxPerson[]): void {
    this.byId.clear();
    for (const person of people) this.byId.set(person.id, toEntry(person));
    this.sorted = [...this.byId.values()].sort(compareEntries);
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

  /** People in a tab that match the query, newest first. */
  view(tab: InboxTab, query: string, today: string): InboxEntry[] {
    const terms = parseQuery(query);
    const out: InboxEntry[] = [];
    for (const entry of this.sorted) {
      if (inTab(entry.person, tab, today) && (terms.length === 0 || matches(entry, terms))) out.push(entry);
    }
    return out;
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
