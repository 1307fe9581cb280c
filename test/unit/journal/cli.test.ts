import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import type { CliIo } from '../../../src/cli/io';
import { fixture } from './helpers';

async function cli(argv: string[], cwd: string, today = '2026-11-25') {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd,
    now: () => new Date(`${today}T12:00:00`)
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('CLI: lint, fmt, due', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-cli-'));
    writeFileSync(join(dir, 'good.connections.md'), fixture('sample.connections.md'));
    writeFileSync(join(dir, 'bad.connections.md'), fixture('broken.connections.md'));
    writeFileSync(join(dir, 'crlf.connections.md'), fixture('crlf-bom.connections.md'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('lint', () => {
    it('says so when there are no problems, and stays silent with --quiet and clean with --json', async () => {
      writeFileSync(
        join(dir, 'clean.connections.md'),
        '## A\n- id: a\n- status: new\n\n## B\n- id: b\n- status: new\n'
      );
      const { code, out } = await cli(['lint', 'clean.connections.md'], dir);
      assert.equal(code, 0);
      assert.equal(out, 'no problems in 2 entries\n');
      assert.equal((await cli(['lint', 'clean.connections.md', '--quiet'], dir)).out, '');
      assert.equal((await cli(['lint', 'clean.connections.md', '--json'], dir)).out, '[]\n');
    });

    it('exits 0 with only info diagnostics and prints file:line', async () => {
      const { code, out, err } = await cli(['lint', 'good.connections.md'], dir);
      assert.equal(code, 0);
      assert.equal(err, '');
      assert.equal(
        out,
        "good.connections.md:13: info follow-up-due: Follow-up with 'Ada Lovelace' is due (2026-11-20).\n"
      );
    });

    it('exits 1 on errors and prints the documented JSON shape with 1-based lines', async () => {
      const { code, out } = await cli(['lint', 'bad.connections.md', '--json'], dir);
      assert.equal(code, 1);
      const rows = JSON.parse(out) as Record<string, unknown>[];
      assert.ok(Array.isArray(rows));
      for (const row of rows) {
        assert.deepEqual(Object.keys(row).sort(), ['code', 'line', 'message', 'severity']);
        assert.ok(['error', 'warning', 'info'].includes(row.severity as string));
      }
      assert.deepEqual(rows[0], { line: 5, severity: 'error', code: 'unknown-status', message: rows[0].message });
      assert.ok(rows.some((r) => r.code === 'duplicate-id' && r.line === 20));
    });

    it('prints [] for a journal with nothing to say', async () => {
      writeFileSync(join(dir, 'empty.connections.md'), '');
      const { code, out } = await cli(['lint', '--json', 'empty.connections.md'], dir);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out), []);
    });

    it('exits 2 with one line on stderr for a missing file or bad usage', async () => {
      const missing = await cli(['lint', 'nope.md'], dir);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /^deliberate lint: cannot read journal 'nope\.md': no such file\n$/);
      const noArg = await cli(['lint'], dir);
      assert.equal(noArg.code, 2);
      assert.equal(noArg.err.trim().split('\n').length, 1);
      const badFlag = await cli(['lint', 'good.connections.md', '--nope'], dir);
      assert.equal(badFlag.code, 2);
    });
  });

  describe('fmt', () => {
    it('rewrites metadata in place and is idempotent', async () => {
      writeFileSync(
        join(dir, 'messy.connections.md'),
        '# T\n\nprose  \n\n## A\n- ID:  a\n- Status: New\n- seen: 2026-1-2'
      );
      const first = await cli(['fmt', 'messy.connections.md'], dir);
      assert.equal(first.code, 0);
      assert.equal(
        readFileSync(join(dir, 'messy.connections.md'), 'utf8'),
        '# T\n\nprose  \n\n## A\n- id: a\n- status: new\n- seen: 2026-01-02'
      );
      const check = await cli(['fmt', 'messy.connections.md', '--check'], dir);
      assert.equal(check.code, 0);
      assert.equal(check.out, 'messy.connections.md: already formatted\n');
      const quiet = await cli(['fmt', 'messy.connections.md', '--check', '--quiet'], dir);
      assert.equal(quiet.out, '');
    });

    it('--check exits 1 without writing when the file is not formatted', async () => {
      writeFileSync(join(dir, 'messy.connections.md'), '## A\n- ID: a\n');
      const { code, err } = await cli(['fmt', '--check', 'messy.connections.md'], dir);
      assert.equal(code, 1);
      assert.match(err, /not formatted/);
      assert.equal(readFileSync(join(dir, 'messy.connections.md'), 'utf8'), '## A\n- ID: a\n');
    });

    it('leaves a formatted CRLF + BOM journal byte-identical', async () => {
      const before = readFileSync(join(dir, 'crlf.connections.md'));
      assert.equal((await cli(['fmt', 'crlf.connections.md'], dir)).code, 0);
      assert.deepEqual(readFileSync(join(dir, 'crlf.connections.md')), before);
    });

    it('exits 2 with a clear message when the file is read-only', async () => {
      writeFileSync(join(dir, 'ro.connections.md'), '## A\n- ID: a\n');
      chmodSync(join(dir, 'ro.connections.md'), 0o444);
      const { code, err } = await cli(['fmt', 'ro.connections.md'], dir);
      assert.equal(code, 2);
      assert.match(err, /cannot write journal 'ro\.connections\.md': it is read-only/);
      assert.equal(readFileSync(join(dir, 'ro.connections.md'), 'utf8'), '## A\n- ID: a\n');
    });
  });

  describe('due', () => {
    it('lists follow-ups due on --date, oldest first', async () => {
      const { code, out } = await cli(['due', 'good.connections.md', '--date', '2026-12-01'], dir);
      assert.equal(code, 0);
      assert.equal(
        out,
        '2026-11-20  Ada Lovelace (accepted)  good.connections.md:5\n2026-12-01  Grace Hopper (deferred)  good.connections.md:37\n'
      );
    });

    it('defaults to today and says so when nothing is due (silent with --quiet, [] with --json)', async () => {
      const { code, out } = await cli(['due', 'good.connections.md'], dir, '2026-11-01');
      assert.equal(code, 0);
      assert.equal(out, 'nothing due as of 2026-11-01\n');
      assert.equal((await cli(['due', 'good.connections.md', '--quiet'], dir, '2026-11-01')).out, '');
      assert.deepEqual(JSON.parse((await cli(['due', 'good.connections.md', '--json'], dir, '2026-11-01')).out), []);
    });

    it('offers --json', async () => {
      const { out } = await cli(['due', 'crlf.connections.md', '--date', '2026-11-30', '--json'], dir);
      assert.deepEqual(JSON.parse(out), [
        { name: '山田 太郎', id: 'feed:yamada', status: 'deferred', followUp: '2026-11-30', line: 9 }
      ]);
    });

    it('exits 2 on a bad --date', async () => {
      const { code, err } = await cli(['due', 'good.connections.md', '--date', '2026-13-45'], dir);
      assert.equal(code, 2);
      assert.match(err, /--date must be a real date/);
    });
  });
});
