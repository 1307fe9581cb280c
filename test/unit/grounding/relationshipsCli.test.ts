import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIo } from '../../../src/cli/io';
import { emptyEvidence, serialiseEvidence } from '../../../src/core/evidence';
import { formatEdgeLine, isEdge, makeEdge, NETWORK_HEADER } from '../../../src/core/network';
import { networkFileFor } from '../../../src/node/network';
import { startFakeOllama, type FakeOllama } from '../../support/fakeOllama';

const JOURNAL = [
  '## Ada Lovelace',
  '- id: ada',
  '- status: new',
  '',
  '## Grace Hopper',
  '- id: grace',
  '- status: accepted',
  '',
  '## Charles Babbage',
  '- id: charles',
  '- status: accepted',
  ''
].join('\n');

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    cwd,
    now: () => new Date('2026-11-25T12:00:00')
  };
  const code = await main(['draft', ...args], io);
  return { code, out, err };
}

describe('grounding: deliberate draft with evidence, network and --kind intro', () => {
  let fake: FakeOllama;
  let dir: string;
  let journal: string;
  before(async () => {
    fake = await startFakeOllama();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    fake.reset();
    dir = await mkdtemp(path.join(os.tmpdir(), 'deliberate-rel-cli-'));
    journal = path.join(dir, 'journal.md');
    await writeFile(journal, JOURNAL);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeRelationships(): Promise<void> {
    const made = makeEdge({
      from: 'grace',
      fromName: 'Grace Hopper',
      to: 'ada',
      toName: 'Ada Lovelace',
      kind: 'connected',
      source: 'test feed',
      date: '2026-10-01'
    });
    assert.ok(isEdge(made));
    await writeFile(networkFileFor(journal), `${NETWORK_HEADER}\n${formatEdgeLine(made)}\n`);
    const ada = {
      ...emptyEvidence('ada', 'Ada Lovelace'),
      messagesSent: 2,
      messagesReceived: 1,
      lastContact: '2026-11-20'
    };
    await writeFile(`${journal}.evidence.tsv`, serialiseEvidence([ada]));
  }

  function prompt(): string {
    const body = fake.requests.find((r) => r.path === '/api/chat')!.body as { messages: { content: string }[] };
    return body.messages.map((m) => m.content).join('\n');
  }

  it('puts warmth, last contact and shared connections on the card when the files exist', async () => {
    await writeRelationships();
    const result = await cli(['Ada Lovelace', '--journal', 'journal.md', '--host', fake.url, '--json'], dir);
    assert.equal(result.code, 0, result.err);
    const text = prompt();
    assert.match(text, /\[w1\] Relationship evidence: 3 messages, both ways/);
    assert.match(text, /\[last\] Last contact: message or invitation on 2026-11-20/);
    assert.match(text, /\[s1\] Shared connection: Grace Hopper/);
  });

  it('has none of those facts without the files', async () => {
    const result = await cli(['Ada Lovelace', '--journal', 'journal.md', '--host', fake.url, '--json'], dir);
    assert.equal(result.code, 0, result.err);
    assert.doesNotMatch(prompt(), /\[(w1|last|s1)\]/);
  });

  it('drafts an introduction request to the bridge, grounded in the path', async () => {
    await writeRelationships();
    const result = await cli(
      [
        'Grace Hopper',
        '--journal',
        'journal.md',
        '--host',
        fake.url,
        '--kind',
        'intro',
        '--to',
        'Ada Lovelace',
        '--json'
      ],
      dir
    );
    assert.equal(result.code, 0, result.err);
    assert.equal(JSON.parse(result.out).kind, 'intro');
    const text = prompt();
    assert.match(text, /double opt-in/);
    assert.match(text, /\[target\] Introduction target: Ada Lovelace/);
    assert.match(text, /\[path\] How the path runs: .*Grace Hopper is connected to Ada Lovelace/);
  });

  it('refuses intro without --to, --to without intro, and a target with no path', async () => {
    await writeRelationships();
    const base = ['--journal', 'journal.md', '--host', fake.url];
    const noTo = await cli(['Grace Hopper', ...base, '--kind', 'intro'], dir);
    assert.equal(noTo.code, 2);
    assert.match(noTo.err, /--kind intro needs --to/);
    const stray = await cli(['Grace Hopper', ...base, '--to', 'Ada Lovelace'], dir);
    assert.equal(stray.code, 2);
    assert.match(stray.err, /--to <target> goes with --kind intro/);
    const noPath = await cli(['Charles Babbage', ...base, '--kind', 'intro', '--to', 'Ada Lovelace'], dir);
    assert.equal(noPath.code, 2);
    assert.match(noPath.err, /no path from Charles Babbage to Ada Lovelace/);
    assert.equal(fake.requests.filter((r) => r.path === '/api/chat').length, 0);
  });
});
