/**
 * The sidebar's view-model, pure TypeScript: people from feeds and the journal, the tabs they
 * belong to, counts and search. It runs in the webview (for every keystroke) and in the host
 * (for the badge), so the hot paths are linear scans over precomputed fields: lowercase search
 * keys and parsed timestamps are computed once per person, never per keystroke.
 */
import { compareEntries, sortEntries } from './order';
import { toEntry, type InboxEntry, type InboxPerson } from './entry';
import { letterMask, matches, parseQuery, searchKeyOf } from './search';
import { countTabs, inTab, type InboxTab, type TabCounts } from './tabs';

/** How many recent queries view() remembers: a typed word and its corrections. */
const MEMO_STEPS = 8;

interface SearchMemo {
  version: number;
  tab: InboxTab | undefined;
  today: string;
  steps: { key: string; terms: readonly string[]; result: InboxEntry[] }[];
}

/**
 * People among `source` matching every term. One term (the common case): a mask test per
 * person, a substring test only where the mask allows a match, and none for a single letter.
 */
function filterEntries(source: readonly InboxEntry[], terms: readonly string[]): InboxEntry[] {
  const out: InboxEntry[] = [];
  const n = source.length;
  if (terms.length === 1) {
    const term = terms[0];
    const need = letterMask(term);
    const maskDecides = term.length === 1 && need !== 0 && (term < '0' || term > '9');
    for (let i = 0; i < n; i++) {
      const entry = source[i];
      const key = entry.searchKey ?? searchKeyOf(entry);
      if ((entry.searchMask & need) === need && (maskDecides || key.includes(term))) out.push(entry);
    }
    return out;
  }
  for (let i = 0; i < n; i++) if (matches(source[i], terms)) out.push(source[i]);
  return out;
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
  /** The last few search results of this tab and data version (see view). */
  private searchMemo: SearchMemo = { version: -1, tab: undefined, today: '', steps: [] };

  constructor(people: readonly InboxPerson[] = []) {
    this.reset(people);
  }

  private get byId(): Map<string, InboxEntry> {
    if (!this.index) {
      const index = new Map<string, InboxEntry>();
      for (const entry of this.sorted) if (!index.has(entry.person.id)) index.set(entry.person.id, entry);
      // Ids are unique on the wire (the host keys people by id); if not, the newest one wins.
      if (index.size !== this.sorted.length) {
        this.sorted = this.sorted.filter((entry) => index.get(entry.person.id) === entry);
      }
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
    for (let i = 1; i < this.sorted.length && sorted; i++) {
      sorted = compareEntries(this.sorted[i - 1], this.sorted[i]) <= 0;
    }
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
   * tab list itself; with one, an array the model keeps for its recent queries (so a correction
   * is instant and typing on only searches the previous result). Either way: never modify it.
   */
  view(tab: InboxTab, query: string, today: string): readonly InboxEntry[] {
    const base = this.tabEntries(tab, today);
    const terms = parseQuery(query);
    if (terms.length === 0) return base;
    const memo = this.searchMemo;
    if (memo.version !== this.version || memo.tab !== tab || memo.today !== today) {
      this.searchMemo = { version: this.version, tab, today, steps: [] };
    }
    const steps = this.searchMemo.steps;
    const key = terms.join(' ');
    // Backspace returns to a query typed a moment ago: its result is still here.
    const known = steps.find((step) => step.key === key);
    if (known) return known.result;
    // Typing on narrows: whoever matches the new terms matched every earlier query whose terms
    // each occur inside one of the new terms, so only that (smaller) result is searched.
    let source: readonly InboxEntry[] = base;
    for (const step of steps) {
      if (step.result.length < source.length && step.terms.every((t) => terms.some((term) => term.includes(t)))) {
        source = step.result;
      }
    }
    const result = filterEntries(source, terms);
    steps.push({ key, terms, result });
    if (steps.length > MEMO_STEPS) steps.shift();
    return result;
  }

  private tabEntries(tab: InboxTab, today: string): InboxEntry[] {
    const cached = this.tabCache;
    if (cached && cached.version === this.version && cached.tab === tab && cached.today === today) {
      return cached.entries;
    }
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
