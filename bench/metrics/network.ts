/**
 * The network metrics (issue 12): loading a 300,000-edge store, who-knows as a lookup, two-hop
 * introduction paths to a company, and the picture's bundle size. Inputs are generated here,
 * seeded, so every run measures the same graph: 30,000 people, 300,000 edges.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  NETWORK_HEADER,
  buildNetwork,
  formatEdgeLine,
  introPaths,
  makeEdge,
  parseNetworkText,
  whoKnows,
  type EdgeKind,
  type Network,
  type NetworkEdge,
  type NetworkPerson
} from '../../src/core/network';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { perRunRatios } from '../lib/stats';
import { pairedRuns, timeOnce, type RunPlan } from '../lib/timing';
import { PRODUCTION_DIST } from './bundle';

const KINDS: EdgeKind[] = ['connected', 'connected', 'connected', 'follows', 'via', 'conversation', 'knows'];
const COMPANIES = 600;

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** A small seeded PRNG (mulberry32): the same graph on every run and machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  people: Map<string, NetworkPerson>;
  edges: NetworkEdge[];
  text: string;
}

/** `people` people (a tenth accepted by the user), `edges` distinct undirected edges between them. */
export function generateNetwork(people: number, edges: number, seed = 12): Generated {
  const next = random(seed);
  const map = new Map<string, NetworkPerson>();
  for (let i = 0; i < people; i++) {
    const key = `https://www.linkedin.com/in/p${i}`;
    map.set(key, {
      key,
      name: `Person ${i}`,
      status: i % 10 === 0 ? 'accepted' : 'new',
      company: `Company ${i % COMPANIES}`
    });
  }
  const out: NetworkEdge[] = [];
  const seen = new Set<string>();
  while (out.length < edges) {
    const a = Math.floor(next() * people);
    const b = Math.floor(next() * people);
    if (a === b) continue;
    const pair = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    const day = 1 + Math.floor(next() * 28);
    out.push(
      makeEdge({
        from: `https://www.linkedin.com/in/p${a}`,
        to: `https://www.linkedin.com/in/p${b}`,
        fromName: `Person ${a}`,
        toName: `Person ${b}`,
        kind: KINDS[Math.floor(next() * KINDS.length)],
        source: 'Bench feed',
        date: `2026-03-${String(day).padStart(2, '0')}`
      }) as NetworkEdge
    );
  }
  return { people: map, edges: out, text: `${NETWORK_HEADER}\n${out.map(formatEdgeLine).join('\n')}\n` };
}

let cached: { large: Generated; small: Generated } | undefined;
function inputs(): { large: Generated; small: Generated } {
  cached ??= { large: generateNetwork(30_000, 300_000), small: generateNetwork(300, 3_000, 13) };
  return cached;
}

export async function networkLoad(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'network.load.300k.ratio';
  try {
    const { large } = inputs();
    const load = () => buildNetwork(parseNetworkText(large.text).edges, large.people);
    expect(load().edges.length === 300_000, 'the store did not load 300,000 edges');
    const runs = await pairedRuns(
      plan,
      () => timeOnce(load),
      () => timeOnce(() => large.text.split('\n'))
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: "text.split('\\n') of the same file", samples: runs.baseline },
      note: `${(large.text.length / 1e6).toFixed(1)} MB network file; parse + dedupe + adjacency, text in memory`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

/** The same 1,000 lookups' worth of who-knows on each graph (keys cycle through its people). */
function lookups(net: Network, people: number): () => number {
  return () => {
    let rows = 0;
    for (let i = 0; i < 1_000; i++) rows += whoKnows(net, `https://www.linkedin.com/in/p${(i * 7) % people}`).length;
    return rows;
  };
}

export async function networkWhoKnows(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'network.whoKnows.ratio';
  try {
    const { large, small } = inputs();
    const big = buildNetwork(large.edges, large.people);
    const little = buildNetwork(small.edges, small.people);
    expect(lookups(big, 30_000)() > 0 && lookups(little, 300)() > 0, 'who-knows found nobody');
    const runs = await pairedRuns(
      plan,
      () => timeOnce(lookups(big, 30_000)),
      () => timeOnce(lookups(little, 300))
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'the same 1,000 who-knows lookups at 3,000 edges (same mean degree)', samples: runs.baseline },
      note: '1,000 lookups per run at 300,000 edges / 30,000 people'
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

/**
 * The baseline: a bare breadth-first search two hops out from the user over plain adjacency
 * arrays (the user → the people they know → those people's connections), counting how often it
 * reaches a person at the company: the same count as the paths, without names, ranking or reasons.
 */
function bareTwoHop(adjacency: Int32Array[], userFriends: Int32Array, isTarget: Uint8Array): number {
  let found = 0;
  for (const friend of userFriends) {
    if (isTarget[friend]) found++;
    for (const next of adjacency[friend]) if (isTarget[next]) found++;
  }
  return found;
}

export async function networkIntro(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'network.intro.ratio';
  try {
    const { large } = inputs();
    const net = buildNetwork(large.edges, large.people);
    const index = (key: string) => Number(key.slice(key.lastIndexOf('p') + 1));
    const lists: number[][] = Array.from({ length: 30_000 }, () => []);
    for (const edge of large.edges) {
      lists[index(edge.from)].push(index(edge.to));
      lists[index(edge.to)].push(index(edge.from));
    }
    const adjacency = lists.map((l) => Int32Array.from(l));
    const friends: number[] = [];
    for (const person of large.people.values()) if (person.status === 'accepted') friends.push(index(person.key));
    const userFriends = Int32Array.from(friends);
    const company = 'Company 7';
    const targets = (net.byCompany.get('company 7') ?? []).map(index);
    const isTarget = new Uint8Array(30_000);
    for (const t of targets) isTarget[t] = 1;
    const ours = () => introPaths(net, { company }).length;
    expect(
      ours() === bareTwoHop(adjacency, userFriends, isTarget),
      'intro paths and the bare search disagree on the count'
    );
    const runs = await pairedRuns(
      plan,
      () =>
        timeOnce(() => {
          let n = 0;
          for (let i = 0; i < 20; i++) n += ours();
          return n;
        }),
      () =>
        timeOnce(() => {
          let n = 0;
          for (let i = 0; i < 20; i++) n += bareTwoHop(adjacency, userFriends, isTarget);
          return n;
        })
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'bare two-hop BFS from the user over Int32Array adjacency', samples: runs.baseline },
      note: `20 queries per run; ${targets.length} people at the company; ranked, named paths with reasons`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

export function networkBundle(buildError: string | undefined): MetricOutcome {
  const name = 'bundle.network.kb';
  if (buildError) return { name, notMeasured: buildError };
  const file = join(PRODUCTION_DIST, 'network.js');
  if (!existsSync(file)) return { name, notMeasured: 'dist/network.js was not copied from the production build' };
  return { name, samples: [statSync(file).size / 1000], note: 'dist/network.js, production (d3-force + zod inside)' };
}
