/**
 * The list's order: newest first, undated last, ties by name then id.
 */
import type { InboxEntry } from './entry';

/** Newest first; undated last; ties by name then id so the order is stable across updates. */
export function compareEntries(a: InboxEntry, b: InboxEntry): number {
  if (a.time !== b.time) return a.time > b.time ? -1 : 1;
  if (a.person.name !== b.person.name) return a.person.name < b.person.name ? -1 : 1;
  return a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0;
}

/**
 * The same order as sorting with compareEntries, but fast in a freshly loaded webview, where a
 * comparator sort of 30,000 entries (code not yet optimized) costs tens of milliseconds. Each
 * dated entry becomes one exact integer key, (newest time - time) · 2^bits + index, so the
 * engine's native numeric sort of a Float64Array does the O(n log n) part; the rare runs of
 * equal times are then ordered by compareEntries (name, then id). Spans too wide for an exact
 * key (decades of data) fall back to a comparator sort over indices.
 */
export function sortEntries(entries: readonly InboxEntry[]): InboxEntry[] {
  const n = entries.length;
  const dated: number[] = [];
  const undated: InboxEntry[] = [];
  let newest = -Infinity;
  let oldest = Infinity;
  for (let i = 0; i < n; i++) {
    const time = entries[i].time;
    if (time === -Infinity) {
      undated.push(entries[i]);
      continue;
    }
    dated.push(i);
    if (time > newest) newest = time;
    if (time < oldest) oldest = time;
  }
  const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** bits;
  const m = dated.length;
  let order: ArrayLike<number>;
  if (
    m > 0 &&
    Number.isInteger(newest) &&
    Number.isInteger(oldest) &&
    (newest - oldest + 1) * scale < Number.MAX_SAFE_INTEGER
  ) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const time = entries[dated[k]].time;
      // Non-integer times (never produced by the date parser) would break exactness: fall back.
      keys[k] = Number.isInteger(time) ? (newest - time) * scale + dated[k] : NaN;
    }
    keys.sort();
    if (Number.isNaN(keys[m - 1])) order = comparatorOrder(entries, dated);
    else {
      const indices = new Int32Array(m);
      for (let k = 0; k < m; k++) indices[k] = keys[k] % scale;
      order = indices;
    }
  } else order = comparatorOrder(entries, dated);
  const out = new Array<InboxEntry>(n);
  for (let k = 0; k < m; k++) out[k] = entries[order[k]];
  for (let start = 0; start < m;) {
    let end = start + 1;
    while (end < m && out[end].time === out[start].time) end++;
    if (end - start > 1) {
      const run = out.slice(start, end).sort(compareEntries);
      for (let k = 0; k < run.length; k++) out[start + k] = run[k];
    }
    start = end;
  }
  undated.sort(compareEntries);
  for (let k = 0; k < undated.length; k++) out[m + k] = undated[k];
  return out;
}

function comparatorOrder(entries: readonly InboxEntry[], indices: number[]): number[] {
  return indices.slice().sort((a, b) => compareEntries(entries[a], entries[b]));
}
