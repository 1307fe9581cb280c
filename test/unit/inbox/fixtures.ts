import type { InboxPerson } from '../../../src/core/inbox';

export function p(id: string, name: string, extra: Partial<InboxPerson> = {}): InboxPerson {
  return {
    id,
    name,
    via: null,
    source: 'Feed',
    date: null,
    headline: '',
    link: null,
    tags: [],
    status: 'new',
    origin: 'feed',
    followUp: null,
    decided: null,
    ...extra
  };
}
