/** buildNetwork's interned dedupe must agree with edgeKey/dedupeEdges, the one definition of "same edge". */
import * as assert from 'node:assert/strict';
import { buildNetwork, dedupeEdges, makeEdge, type EdgeKind, type NetworkEdge } from '../../../src/core/network';

function edge(from: string, to: string, kind: EdgeKind, source = 'Feed', date = '2026-03-01'): NetworkEdge {
  return makeEdge({ from, to, fromName: from, toName: to, kind, source, date }) as NetworkEdge;
}

describe('buildNetwork edge identity', () => {
  it('merges an undirected edge seen both ways, keeps follows in each direction apart', () => {
    const net = buildNetwork([
      edge('a', 'b', 'connected', 'Feed', '2026-03-01'),
      edge('b', 'a', 'connected', 'Feed', '2026-03-05'),
      edge('a', 'b', 'follows'),
      edge('b', 'a', 'follows'),
      edge('a', 'b', 'follows', 'Feed', '2026-03-09')
    ]);
    assert.equal(net.edges.length, 3);
    assert.equal(net.edges[0].lastSeen, '2026-03-05');
    assert.equal(net.edges[1].lastSeen, '2026-03-09');
    assert.deepEqual(net.adjacency.get('a'), [0, 1, 2]);
  });

  it('keeps edges with another kind or source apart', () => {
    const net = buildNetwork([
      edge('a', 'b', 'connected', 'X'),
      edge('a', 'b', 'connected', 'Y'),
      edge('b', 'a', 'via', 'X')
    ]);
    assert.equal(net.edges.length, 3);
  });

  it('finds the same unique edges as dedupeEdges on a random multigraph', () => {
    const kinds: EdgeKind[] = ['connected', 'follows', 'via'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
    const edges: NetworkEdge[] = [];
    while (edges.length < 2_000) {
      const a = next(40);
      const b = next(40);
      if (a !== b) edges.push(edge(`p${a}`, `p${b}`, kinds[next(3)], next(2) ? 'F' : 'G', `2026-03-${10 + next(9)}`));
    }
    const expected = [...dedupeEdges(edges).values()];
    assert.deepEqual(buildNetwork(edges).edges, expected);
  });
});
