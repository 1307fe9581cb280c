/** The sidebar's tabs: which people each one shows and how many, given today's date. */
import type { InboxEntry, InboxPerson } from './entry';

export const TABS = ['inbox', 'accepted', 'declined', 'deferred', 'followups'] as const;
export type InboxTab = (typeof TABS)[number];

export const TAB_LABELS: Record<InboxTab, string> = {
  inbox: 'Inbox',
  accepted: 'Accepted',
  declined: 'Declined',
  deferred: 'Deferred',
  followups: 'Follow-ups due'
};

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
