import { dedupeEdges } from './edges';
import { isNameKey, normaliseCompany, type PeopleIndex } from './people';
import { OWNER_KEY, type NetworkEdge, type NetworkPerson } from './types';

/**
 * The network with its adjacency precomputed: who-knows is a map lookup, and introduction paths
 * walk at most two levels of it. Built once per load; immutable afterwards.
 */
export interface Network {
  readonly edges: readonly NetworkEdge[];
  /** Person key → indices into `edges` of every edge touching them. */
  readonly adjacency: ReadonlyMap<string, readonly number[]>;
  readonly people: ReadonlyMap<string, NetworkPerson>;
  /** People the user knows: accepted in the journal, or linked to the user by an edge. */
  readonly known: ReadonlySet<string>;
  /** Normalised company → keys of the people whose current company it is. */
  readonly byCompany: ReadonlyMap<string, readonly string[]>;
}

export function buildNetwork(
  edges: Iterable<NetworkEdge>,
  people?: PeopleIndex | ReadonlyMap<string, NetworkPerson>
): Network {
  const unique = [...dedupeEdges(edges).values()];
  const adjacency = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = adjacency.get(key);
    if (list) list.push(index);
    else adjacency.set(key, [index]);
  };
  const known = new Set<string>();
  for (let i = 0; i < unique.length; i++) {
    const edge = unique[i];
    add(edge.from, i);
    add(edge.to, i);
    if (edge.from === OWNER_KEY) known.add(edge.to);
    else if (edge.to === OWNER_KEY) known.add(edge.from);
  }
  const personMap: ReadonlyMap<string, NetworkPerson> =
    people === undefined ? new Map() : 'resolveName' in people ? people.people : people;
  const byCompany = new Map<string, string[]>();
  for (const person of personMap.values()) {
    if (person.status === 'accepted') known.add(person.key);
    if (!person.company) continue;
    const company = normaliseCompany(person.company);
    const list = byCompany.get(company);
    if (list) list.push(person.key);
    else byCompany.set(company, [person.key]);
  }
  return { edges: unique, adjacency, people: personMap, known, byCompany };
}

/** The name to show for a key: the journal's, else as last seen on an edge. */
export function displayName(net: Network, key: string): string {
  if (key === OWNER_KEY) return 'you';
  const person = net.people.get(key);
  if (person) return person.name;
  for (const index of net.adjacency.get(key) ?? []) {
    const edge = net.edges[index];
    if (edge.from === key && edge.fromName) return edge.fromName;
    if (edge.to === key && edge.toName) return edge.toName;
  }
  return isNameKey(key) ? key.slice(5) : key;
}

/** The other end of an edge, seen from `key`. */
export function otherEnd(edge: NetworkEdge, key: string): string {
  return edge.from === key ? edge.to : edge.from;
}
