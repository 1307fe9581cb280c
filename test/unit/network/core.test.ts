import * as assert from 'node:assert/strict';
import { parseJournal } from '../../../src/core/journal';
import {
  BURST_THRESHOLD,
  buildNetwork,
  bestBridges,
  edgesFromConversations,
  edgesFromEvents,
  edgesFromJournal,
  edgesFromSharedCompany,
  formatEdgeLine,
  introPaths,
  makeEdge,
  parseKnowsValue,
  parseNetworkText,
  peopleFromJournal,
  resolveIntroTarget,
  resolveNetworkPerson,
  whoKnows,
  NETWORK_HEADER,
  OWNER_KEY,
  type NetworkEdge
} from '../../../src/core/network';
import { JOURNAL, event } from './fixtures';

const TODAY = '2026-03-10';
const ANA = 'https://www.linkedin.com/in/ana';

function setup(extra: NetworkEdge[] = []) {
  const journal = parseJournal(JOURNAL);
  const people = peopleFromJournal(journal);
  const fromJournal = edgesFromJournal(journal, people, TODAY);
  const colleagues = edgesFromSharedCompany(people, TODAY);
  const net = buildNetwork([...fromJournal.edges, ...colleagues.edges, ...extra], people);
  return { journal, people, net, warnings: [...fromJournal.warnings, ...colleagues.warnings] };
}

describe('network core', () => {
  it('reads via, knows and shared-company edges from the journal, keyed by the identity function', () => {
    const { net } = setup();
    const kinds = net.edges.map((e) => `${e.from}>${e.to}:${e.kind}`).sort();
    assert.deepEqual(kinds, [
      'bo>cy:colleague',
      'bo>eve:knows',
      'cy>eve:colleague', // same current company (Initech), weak
      `${ANA}>cy:via`
    ]);
    const colleague = net.edges.find((e) => e.source === 'Connections.csv');
    assert.deepEqual(colleague?.flags, ['weak']);
    assert.ok((colleague?.confidence ?? 1) < 0.5);
  });

  it('resolves a name, an id, a name seen only on feed edges, and refuses an ambiguous one', () => {
    const feed = (to: string, toName: string) =>
      makeEdge({
        from: 'bo',
        to,
        fromName: 'Bo Chen',
        toName,
        kind: 'connected',
        source: 'feed',
        date: TODAY
      }) as NetworkEdge;
    const { people, net } = setup([
      feed('feed:1', 'Priya Raman'),
      feed('feed:2', 'Sam Lee'),
      feed('feed:3', 'Sam Lee')
    ]);
    assert.deepEqual(resolveNetworkPerson(people, net, 'Bo Chen'), { kind: 'found', key: 'bo' });
    assert.deepEqual(resolveNetworkPerson(people, net, 'priya  raman'), { kind: 'found', key: 'feed:1' });
    assert.deepEqual(resolveNetworkPerson(people, net, 'Sam Lee'), {
      kind: 'ambiguous',
      candidates: ['feed:2', 'feed:3']
    });
    assert.deepEqual(resolveNetworkPerson(people, net, 'Nobody'), { kind: 'none' });
    assert.deepEqual(resolveIntroTarget(people, net, 'Priya Raman'), { person: 'feed:1' });
  });

  it('who knows X is a lookup with kind, source and date, people the user knows first', () => {
    const { net } = setup();
    const rows = whoKnows(net, 'cy');
    assert.deepEqual(
      rows.map((r) => [r.id, r.name, r.kind, r.source, r.since, r.known]),
      [
        ['bo', 'Bo Chen', 'colleague', 'journal', TODAY, true], // hand-written: 0.9
        [ANA, 'Ana Li', 'via', 'journal', TODAY, true], // via: 0.8
        ['eve', 'Eve Ray', 'colleague', 'Connections.csv', TODAY, false]
      ]
    );
    assert.deepEqual(whoKnows(net, 'nobody'), []);
  });

  it('intro paths: bridges the user knows, ranked by the weakest link, at most two hops', () => {
    const { net } = setup();
    const warmth = (key: string) => (key === 'bo' ? 0.95 : key === ANA ? 0.3 : undefined);
    const paths = introPaths(net, { person: 'cy' }, { warmth });
    assert.deepEqual(
      paths.map((p) => [p.path.map((s) => s.id), p.band, p.score]),
      [
        [['bo', 'cy'], 'strong', 0.9], // warmth 0.95, knows edge... colleague edge is hand-written (0.9)
        [[ANA, 'cy'], 'light', 0.3]
      ]
    );
    assert.match(paths[1].reasons, /weakest link: your warmth with Ana Li/);
    // Eve is reached through Bo only (two hops); nobody reaches her through Cy (would be three).
    assert.deepEqual(
      introPaths(net, { person: 'eve' }, { warmth }).map((p) => p.path.map((s) => s.id)),
      [['bo', 'eve']]
    );
    assert.deepEqual(introPaths(net, { person: 'dee-1' }), [], 'no path is an empty list, not a guess');
  });

  it('intro paths to a company cover everyone whose current company it is', () => {
    const { net } = setup();
    const paths = introPaths(net, { company: 'initech' });
    const ends = paths.map((p) => p.path[p.path.length - 1].id).sort();
    assert.deepEqual([...new Set(ends)], ['cy', 'eve']);
    assert.ok(paths.every((p) => p.path.length <= 2));
    assert.deepEqual(
      introPaths(net, { company: 'Acme' }).map((p) => p.path.map((s) => s.id)),
      [[ANA]],
      'the user already knows Ana at Acme'
    );
  });

  it('best bridges count the people the user does not know yet', () => {
    const { net } = setup();
    assert.deepEqual(
      bestBridges(net).map((b) => [b.id, b.reach]),
      [
        ['bo', 2],
        [ANA, 1]
      ]
    );
  });

  it('feed events: connector to new connection, follows are directed, names resolve through the journal', () => {
    const { people } = setup();
    const out = edgesFromEvents(
      [
        event('Cy Ode', 'Ana Li', { id: 'cy' }),
        event('Zed Q', 'Bo Chen', { title: 'Bo Chen started following Zed Q' }),
        event('No Via', null)
      ],
      people,
      { today: TODAY }
    );
    assert.deepEqual(
      out.edges.map((e) => [e.from, e.to, e.kind, e.source, e.firstSeen]),
      [
        [ANA, 'cy', 'connected', 'Team feed', '2026-03-01'],
        ['bo', 'feed:Zed Q', 'follows', 'Team feed', '2026-03-01']
      ]
    );
  });

  it('parses the knows syntax and reports a bad kind without losing the name', () => {
    const parsed = parseKnowsValue('Ana Li (colleague),  Bo Chen , Cy (friend), (follows)');
    assert.deepEqual(
      parsed.items.map((i) => [i.name, i.kind]),
      [
        ['Ana Li', 'colleague'],
        ['Bo Chen', 'knows'],
        ['Cy', 'knows']
      ]
    );
    assert.equal(parsed.problems.length, 2);
  });

  it('conversations of five or fewer give weak pairwise edges; larger ones none, and say so', () => {
    const { people } = setup();
    const out = edgesFromConversations(
      [
        { participants: ['Ana Li', 'Bo Chen', 'Eve Ray'], date: '2026-02-02' },
        { participants: ['a', 'b', 'c', 'd', 'e', 'f'] }
      ],
      people,
      TODAY
    );
    assert.equal(out.edges.length, 3);
    assert.ok(out.edges.every((e) => e.kind === 'conversation' && e.flags.includes('weak')));
    assert.match(out.warnings[0].message, /more than 5 people/);
  });

  it('TSV lines round-trip, escapes included', () => {
    const edge = makeEdge({
      from: 'a\tb',
      to: 'c',
      fromName: 'Line\nbreak \\ slash',
      toName: 'C',
      kind: 'follows',
      source: 'feed',
      date: TODAY,
      flags: ['weak']
    }) as NetworkEdge;
    const parsed = parseNetworkText(`${NETWORK_HEADER}\n${formatEdgeLine(edge)}\n`);
    assert.deepEqual(parsed.edges, [edge]);
    assert.deepEqual(parsed.warnings, []);
  });
});

describe('network bad input', () => {
  it('self-loops are refused with a message', () => {
    const { people } = setup();
    const out = edgesFromEvents([event('Ana Li', 'Ana Li', { id: ANA })], people, { today: TODAY });
    assert.deepEqual(out.edges, []);
    assert.match(out.warnings[0].message, /to themselves/);
  });

  it('an edge from the owner to themselves is refused', () => {
    const made = makeEdge({
      from: OWNER_KEY,
      to: OWNER_KEY,
      fromName: 'me',
      toName: 'me',
      kind: 'knows',
      source: 'journal',
      date: TODAY
    });
    assert.ok(!('kind' in made));
    assert.match(made.message, /from you to themselves/);
  });

  it('a name matching two people stays name-only and flagged, never merged into either', () => {
    const { people } = setup();
    const out = edgesFromEvents([event('Cy Ode', 'Dee Park', { id: 'cy' })], people, { today: TODAY });
    assert.equal(out.edges[0].from, 'name:dee park');
    assert.deepEqual(out.edges[0].flags, ['ambiguous-name', 'name-only']);
    assert.match(out.warnings[0].message, /matches more than one person/);
    const net = buildNetwork(out.edges, people);
    assert.deepEqual(whoKnows(net, 'dee-1'), []);
    assert.deepEqual(whoKnows(net, 'dee-2'), []);
  });

  it('a burst of 10,000 edges from one person is kept, flagged and reported', () => {
    const { people } = setup();
    const events = Array.from({ length: 10_000 }, (_, i) => event(`P${i}`, 'Bo Chen'));
    const out = edgesFromEvents(events, people, { today: TODAY });
    assert.equal(out.edges.length, 10_000);
    assert.ok(out.edges.every((e) => e.flags.includes('burst')));
    assert.ok(out.warnings.some((w) => /10000 edges from 'Bo Chen'.*burst/.test(w.message)));
    assert.ok(BURST_THRESHOLD < 10_000);
    const net = buildNetwork(out.edges, people);
    assert.equal(whoKnows(net, 'feed:P9999')[0].id, 'bo');
  });

  it('cycles do not loop and never give paths longer than two hops', () => {
    const edges = ['a>b', 'b>c', 'c>a', 'c>d', 'd>e'].map((pair) => {
      const [from, to] = pair.split('>');
      return makeEdge({
        from,
        to,
        fromName: from,
        toName: to,
        kind: 'knows',
        source: 'journal',
        date: TODAY
      }) as NetworkEdge;
    });
    const people = new Map([['a', { key: 'a', name: 'a', status: 'accepted' }]]);
    const net = buildNetwork(edges, people);
    assert.deepEqual(
      introPaths(net, { person: 'c' }).map((p) => p.path.map((s) => s.id)),
      [['a', 'c']]
    );
    assert.deepEqual(introPaths(net, { person: 'd' }), [], 'd is three hops away');
    assert.deepEqual(introPaths(net, { person: 'e' }), []);
  });

  it('a corrupted line is reported with its number and kept for compaction', () => {
    const good = formatEdgeLine(
      makeEdge({
        from: 'a',
        to: 'b',
        fromName: 'A',
        toName: 'B',
        kind: 'knows',
        source: 'x',
        date: TODAY
      }) as NetworkEdge
    );
    const parsed = parseNetworkText(`${NETWORK_HEADER}\n${good}\ngarbage\tline\n${good.replace('knows', 'loves')}\n`);
    assert.equal(parsed.edges.length, 1);
    assert.deepEqual(
      parsed.unreadable.map((u) => u.line),
      [3, 4]
    );
    assert.match(parsed.warnings[0].message, /line 3 kept but not read: expected 10/);
    assert.match(parsed.warnings[1].message, /unknown kind 'loves'/);
  });

  it('a feed read a hundred times gives one edge', () => {
    const { people } = setup();
    const events = Array.from({ length: 100 }, () => event('Cy Ode', 'Ana Li', { id: 'cy' }));
    const net = buildNetwork(edgesFromEvents(events, people, { today: TODAY }).edges, people);
    assert.equal(net.edges.length, 1);
  });
});
