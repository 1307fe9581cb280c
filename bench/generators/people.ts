/**
 * The sidebar's people as the host posts them to the webview (protocol PersonItem): mostly new
 * feed people, the rest journal entries with decisions, tags and follow-ups, newest first in
 * bursts from a few "via" people.
 */
import type { PersonItem } from '../../src/shared/protocol';
import { createRandom } from '../lib/random';
import { COMPANIES, isoDay, personName, POSITIONS, profileUrl, TAGS } from './names';

const DECIDED = ['accepted', 'declined', 'deferred'] as const;

export function generatePeople(count: number, seed = 0x9e0): PersonItem[] {
  const random = createRandom(seed);
  const vias = Array.from({ length: 40 }, (_, i) => {
    const { first, last } = personName(1_000_000 + i);
    return `${first} ${last}`;
  });
  const people: PersonItem[] = [];
  let time = Date.UTC(2026, 10, 24, 12, 0, 0);
  for (let i = 0; i < count; i++) {
    const { first, last, slug } = personName(i);
    time -= random.int(5, 900) * 1000;
    const fromFeed = random.chance(0.7);
    const status = fromFeed ? 'new' : random.pick(DECIDED);
    people.push({
      id: profileUrl(slug),
      name: `${first} ${last}`,
      via: random.chance(0.9) ? random.pick(vias) : null,
      source: fromFeed ? 'Network' : 'LinkedIn',
      date: fromFeed ? new Date(time).toISOString() : isoDay(random),
      headline: fromFeed ? `${random.pick(POSITIONS)} at ${random.pick(COMPANIES)}` : '',
      link: profileUrl(slug),
      tags: !fromFeed && random.chance(0.3) ? [random.pick(TAGS)] : [],
      status,
      origin: fromFeed ? 'feed' : 'journal',
      followUp: status === 'deferred' ? isoDay(random) : null,
      decided: status === 'new' ? null : isoDay(random)
    });
  }
  return people;
}
