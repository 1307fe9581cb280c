import type { Network } from './build';
import { canonicalId } from '../journal/identity';
import { introPaths, whoKnows, type IntroOptions, type IntroPath } from './queries';

/** At most this many people are listed in a summary; `total` always says how many there are. */
export const SUMMARY_PEOPLE = 200;

export interface PersonNetworkSummary {
  knownBy: {
    id: string;
    name: string;
    company: string | null;
    kind: string;
    source: string;
    since: string;
    known: boolean;
  }[];
  total: number;
  paths: IntroPath[];
}

/**
 * What questions 5 and 6 show for one person: who knows them (people the user knows first,
 * one row per person with their strongest edge) and the warmest introduction paths.
 */
export function personNetworkSummary(net: Network, id: string, options: IntroOptions = {}): PersonNetworkSummary {
  const key = canonicalId(id);
  const seen = new Set<string>();
  const rows = whoKnows(net, key).filter((row) => !seen.has(row.id) && seen.add(row.id));
  return {
    knownBy: rows.slice(0, SUMMARY_PEOPLE).map((row) => ({
      id: row.id,
      name: row.name,
      company: row.company ?? null,
      kind: row.kind,
      source: row.source,
      since: row.since,
      known: row.known
    })),
    total: rows.length,
    paths: introPaths(net, { person: key }, { ...options, limit: 3 })
  };
}
