/**
 * A name or id typed by a person (CLI) or an agent (MCP) → the network key it means. The one
 * place both fronts decide it, so `deliberate who-knows X` and the `who_knows` tool agree.
 */
import type { Network } from './build';
import { isNameKey, nameKey, normaliseCompany, type PeopleIndex } from './people';
import type { IntroTarget } from './queries';
import { normaliseName } from '../journal/identity';

export type NetworkPersonResolution =
  { kind: 'found'; key: string } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'none' };

/** By id first, then a key in the graph, then a unique journal name, then a name-only node. */
export function resolveNetworkPerson(people: PeopleIndex, network: Network, query: string): NetworkPersonResolution {
  const byId = people.resolveId(query);
  if (byId) return { kind: 'found', key: byId };
  if (network.adjacency.has(query)) return { kind: 'found', key: query };
  const named = people.resolveName(query);
  if (named.kind === 'person') return { kind: 'found', key: named.key };
  if (named.kind === 'ambiguous') return { kind: 'ambiguous', candidates: [...named.candidates] };
  const key = nameKey(query);
  if (network.adjacency.has(key)) return { kind: 'found', key };
  return byEdgeName(network, query);
}

/**
 * Someone seen only in a feed (not in the journal) is keyed by their feed id, and their name
 * lives on the edges. A scan, but only when every lookup above failed.
 */
function byEdgeName(network: Network, query: string): NetworkPersonResolution {
  const wanted = normaliseName(query);
  if (!wanted) return { kind: 'none' };
  const keys = new Set<string>();
  for (const edge of network.edges) {
    if (edge.fromName && normaliseName(edge.fromName) === wanted) keys.add(edge.from);
    if (edge.toName && normaliseName(edge.toName) === wanted) keys.add(edge.to);
  }
  if (keys.size === 1) return { kind: 'found', key: [...keys][0] };
  return keys.size > 1 ? { kind: 'ambiguous', candidates: [...keys].sort() } : { kind: 'none' };
}

/** A person when the query names one the journal knows; else a company someone works at; else a name-only person. */
export function resolveIntroTarget(
  people: PeopleIndex,
  network: Network,
  query: string
): IntroTarget | { ambiguous: string[] } | undefined {
  const found = resolveNetworkPerson(people, network, query);
  if (found.kind === 'ambiguous') return { ambiguous: found.candidates };
  const key = found.kind === 'found' ? found.key : undefined;
  if (key && !isNameKey(key)) return { person: key };
  if (network.byCompany.has(normaliseCompany(query))) return { company: query };
  return key ? { person: key } : undefined;
}
