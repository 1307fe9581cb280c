import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import { main } from '../../../src/cli';
import { FeedServer } from '../../support/feedServer';

const fixtures = path.join(__dirname, '../../fixtures/feeds');

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd,
    now: () => new Date('2026-11-25T12:00:00')
  });
  return { code, out, err };
}

describe('CLI: deliberate feed / deliberate import', function () {
  this.timeout(15_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'deliberate-cli-'));
  for (const name of [
    'linkedin-network.rss',
    'github-following.atom',
    'Connections.csv',
    'Invitations.csv',
    'Basic_LinkedInDataExport.zip'
  ]) {
    copyFileSync(path.join(fixtures, name), path.join(dir, name));
  }
  let server: FeedServer;
  before(async () => {
    server = await FeedServer.start();
  });
  after(async () => {
    await server.close();
  });

  describe('feed', () => {
    it('--json prints exactly { id, person, via, link, date, title } per event', async () => {
      const { code, out, err } = await cli(['feed', 'linkedin-network.rss', '--json'], dir);
      assert.equal(code, 0, err);
      const rows = JSON.parse(out) as Record<string, unknown>[];
      assert.equal(rows.length, 4);
      for (const row of rows) assert.deepEqual(Object.keys(row), ['id', 'person', 'via', 'link', 'date', 'title']);
      assert.deepEqual(rows[0], {
        id: 'feed:urn:li:activity:1001',
        person: 'Sam Patel',
        via: 'Maria Lopez',
        link: 'https://www.linkedin.com/in/sam-patel',
        date: '2026-11-24T09:15:00.000Z',
        title: 'Maria Lopez is now connected to Sam Patel'
      });
      assert.equal(rows[2].link, null);
      assert.equal(rows[3].date, null);
    });

    it('--pattern selects GitHub follows and skips stars', async () => {
      const { code, out } = await cli(
        ['feed', 'github-following.atom', '--pattern', '^(?<via>\\S+) started following (?<person>\\S+)$', '--json'],
        dir
      );
      assert.equal(code, 0);
      assert.deepEqual(
        (JSON.parse(out) as { person: string }[]).map((r) => r.person),
        ['hubot', 'monalisa']
      );
    });

    it('prints one line per event without --json', async () => {
      const { code, out } = await cli(['feed', 'linkedin-network.rss'], dir);
      assert.equal(code, 0);
      assert.equal(out.trim().split('\n').length, 4);
      assert.match(
        out,
        /^2026-11-24T09:15:00.000Z\tSam Patel\tvia Maria Lopez\thttps:\/\/www.linkedin.com\/in\/sam-patel$/m
      );
    });

    it('reads a URL', async () => {
      server.serve('/net.rss', readFileSync(path.join(fixtures, 'linkedin-network.rss')));
      const { code, out } = await cli(['feed', server.url('/net.rss'), '--json'], dir);
      assert.equal(code, 0);
      assert.equal((JSON.parse(out) as unknown[]).length, 4);
    });

    const failures: [string, string[], RegExp][] = [
      ['a missing file', ['feed', 'nope.rss'], /^deliberate feed: feed file ".*nope\.rss" does not exist\n$/],
      [
        'an HTTP 404',
        ['feed', 'URL:/missing'],
        /^deliberate feed: feed "http:\/\/127\.0\.0\.1:\d+\/missing": HTTP 404 Not Found \(check the URL\)\n$/
      ],
      ['an HTML page', ['feed', 'URL:/login'], /HTML page/],
      ['a bad pattern', ['feed', 'linkedin-network.rss', '--pattern', '(?<who>x)'], /needs a named group/],
      ['no argument', ['feed'], /missing <url\|file>/],
      ['an unknown option', ['feed', 'x.rss', '--bogus'], /bogus/]
    ];
    for (const [name, args, message] of failures) {
      it(`${name}: exit 2 and one line on stderr`, async () => {
        server.serve('/login', '<html><body>Sign in</body></html>', { 'content-type': 'text/html' });
        const { code, out, err } = await cli(
          args.map((a) => (a.startsWith('URL:') ? server.url(a.slice(4)) : a)),
          dir
        );
        assert.equal(code, 2);
        assert.equal(out, '');
        assert.match(err, message);
        assert.equal(err.trim().split('\n').length, 1);
      });
    }
  });

  describe('import', () => {
    const journal = path.join(dir, 'journal.connections.md');
    const original =
      '# Connections\n\nMy notes, kept as they are.\n\n## Sam Patel\n- id: https://www.linkedin.com/in/sam-patel\n- status: accepted\n';

    it('adds new people as status: new and never duplicates an id', async () => {
      writeFileSync(journal, original);
      const first = await cli(['import', 'Connections.csv', '--journal', 'journal.connections.md'], dir);
      assert.equal(first.code, 0, first.err);
      assert.equal(firstLine(first.out), '2 new, 1 already in the journal, 2 hidden profiles skipped\n');
      const text = readFileSync(journal, 'utf8');
      assert.ok(text.startsWith(original), 'existing bytes are preserved');
      assert.match(text, /## Joël Durand\n- id: https:\/\/www\.linkedin\.com\/in\/joel-durand\n- status: new/);
      assert.equal(text.match(/- id: https:\/\/www\.linkedin\.com\/in\/sam-patel/g)?.length, 1);
      const again = await cli(['import', 'Connections.csv', '--journal', 'journal.connections.md'], dir);
      assert.equal(firstLine(again.out), '0 new, 3 already in the journal, 2 hidden profiles skipped\n');
      assert.equal(readFileSync(journal, 'utf8'), text, 'a second import changes nothing');
    });

    it('imports incoming invitations and reports outgoing ones', async () => {
      writeFileSync(journal, original);
      const { code, out } = await cli(['import', 'Invitations.csv', '--journal', 'journal.connections.md'], dir);
      assert.equal(code, 0);
      assert.equal(
        firstLine(out),
        '2 new, 0 already in the journal, 0 hidden profiles skipped, 1 outgoing invitation ignored\n'
      );
      assert.match(readFileSync(journal, 'utf8'), /## Rosa Diaz/);
    });

    it('imports straight from the export .zip', async () => {
      writeFileSync(journal, original);
      const { code, out, err } = await cli(
        ['import', 'Basic_LinkedInDataExport.zip', '--journal', 'journal.connections.md'],
        dir
      );
      assert.equal(code, 0, err);
      assert.equal(
        firstLine(out),
        '4 new, 1 already in the journal, 2 hidden profiles skipped, 1 outgoing invitation ignored\n'
      );
    });

    it('creates the journal when it does not exist', async () => {
      const fresh = path.join(dir, 'fresh.connections.md');
      const { code } = await cli(['import', 'Connections.csv', '--journal', 'fresh.connections.md'], dir);
      assert.equal(code, 0);
      assert.match(readFileSync(fresh, 'utf8'), /## Sam Patel/);
    });

    const bad: [string, string, RegExp][] = [
      ['empty.csv', '', /empty\.csv is empty/],
      ['bank.csv', 'Date,Amount\n1,2\n', /bank\.csv is not a LinkedIn/],
      [
        'partial.csv',
        'First Name,URL\nA,https://x.example/a\n',
        /partial\.csv looks like Connections\.csv but lacks the column "Last Name"/
      ]
    ];
    for (const [file, content, message] of bad) {
      it(`${file}: exit 2, one line, and the journal is untouched`, async () => {
        writeFileSync(journal, original);
        writeFileSync(path.join(dir, file), content);
        const before = readdirSync(dir).sort();
        const { code, out, err } = await cli(['import', file, '--journal', 'journal.connections.md'], dir);
        assert.equal(code, 2);
        assert.equal(out, '');
        assert.match(err, message);
        assert.equal(err.trim().split('\n').length, 1);
        assert.equal(readFileSync(journal, 'utf8'), original);
        assert.deepEqual(readdirSync(dir).sort(), before, 'no temp files left behind');
      });
    }

    it('usage errors: missing --journal, missing file', async () => {
      assert.match((await cli(['import', 'Connections.csv'], dir)).err, /missing --journal/);
      const missing = await cli(['import', 'nope.csv', '--journal', 'j.connections.md'], dir);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /cannot read nope\.csv: no such file/);
      assert.equal(existsSync(path.join(dir, 'j.connections.md')), false);
    });
  });

  describe('the bundled dist/cli.js (after npm run build)', () => {
    const bundle = path.join(__dirname, '../../../dist/cli.js');
    before(function () {
      if (!existsSync(bundle)) this.skip();
    });

    it('prints JSON with exit 0, and one stderr line with exit 2 for a missing file', () => {
      const ok = spawnSync(process.execPath, [bundle, 'feed', 'linkedin-network.rss', '--json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 10_000
      });
      assert.equal(ok.status, 0, ok.stderr);
      assert.equal((JSON.parse(ok.stdout) as unknown[]).length, 4);
      const bad = spawnSync(process.execPath, [bundle, 'feed', 'missing.rss'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 10_000
      });
      assert.equal(bad.status, 2);
      assert.equal(bad.stdout, '');
      assert.match(bad.stderr, /^deliberate feed: feed file ".*missing\.rss" does not exist\n$/);
    });
  });
});

/** The import's journal summary: the first line (per-file lines follow). */
function firstLine(out: string): string {
  return out.split('\n')[0] + '\n';
}
