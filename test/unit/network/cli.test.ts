import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/cli';
import type { CliIo } from '../../../src/cli/io';
import { JOURNAL } from './fixtures';

const FEED = resolve(__dirname, '../../fixtures/feeds/linkedin-network.rss');

describe('CLI: who-knows, intro, feed --journal', () => {
  let dir: string;
  let io: CliIo & { stdout: string; stderr: string };
  const run = async (...argv: string[]) => {
    io.stdout = '';
    io.stderr = '';
    return main(argv, io);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-netcli-'));
    writeFileSync(join(dir, 'j.connections.md'), `${JOURNAL}\n## Maria Lopez\n- id: maria\n- status: accepted\n`);
    io = {
      stdout: '',
      stderr: '',
      out: (t) => void (io.stdout += t),
      err: (t) => void (io.stderr += t),
      cwd: dir,
      now: () => new Date('2026-03-10T12:00:00')
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('who-knows --json prints { id, name, kind, source, since }', async () => {
    assert.equal(await run('who-knows', 'Cy Ode', '--journal', 'j.connections.md', '--json'), 0);
    const rows = JSON.parse(io.stdout) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]), ['id', 'name', 'kind', 'source', 'since']);
    assert.deepEqual(
      rows.map((r) => r.id),
      ['bo', 'https://www.linkedin.com/in/ana', 'eve']
    );
    assert.equal(await run('who-knows', 'cy', '--journal', 'j.connections.md', '--json'), 0, 'an id works too');
  });

  it('an ambiguous name is exit 2 listing the candidates', async () => {
    assert.equal(await run('who-knows', 'Dee Park', '--journal', 'j.connections.md'), 2);
    assert.match(io.stderr, /matches 2 people; use an id: dee-1, dee-2/);
  });

  it('intro --json: paths best first, starting with the person to ask; none says so', async () => {
    assert.equal(await run('intro', 'Initech', '--journal', 'j.connections.md', '--json'), 0);
    const paths = JSON.parse(io.stdout) as { path: { id: string }[]; band: string; score: number; reasons: string }[];
    assert.ok(paths.length >= 2);
    assert.deepEqual(Object.keys(paths[0]), ['path', 'band', 'score', 'reasons']);
    assert.ok(paths.every((p, i) => i === 0 || paths[i - 1].score >= p.score));
    assert.ok(paths.every((p) => p.path.length <= 2));
    assert.equal(await run('intro', 'dee-1', '--journal', 'j.connections.md', '--json'), 0);
    assert.deepEqual(JSON.parse(io.stdout), []);
    assert.match(io.stderr, /no introduction path to dee-1 within two hops/);
  });

  it('feed --journal records edges once; without --journal nothing is written', async () => {
    assert.equal(await run('feed', FEED, '--json'), 0);
    assert.throws(() => readFileSync(join(dir, 'j.connections.network.tsv')));
    assert.equal(await run('feed', FEED, '--journal', 'j.connections.md'), 0);
    assert.match(io.stderr, /[1-9]\d* new edge\(s\) recorded/);
    const first = readFileSync(join(dir, 'j.connections.network.tsv'), 'utf8');
    assert.equal(await run('feed', FEED, '--journal', 'j.connections.md'), 0);
    assert.match(io.stderr, /0 new edge\(s\)/);
    assert.equal(readFileSync(join(dir, 'j.connections.network.tsv'), 'utf8'), first);
    assert.equal(await run('who-knows', 'feed:urn:li:activity:1001', '--journal', 'j.connections.md', '--json'), 0);
    assert.deepEqual(
      (JSON.parse(io.stdout) as { id: string }[]).map((r) => r.id),
      ['maria']
    );
  });

  it('every network subcommand answers --help', async () => {
    for (const command of ['who-knows', 'intro', 'feed']) {
      assert.equal(await run(command, '--help'), 0);
      assert.match(io.stdout, new RegExp(`usage: deliberate ${command}`, 'i'));
    }
  });
});
