import type { ConnectionEvent } from '../../../src/core/types';

/** A small journal: the user knows Ana and Bo (accepted); Cy is new; two people named Dee Park. */
export const JOURNAL = [
  '# Journal',
  '',
  '## Ana Li',
  '- id: https://www.linkedin.com/in/ana',
  '- status: accepted',
  '- headline: CTO at Acme',
  '',
  '## Bo Chen',
  '- id: bo',
  '- status: accepted',
  '- headline: Engineer at Globex',
  '- knows: Cy Ode (colleague), Eve Ray',
  '',
  '## Cy Ode',
  '- id: cy',
  '- status: new',
  '- via: Ana Li',
  '- headline: Designer at Initech',
  '',
  '## Dee Park',
  '- id: dee-1',
  '- status: new',
  '',
  '## Dee Park',
  '- id: dee-2',
  '- status: new',
  '',
  '## Eve Ray',
  '- id: eve',
  '- status: new',
  '- headline: Founder at Initech',
  ''
].join('\n');

export function event(person: string, via: string | null, extra: Partial<ConnectionEvent> = {}): ConnectionEvent {
  return {
    id: extra.id ?? `feed:${person}`,
    person,
    via,
    link: null,
    date: '2026-03-01T10:00:00Z',
    title: via ? `${via} is now connected to ${person}` : `${person}`,
    source: 'Team feed',
    headline: '',
    ...extra
  };
}
