import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEdge, whoKnows, type NetworkEdge } from '../../../src/core/network';
import {
  appendEdges,
  compactNetworkFile,
  loadNetwork,
  networkFileFor,
  readNetworkFile,
  recordFeedEdges
} from '../../../src/node/network';
import { JOURNAL, event } from './fixtures';

const TODAY = '2026-03-10';

function edge(from: string, to: string, date = TODAY): NetworkEdge {
  return makeEdge({
    from,
    to,
    fromName: from.toUpperCase(),
    toName: to.toUpperCase(),
    kind: 'connected',
    source: 'feed',
    date
  }) as NetworkEdge;
}

describe('network store beside the journal', () => {
  let dir: string;
  let journal: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-net-'));
    journal = join(dir, 'people.connections.md');
    writeFileSync(journal, JOURNAL);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lives beside the journal and records a feed once however often it is re-read', async () => {
    const events = [event('Cy Ode', 'Ana Li', { id: 'cy' }), event('Zed Q', 'Bo Chen')];
    const first = await recordFeedEdges(journal, events, { today: TODAY });
    assert.equal(first.appended, 2);
    assert.equal(first.file, join(dir, 'people.connections.network.tsv'));
    for (let i = 0; i < 100; i++) assert.equal((await recordFeedEdges(journal, events, { today: TODAY })).appended, 0);
    const lines = readFileSync(first.file, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, 3, 'header and two edges');
    const loaded = await loadNetwork(journal, { today: TODAY });
    assert.deepEqual(
      whoKnows(loaded.network, 'feed:Zed Q').map((r) => [r.id, r.kind, r.source, r.since]),
      [['bo', 'connected', 'Team feed', '2026-03-01']]
    );
  });

  it('appends only what changes a known edge (a later sighting), and compaction merges it', async () => {
    const file = networkFileFor(journal);
    await appendEdges(file, [edge('a', 'b', '2026-01-01')]);
    assert.equal(await appendEdges(file, [edge('b', 'a', '2026-01-01')]), 0, 'undirected: same edge');
    assert.equal(await appendEdges(file, [edge('a', 'b', '2026-02-01')]), 1);
    const parsed = await readNetworkFile(file);
    assert.equal(parsed.edges.length, 2);
    assert.deepEqual(await compactNetworkFile(file), { edges: 1, kept: 0 });
    const [only] = (await readNetworkFile(file)).edges;
    assert.deepEqual([only.firstSeen, only.lastSeen], ['2026-01-01', '2026-02-01']);
  });

  it('two writers at once lose nothing', async () => {
    const file = networkFileFor(journal);
    const batches = Array.from({ length: 8 }, (_, w) => Array.from({ length: 50 }, (_, i) => edge(`w${w}`, `p${i}`)));
    await Promise.all(batches.map((batch) => appendEdges(file, batch)));
    const parsed = await readNetworkFile(file);
    assert.equal(parsed.edges.length, 400);
    assert.deepEqual(parsed.warnings, []);
  });

  it('a corrupted line is reported with its line number and survives compaction verbatim', async () => {
    const file = networkFileFor(journal);
    await appendEdges(file, [edge('a', 'b')]);
    appendFileSync(file, 'half a line\twith\ttabs\n');
    await appendEdges(file, [edge('c', 'd')]);
    const loaded = await loadNetwork(journal, { today: TODAY });
    assert.match(loaded.warnings[0].message, /line 3 kept but not read/);
    await compactNetworkFile(file);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('half a line\twith\ttabs\n'));
    assert.equal((await readNetworkFile(file)).edges.length, 2);
  });

  it('loads a journal without a network file, and a missing journal as an empty network', async () => {
    const loaded = await loadNetwork(journal, { today: TODAY });
    assert.ok(loaded.network.edges.length > 0, 'the journal’s own edges');
    const none = await loadNetwork(join(dir, 'missing.md'), { today: TODAY });
    assert.equal(none.network.edges.length, 0);
  });
});
