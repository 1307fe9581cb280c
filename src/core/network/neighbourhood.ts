import { displayName, otherEnd, type Network } from './build';
import { canonicalId } from '../journal/identity';
import { OWNER_KEY, type EdgeKind } from './types';

export interface GraphNode {
  id: string;
  name: string;
  status: string | null;
  /** 0 the person, 1 their direct connections, 2 the next ring. */
  hop: 0 | 1 | 2;
  known: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: EdgeKind;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** People left out because the picture would exceed `maxNodes` (said in the view, never silent). */
  omitted: number;
}

/**
 * A person's one- and two-hop network for the picture: the person, everyone connected to them,
 * then the next ring until `maxNodes`; edges among the nodes shown, one per pair and kind.
 */
export function neighbourhood(net: Network, id: string, maxNodes = 500): Neighbourhood {
  const center = canonicalId(id);
  const hops = new Map<string, 0 | 1 | 2>([[center, 0]]);
  const omitted = new Set<string>();
  const ring1: string[] = [];
  for (const index of net.adjacency.get(center) ?? []) {
    const other = otherEnd(net.edges[index], center);
    if (other === OWNER_KEY || hops.has(other)) continue;
    if (hops.size >= maxNodes) {
      omitted.add(other);
      continue;
    }
    hops.set(other, 1);
    ring1.push(other);
  }
  for (const key of ring1) {
    for (const index of net.adjacency.get(key) ?? []) {
      const other = otherEnd(net.edges[index], key);
      if (other === OWNER_KEY || hops.has(other)) continue;
      if (hops.size >= maxNodes) {
        omitted.add(other);
        continue;
      }
      hops.set(other, 2);
    }
  }
  const shown = [...hops.keys()];
  const shownSet = new Set(shown);
  const nodes: GraphNode[] = shown.map((key) => ({
    id: key,
    name: displayName(net, key),
    status: net.people.get(key)?.status ?? null,
    hop: hops.get(key) ?? 2,
    known: net.known.has(key)
  }));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const key of shown) {
    for (const index of net.adjacency.get(key) ?? []) {
      const edge = net.edges[index];
      if (!shownSet.has(edge.from) || !shownSet.has(edge.to)) continue;
      const pair = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      edges.push({ source: edge.from, target: edge.to, kind: edge.kind });
    }
  }
  return { nodes, edges, omitted: omitted.size };
}
