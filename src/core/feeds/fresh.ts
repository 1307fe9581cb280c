import type { ConnectionEvent } from '../types';
import { canonicalId } from '../journal/identity';

/**
 * The feed events to show as new: the first event of each person across all feeds, minus
 * everyone the journal already holds. "Same person" is canonicalId's decision, so
 * `https://linkedin.com/in/lee-chen/` in the journal hides `https://www.linkedin.com/in/lee-chen`
 * from a feed.
 */
export function eventsNotInJournal(
  feeds: Iterable<readonly ConnectionEvent[]>,
  journalIds: Iterable<string | undefined>
): ConnectionEvent[] {
  const taken = new Set<string>();
  for (const id of journalIds) if (id) taken.add(canonicalId(id));
  const out: ConnectionEvent[] = [];
  for (const events of feeds) {
    for (const event of events) {
      const key = canonicalId(event.id);
      if (taken.has(key)) continue;
      taken.add(key);
      out.push(event);
    }
  }
  return out;
}
