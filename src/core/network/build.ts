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
  // People and kind+source pairs are interned to small integers, and the identity of an edge
  // (see edgeKey) is checked as integers against the shorter of its two ends' lists: no string
  // key and no map entry per edge, so loading 300,000 edges stays close to a line split.
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const groups = new Map<string, number>();
  let lastKind = '';
  let lastSource = '';
  let group = -1;
  // Per unique edge: its two end ids (in file order) and its kind+source group.
  const endFrom: number[] = [];
  const endTo: number[] = [];
  const groupOf: number[] = [];
  const unique: NetworkEdge[] = [];
  const known = new Set<string>();
  // No closures in this loop: it runs once per edge of a file of hundreds of thousands.
  for (const edge of edges) {
    let a = ids.get(edge.from);
    if (a === undefined) {
      ids.set(edge.from, (a = lists.length));
      lists.push([]);
    }
    let b = ids.get(edge.to);
    if (b === undefined) {
      ids.set(edge.to, (b = lists.length));
      lists.push([]);
    }
    if (edge.kind !== lastKind || edge.source !== lastSource) {
      const name = `${edge.kind}\u0000${edge.source}`;
      let g = groups.get(name);
      if (g === undefined) groups.set(name, (g = groups.size));
      lastKind = edge.kind;
      lastSource = edge.source;
      group = g;
    }
    // The same identity as edgeKey: same group, same ends (either order unless directed).
    const candidates = lists[a].length <= lists[b].length ? lists[a] : lists[b];
    const directed = edge.kind === 'follows';
    let at = -1;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (groupOf[c] !== group) continue;
      if ((endFrom[c] === a && endTo[c] === b) || (!directed && endFrom[c] === b && endTo[c] === a)) {
        at = c;
        break;
      }
    }
    if (at >= 0) {
      unique[at] = mergeEdge(unique[at], edge);
      continue;
    }
    const index = unique.length;
    endFrom.push(a);
    endTo.push(b);
    groupOf.push(group);
    lists[a].push(index);
    if (b !== a) lists[b].push(index);
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
