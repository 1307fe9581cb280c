/**
 * The empty-tab text while searching. Search covers every tab, so "No one matches" names the
 * tabs that do have matches instead of looking like the search found nothing at all. Pure.
 */
import { TAB_LABELS, TABS, type InboxTab } from '../core/inbox';

export function emptyTabText(query: string, tab: InboxTab, matches: Record<InboxTab, number> | null): string {
  if (!query) return 'No one here right now.';
  const elsewhere = matches
    ? TABS.filter((t) => t !== tab && matches[t] > 0).map((t) => `${TAB_LABELS[t]} (${matches[t]})`)
    : [];
  return (
    `No one matches “${query}” in ${TAB_LABELS[tab]}.` +
    (elsewhere.length ? ` Matches in ${elsewhere.join(', ')}.` : '')
  );
}
