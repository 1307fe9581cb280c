import * as assert from 'node:assert/strict';
import { lintJournal, parseJournal } from '../../../src/core/journal';
import {
  buildNetwork,
  edgesFromJournal,
  introPaths,
  introductionRequestText,
  makeEdge,
  neighbourhood,
  peopleFromJournal,
  personNetworkSummary,
  type NetworkEdge
} from '../../../src/core/network';
import { JOURNAL } from './fixtures';

const TODAY = '2026-03-10';

function net() {
  const journal = parseJournal(JOURNAL);
  const people = peopleFromJournal(journal);
  return buildNetwork(edgesFromJournal(journal, people, TODAY).edges, people);
}

describe('network views: detail summary, picture neighbourhood, introduction request', () => {
  it('the detail summary lists each person once, known first, with the warmest paths', () => {
    const summary = personNetworkSummary(net(), 'cy');
    assert.deepEqual(
      summary.knownBy.map((r) => [r.name, r.known]),
      [
        ['Bo Chen', true],
        ['Ana Li', true]
      ]
    );
    assert.equal(summary.total, 2);
    // Without warmth evidence both bridges tie at the default warmth (0.5); names break the tie.
    assert.deepEqual(
      summary.paths.map((p) => [p.path[0].name, p.score]),
      [
        ['Ana Li', 0.5],
        ['Bo Chen', 0.5]
      ]
    );
    const warm = personNetworkSummary(net(), 'cy', { warmth: (key) => (key === 'bo' ? 0.9 : 0.2) });
    assert.equal(warm.paths[0].path[0].name, 'Bo Chen');
  });

  it('the neighbourhood has the person, one hop and two hops, and says how many it left out', () => {
    const graph = neighbourhood(net(), 'cy');
    assert.deepEqual(
      graph.nodes.map((n) => [n.id, n.hop]),
      [
        ['cy', 0],
        ['bo', 1],
        ['https://www.linkedin.com/in/ana', 1],
        ['eve', 2]
      ]
    );
    assert.equal(graph.edges.length, 3);
    assert.equal(graph.omitted, 0);
    const edges = Array.from(
      { length: 30 },
      (_, i) =>
        makeEdge({
          from: 'hub',
          to: `p${i}`,
          fromName: 'Hub',
          toName: `P${i}`,
          kind: 'knows',
          source: 'x',
          date: TODAY
        }) as NetworkEdge
    );
    const capped = neighbourhood(buildNetwork(edges), 'hub', 10);
    assert.equal(capped.nodes.length, 10);
    assert.equal(capped.omitted, 21);
  });

  it('the introduction request asks the bridge for a double opt-in, naming both people', () => {
    const [path] = introPaths(net(), { person: 'eve' });
    const text = introductionRequestText(path, 'we both work on local-first tools');
    assert.match(text, /^Hi Bo,/);
    assert.match(text, /you know Eve Ray/);
    assert.match(text, /whether they would welcome an introduction/);
    assert.match(text, /no worries at all if not/);
  });
});

describe('the hand-written knows line: lint', () => {
  it('flags a bad kind, self, an ambiguous and an unknown name, each on its own range', () => {
    const text = JOURNAL.replace(
      '- knows: Cy Ode (colleague), Eve Ray',
      '- knows: Cy Ode (friend), Bo Chen, Dee Park, Zed Nobody'
    );
    const found = lintJournal(parseJournal(text), { today: TODAY }).filter(
      (d) => d.code.startsWith('knows') || d.code === 'unknown-key'
    );
    assert.deepEqual(
      found.map((d) => d.code),
      ['knows-kind', 'knows-self', 'knows-ambiguous', 'knows-unknown']
    );
    const line = text.split('\n')[found[2].line];
    const { start, end } = found[2].range!;
    assert.equal(line.slice(start.character, end.character), 'Dee Park');
  });
});
