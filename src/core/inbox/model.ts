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
  /**
   * Lowercased name, via, headline and tags: what the search box matches. Filled lazily (see
   * searchKeyOf / InboxModel.prepareSearch) so the first render does not pay for it.
   */
  searchKey: string | undefined;
  /** The list row last built for this person, reused while unchanged (no allocation per keystroke). */
  row: unknown;
}

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses a date into a timestamp and a local day; a bare YYYY-MM-DD is already a local day. */
export function parseWhen(date: string | null): { time: number; day: string } {
  const time = timeOf(date);
  return { time, day: dayOf(date, time) };
}

function timeOf(date: string | null): number {
  if (!date) return -Infinity;
  const dayOnly = date.length === 10 ? DAY_ONLY.exec(date) : null;
  if (dayOnly) return new Date(Number(dayOnly[1]), Number(dayOnly[2]) - 1, Number(dayOnly[3])).getTime();
  const time = parseInstant(date);
  return Number.isNaN(time) ? -Infinity : time;
}

function dayOf(date: string | null, time: number): string {
  if (time === -Infinity || !date) return '';
  return date.length === 10 && date[4] === '-' && date[7] === '-' ? date : localDay(time);
}

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Epoch ms of an ISO 8601 instant. Feeds and the host send `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`
 * almost always; reading that shape by hand is several times faster than Date.parse, which
 * matters 30,000 times per first render. Anything else goes to Date.parse.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n >= 20 && text[4] === '-' && text[7] === '-' && text[10] === 'T' && text[13] === ':' && text[16] === ':') {
    let at = 19;
    let ms = 0;
    if (text[at] === '.') {
      let scale = 100;
      at++;
      while (at < n && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) {
        ms += (text.charCodeAt(at) - 48) * scale;
        scale /= 10;
        at++;
      }
      ms = Math.floor(ms);
    }
    let offset = NaN;
    if (at === n - 1 && text[at] === 'Z') offset = 0;
    else if (at === n - 6 && (text[at] === '+' || text[at] === '-') && text[at + 3] === ':') {
      offset = (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2)) * (text[at] === '-' ? -1 : 1);
    }
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute <= 59 && second <= 59 && !Number.isNaN(offset)) {
      return Date.UTC(digits(text, 0, 4), month - 1, day, hour, minute, second, ms) - offset * 60_000;
    }
  }
  return Date.parse(text);
}

/*
 * Local-day lookups are cached per 15-minute slot: every UTC offset is a multiple of 15
 * minutes, so a slot never straddles local midnight, and 30,000 people spread over months
 * need a few thousand Date objects instead of 30,000.
 */
const SLOT_MS = 15 * 60_000;
const dayBySlot = new Map<number, string>();

let lastSlot = NaN;
let lastDay = '';

function localDay(time: number): string {
  const slot = Math.floor(time / SLOT_MS);
  // People arrive sorted, so most lookups hit the previous person's slot.
  if (slot === lastSlot) return lastDay;
  let day = dayBySlot.get(slot);
  if (day === undefined) {
    const d = new Date(slot * SLOT_MS);
    day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    if (dayBySlot.size > 200_000) dayBySlot.clear();
    dayBySlot.set(slot, day);
  }
  lastSlot = slot;
  lastDay = day;
  return day;
}

export function toEntry(person: InboxPerson): InboxEntry {
  const time = timeOf(person.date);
  return { person, time, day: dayOf(person.date, time), searchKey: undefined, row: undefined };
}

export function searchKeyOf(entry: InboxEntry): string {
  entry.searchKey ??= `${entry.person.name}\n${entry.person.via ?? ''}\n${entry.person.headline}\n${entry.person.tags.join(' ')}`.toLowerCase();
  return entry.searchKey;
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
    this.index = undefined;
    this.prepared = 0;
    this.sorted = people.map(toEntry);
    // The host sends people already sorted; checking is one pass, sorting would be n log n.
    let sorted = true;
    for (let i = 1; i < this.sorted.length && sorted; i++) sorted = compareEntries(this.sorted[i - 1], this.sorted[i]) <= 0;
    if (!sorted) this.sorted.sort(compareEntries);
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
