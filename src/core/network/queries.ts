import { displayName, otherEnd, type Network } from './build';
import { normaliseCompany } from './people';
import { OWNER_KEY, type EdgeKind, type NetworkEdge } from './types';

/** One person connected to the one asked about: the CLI's `who-knows --json` row plus context. */
export interface WhoKnowsRow {
  id: string;
  name: string;
  kind: EdgeKind;
  source: string;
  /** First seen, YYYY-MM-DD. */
  since: string;
  lastSeen: string;
  confidence: number;
  /** True when the user knows this person (accepted, or linked to the user). */
  known: boolean;
  company?: string;
  flags: string[];
}

/** Everyone with an edge to `key`, people the user knows first, then by confidence and date. A lookup. */
export function whoKnows(net: Network, key: string): WhoKnowsRow[] {
  const rows: WhoKnowsRow[] = [];
  for (const index of net.adjacency.get(key) ?? []) {
    const edge = net.edges[index];
    const other = otherEnd(edge, key);
    if (other === OWNER_KEY) continue;
    // One lookup of the other person serves the name and the company.
    const person = net.people.get(other);
    rows.push({
      id: other,
      name: person ? person.name : displayName(net, other),
      kind: edge.kind,
      source: edge.source,
      since: edge.firstSeen,
      lastSeen: edge.lastSeen,
      confidence: edge.confidence,
      known: net.known.has(other),
      company: person?.company,
      flags: edge.flags
    });
  }
  return rows.sort(
    (a, b) =>
      Number(b.known) - Number(a.known) ||
      b.confidence - a.confidence ||
      (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

export type Band = 'strong' | 'warm' | 'light' | 'cold';

export function bandOf(score: number): Band {
  return score >= 0.75 ? 'strong' : score >= 0.5 ? 'warm' : score >= 0.25 ? 'light' : 'cold';
}

export interface IntroPath {
  /** Starts with the first person the user would ask; ends with the target. One or two people. */
  path: { id: string; name: string }[];
  band: Band;
  /** 0..1, the weakest link of the path. */
  score: number;
  /** One line saying why. */
  reasons: string;
}

export type IntroTarget = { person: string } | { company: string };

export interface IntroOptions {
  /** The user's warmth with a person, 0..1, where known (the evidence helper's computeWarmth). */
  warmth?: (key: string) => number | undefined;
  /** Warmth assumed for a person the user knows but has no evidence about. */
  defaultWarmth?: number;
  limit?: number;
}

/**
 * Introduction paths of one or two hops from the user: the target itself when the user knows
 * them, else a person the user knows who knows the target. Ranked by the weakest link (warmth
 * with the first person, the bridge's edge confidence). Never more than two hops; an empty
 * array means there is no such path.
 */
export function introPaths(net: Network, target: IntroTarget, options: IntroOptions = {}): IntroPath[] {
  const targets = 'person' in target ? [target.person] : (net.byCompany.get(normaliseCompany(target.company)) ?? []);
  const warmthOf = (key: string) => options.warmth?.(key) ?? options.defaultWarmth ?? 0.5;
  const paths: IntroPath[] = [];
  for (const t of targets) {
    if (t === OWNER_KEY) continue;
    const targetName = displayName(net, t);
    if (net.known.has(t)) {
      const score = warmthOf(t);
      paths.push({
        path: [{ id: t, name: targetName }],
        band: bandOf(score),
        score: round(score),
        reasons: `you already know ${targetName} (warmth ${bandOf(score)})`
      });
    }
    const best = new Map<string, NetworkEdge>();
    for (const index of net.adjacency.get(t) ?? []) {
      const edge = net.edges[index];
      const bridge = otherEnd(edge, t);
      if (bridge === OWNER_KEY || !net.known.has(bridge)) continue;
      const seen = best.get(bridge);
      if (!seen || edge.confidence > seen.confidence) best.set(bridge, edge);
    }
    for (const [bridge, edge] of best) {
      const warmth = warmthOf(bridge);
      const score = Math.min(warmth, edge.confidence);
      const bridgeName = displayName(net, bridge);
      const weak = warmth <= edge.confidence ? `your warmth with ${bridgeName}` : `their ${edge.kind} edge`;
      paths.push({
        path: [
          { id: bridge, name: bridgeName },
          { id: t, name: targetName }
        ],
        band: bandOf(score),
        score: round(score),
        reasons:
          `you know ${bridgeName} (warmth ${bandOf(warmth)}); ${bridgeName} ${describe(edge)} ${targetName} ` +
          `(${edge.source}, since ${edge.firstSeen}, confidence ${round(edge.confidence)}); weakest link: ${weak}`
      });
    }
  }
  paths.sort((a, b) => b.score - a.score || a.path.length - b.path.length || compareNames(a, b));
  return options.limit === undefined ? paths : paths.slice(0, options.limit);
}

export interface Bridge {
  id: string;
  name: string;
  /** People this bridge knows whom the user does not know yet. */
  reach: number;
}

/** The people the user knows who connect them to the most people they do not know yet. */
export function bestBridges(net: Network, limit = 10): Bridge[] {
  const out: Bridge[] = [];
  for (const bridge of net.known) {
    const reached = new Set<string>();
    for (const index of net.adjacency.get(bridge) ?? []) {
      const other = otherEnd(net.edges[index], bridge);
      if (other !== OWNER_KEY && !net.known.has(other)) reached.add(other);
    }
    if (reached.size) out.push({ id: bridge, name: displayName(net, bridge), reach: reached.size });
  }
  out.sort((a, b) => b.reach - a.reach || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out.slice(0, limit);
}

function describe(edge: NetworkEdge): string {
  switch (edge.kind) {
    case 'connected':
      return 'is connected to';
    case 'follows':
      return 'follows or is followed by';
    case 'via':
      return 'introduced you to or was the connector for';
    case 'conversation':
      return 'shares a small group conversation with';
    case 'colleague':
      return 'works at the same company as';
    default:
      return 'knows';
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function compareNames(a: IntroPath, b: IntroPath): number {
  const na = a.path.map((p) => p.name).join('/');
  const nb = b.path.map((p) => p.name).join('/');
  return na < nb ? -1 : na > nb ? 1 : 0;
}
