import { mergeEdge } from './edges';
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
  // People and kind+source pairs are interned to small integers so that the identity of an edge
  // (see edgeKey) is a short string: loading 300,000 edges stays close to a line split.
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = lists.length;
      ids.set(key, id);
      lists.push([]);
    }
    return id;
  };
  const groups = new Map<string, number>();
  const seen = new Map<string, number>();
  const unique: NetworkEdge[] = [];
  const known = new Set<string>();
  for (const edge of edges) {
    const a = idOf(edge.from);
    const b = idOf(edge.to);
    const group = `${edge.kind}\u0000${edge.source}`;
    let g = groups.get(group);
    if (g === undefined) groups.set(group, (g = groups.size));
    const directed = edge.kind === 'follows';
    const key = directed || a <= b ? `${a},${b},${g}` : `${b},${a},${g}`;
    const at = seen.get(key);
    if (at !== undefined) {
      unique[at] = mergeEdge(unique[at], edge);
      continue;
    }
    seen.set(key, unique.length);
    lists[a].push(unique.length);
    lists[b].push(unique.length);
    unique.push(edge);
    if (edge.from === OWNER_KEY) known.add(edge.to);
    else if (edge.to === OWNER_KEY) known.add(edge.from);
  }
  const adjacency = new Map<string, number[]>();
  for (const [key, id] of ids) adjacency.set(key, lists[id]);
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
