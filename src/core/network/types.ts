/**
 * The network's vocabulary: who knows whom, as seen in feeds, the journal and message exports.
 * Pure TypeScript. People are keyed by THE identity of the product (canonicalId / entryKey in
 * core/journal/identity.ts); a person seen only by name gets a `name:` key (see people.ts).
 */

/** How we know that two people know each other. `follows` is directed (from follows to). */
export const EDGE_KINDS = ['connected', 'follows', 'via', 'conversation', 'colleague', 'knows'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export function isEdgeKind(value: string): value is EdgeKind {
  return (EDGE_KINDS as readonly string[]).includes(value);
}

/** Default confidence per kind: a feed edge is an observed fact; a shared company is a guess. */
export const KIND_CONFIDENCE: Readonly<Record<EdgeKind, number>> = {
  connected: 0.9,
  follows: 0.6,
  via: 0.8,
  conversation: 0.4,
  colleague: 0.2,
  knows: 0.9
};

/** Markers an edge carries; shown with it, never silently acted on. */
export type EdgeFlag = 'ambiguous-name' | 'name-only' | 'weak' | 'burst';

export interface NetworkEdge {
  /** Person key (an entry key) or a `name:` key. For `follows`, the follower. */
  from: string;
  to: string;
  /** Display names as seen (untrusted text). */
  fromName: string;
  toName: string;
  kind: EdgeKind;
  /** Where it was seen: a feed's label, `journal`, `messages.csv`, `Connections.csv`. */
  source: string;
  /** YYYY-MM-DD. */
  firstSeen: string;
  lastSeen: string;
  /** 0..1. */
  confidence: number;
  flags: EdgeFlag[];
}

/** What the network knows about a person from the journal (optional for people seen only in edges). */
export interface NetworkPerson {
  key: string;
  name: string;
  status?: string;
  company?: string;
}

/** A problem found while reading or collecting edges: reported, and the input is kept. */
export interface NetworkWarning {
  /** 1-based line in the network file, when the problem is a line. */
  line?: number;
  message: string;
}

/** The key of the user themselves (edges the user writes by hand about themselves use it). */
export const OWNER_KEY = 'me';
