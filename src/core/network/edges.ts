import type { EdgeFlag, EdgeKind, NetworkEdge, NetworkWarning } from './types';
import { KIND_CONFIDENCE, OWNER_KEY } from './types';

/**
 * The identity of an edge: the same two people, kind and source are one edge however often it
 * is seen (a feed re-read a hundred times adds nothing). Undirected kinds sort their ends.
 */
export function edgeKey(edge: Pick<NetworkEdge, 'from' | 'to' | 'kind' | 'source'>): string {
  const [a, b] = edge.kind === 'follows' || edge.from <= edge.to ? [edge.from, edge.to] : [edge.to, edge.from];
  return `${a}\u0000${b}\u0000${edge.kind}\u0000${edge.source}`;
}

export interface EdgeInput {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  kind: EdgeKind;
  source: string;
  date: string;
  confidence?: number;
  flags?: EdgeFlag[];
}

/** An edge from an observation, or a warning saying why it cannot be one (self-loops). */
export function makeEdge(input: EdgeInput): NetworkEdge | NetworkWarning {
  if (input.from === input.to) {
    const who = input.from === OWNER_KEY ? 'you' : `'${input.fromName}'`;
    return { message: `ignored a ${input.kind} edge from ${who} to themselves (${input.source})` };
  }
  return {
    from: input.from,
    to: input.to,
    fromName: input.fromName,
    toName: input.toName,
    kind: input.kind,
    source: input.source,
    firstSeen: input.date,
    lastSeen: input.date,
    confidence: input.confidence ?? KIND_CONFIDENCE[input.kind],
    flags: [...new Set(input.flags ?? [])].sort()
  };
}

export function isEdge(value: NetworkEdge | NetworkWarning): value is NetworkEdge {
  return (value as NetworkEdge).kind !== undefined;
}

/** Two sightings of one edge: first seen is the earliest, last seen the latest, flags the union. */
export function mergeEdge(into: NetworkEdge, seen: NetworkEdge): NetworkEdge {
  const flags = into.flags.length || seen.flags.length ? [...new Set([...into.flags, ...seen.flags])].sort() : [];
  return {
    ...into,
    fromName: seen.fromName || into.fromName,
    toName: seen.toName || into.toName,
    firstSeen: minDate(into.firstSeen, seen.firstSeen),
    lastSeen: maxDate(into.lastSeen, seen.lastSeen),
    confidence: Math.max(into.confidence, seen.confidence),
    flags
  };
}

/** True when merging `seen` would change `known` (so it is worth appending to the store). */
export function changesEdge(known: NetworkEdge, seen: NetworkEdge): boolean {
  const merged = mergeEdge(known, seen);
  return (
    merged.firstSeen !== known.firstSeen ||
    merged.lastSeen !== known.lastSeen ||
    merged.confidence !== known.confidence ||
    merged.flags.join() !== known.flags.join()
  );
}

/** Dedupe into one edge per edgeKey, in first-seen order of keys. */
export function dedupeEdges(edges: Iterable<NetworkEdge>): Map<string, NetworkEdge> {
  const out = new Map<string, NetworkEdge>();
  for (const edge of edges) {
    const key = edgeKey(edge);
    const known = out.get(key);
    out.set(key, known ? mergeEdge(known, edge) : edge);
  }
  return out;
}

/** The order the store is compacted in: stable and diff-friendly. */
export function compareEdges(a: NetworkEdge, b: NetworkEdge): number {
  const ka = edgeKey(a);
  const kb = edgeKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function minDate(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}
