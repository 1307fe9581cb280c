/**
 * The list ordered by warmth (issue 11): warmest first within the tab, people without warmth
 * last, ties in the date order the entries already have (Array.prototype.sort is stable). No
 * day headers or burst groups: both are about when someone arrived, which this order ignores.
 */
import type { InboxEntry } from './entry';
import { personRow, type InboxRow } from './rows';

export type ListSort = 'date' | 'warmth';
export const LIST_SORTS: readonly ListSort[] = ['date', 'warmth'];

function scoreOf(entry: InboxEntry): number {
  const score = entry.person.warmthScore;
  return typeof score === 'number' ? score : -1;
}

/** Rows for `entries` (newest first) by warmth, into `into` when given (emptied first). */
export function warmthRows(entries: readonly InboxEntry[], into?: InboxRow[]): InboxRow[] {
  const sorted = entries.slice().sort((a, b) => scoreOf(b) - scoreOf(a));
  const rows: InboxRow[] = into ?? [];
  rows.length = 0;
  for (const entry of sorted) rows.push(personRow(entry, null));
  return rows;
}
