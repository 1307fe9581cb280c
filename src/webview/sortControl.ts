/**
 * The list's sort control (issue 11): by date, grouped by day (the default), or warmest first.
 * A native select, so keyboard and screen-reader behaviour come from the platform.
 */
import { LIST_SORTS, type ListSort } from '../core/inbox';
import { el } from './dom';

const LABELS: Record<ListSort, string> = { date: 'Date', warmth: 'Warmth' };

export function sortControl(): HTMLSelectElement {
  return el(
    'select',
    { className: 'sort', attrs: { id: 'sort', 'aria-label': 'Sort by', 'data-testid': 'sort', title: 'Sort by' } },
    LIST_SORTS.map((sort) => el('option', { attrs: { value: sort }, text: LABELS[sort] }))
  );
}

export function isListSort(value: string): value is ListSort {
  return (LIST_SORTS as readonly string[]).includes(value);
}
