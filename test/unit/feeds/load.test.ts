import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { FeedLoadError, loadFeed, type LoadResult } from '../../../src/node/feeds';
import { FeedServer } from '../../support/feedServer';

const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>A is now connected to B</title></item></channel></rss>';
const latin1 = (text: string) => Buffer.from(text, 'latin1');

function events(result: LoadResult) {
  assert.equal(result.notModified, false);
  return result.notModified ? [] : result.parsed.events;
}

async function failsNaming(promise: Promise<unknown>, name: string, reason: RegExp): Promise<void> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof FeedLoadError, `expected FeedLoadError, got ${String(caught)}`);
  assert.ok(caught.message.includes(name), `"${caught.message}" should name ${name}`);
  assert.match(caught.message, reason);
  assert.ok(!/[\r\n]/.test(caught.message), 'one line');
}

describe('feeds core: loadFeed (http and files)', function () {
  this.timeout(15_000);
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  describe('bad bodies over HTTP name the feed', () => {
    const cases: [string, string, string, RegExp][] = [
      [
        'an HTML login page',
        '<!DOCTYPE html><html><body><form action="/login"></form></body></html>',
        'text/html; charset=utf-8',
        /HTML page \(a login or error page\?\)/
      ],
      ['JSON', '{"error":"unauthorized"}', 'application/json', /got JSON/],
      ['an empty body', '', 'application/rss+xml', /empty/],
      ['truncated XML', FEED.slice(0, 80), 'application/rss+xml', /truncated/]
    ];
    for (const [name, body, type, reason] of cases) {
      it(name, async () => {
        server.serve('/f', body, { 'content-type': type });
        await failsNaming(loadFeed({ url: server.url('/f') }), `feed "${server.url('/f')}"`, reason);
      });
    }

    it('404 names the feed and redacts its token', async () => {
      const url = `${server.url('/missing')}?token=hunter2secret`;
      let message = '';
      await loadFeed({ url }).catch((error: Error) => {
        message = error.message;
      });
      assert.match(message, /^feed "http:\/\/127\.0\.0\.1:\d+\/missing\?token=\*\*\*": HTTP 404 Not Found/);
      assert.ok(!message.includes('hunter2secret'));
    });
  });

  describe('every network failure names the feed in one line', () => {
    const cases: [string, (s: FeedServer) => void, RegExp, { deadlineMs?: number; maxBytes?: number }?][] = [
      ['404', (s) => s.serve('/f', '<html>nope</html>', { 'content-type': 'text/html' }, 404), /HTTP 404/],
      ['500', (s) => s.serve('/f', '<html>boom</html>', { 'content-type': 'text/html' }, 500), /HTTP 500/],
      ['403', (s) => s.serve('/f', '<html>denied</html>', { 'content-type': 'text/html' }, 403), /HTTP 403/],
      ['a redirect loop', (s) => s.serve('/f', '', { location: '/f' }, 302), /too many redirects/],
      [
        'a redirect to file:',
        (s) => s.serve('/f', '', { location: 'file:///etc/passwd' }, 302),
        /refused a redirect to a file: URL/
      ],
      [
        'a server that never answers',
        (s) => s.route('/f', () => undefined),
        /no complete answer within 300 ms/,
        { deadlineMs: 300 }
      ],
      [
        'a body over the cap',
        (s) => s.serve('/f', Buffer.alloc(64 * 1024, 0x20)),
        /larger than 32 KB/,
        { maxBytes: 32 * 1024 }
      ]
    ];
    for (const [name, setup, reason, options] of cases) {
      it(name, async () => {
        setup(server);
        const url = `${server.url('/f')}?token=never-shown-123`;
        let message = '';
        await loadFeed({ url }, options).catch((error: Error) => {
          message = error.message;
        });
        assert.ok(message.startsWith(`feed "${server.url('/f')}?token=***": `), message);
        assert.match(message, reason);
        assert.ok(!message.includes('never-shown-123'));
        assert.ok(!/[\r\n]/.test(message));
      });
    }
  });

  describe('encodings over HTTP', () => {
    it('windows-1252 declared only in the Content-Type header', async () => {
      server.serve(
        '/f',
        Buffer.concat([
          latin1('<rss version="2.0"><channel><item><title>A is now connected to Zo'),
          Buffer.from([0xeb, 0x20, 0x93]),
          latin1('Z'),
          Buffer.from([0x94]),
          latin1('</title></item></channel></rss>')
        ]),
        { 'content-type': 'application/rss+xml; charset=windows-1252' }
      );
      assert.equal(events(await loadFeed({ url: server.url('/f') }))[0].person, 'Zoë “Z”');
    });

    it('ISO-8859-1 declared only in the XML declaration', async () => {
      server.serve(
        '/f',
        Buffer.concat([
          latin1(
            '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><item><title>A is now connected to Ren'
          ),
          Buffer.from([0xe9]),
          latin1('</title></item></channel></rss>')
        ]),
        { 'content-type': 'application/xml' }
      );
      assert.equal(events(await loadFeed({ url: server.url('/f') }))[0].person, 'René');
    });

    it('a 304 reports not modified with the validators', async () => {
      server.route('/f', (req, res) => {
        res.writeHead(req.headers['if-none-match'] === 'W/"7"' ? 304 : 200, {
          etag: 'W/"7"',
          'content-type': 'application/rss+xml'
        });
        res.end(req.headers['if-none-match'] ? undefined : FEED);
      });
      const first = await loadFeed({ url: server.url('/f') });
      assert.equal(first.etag, 'W/"7"');
      assert.equal((await loadFeed({ url: server.url('/f') }, { etag: first.etag })).notModified, true);
    });
  });

  describe('files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deliberate-feeds-'));
    mkdirSync(path.join(dir, 'feeds'), { recursive: true });
    writeFileSync(path.join(dir, 'feeds', 'net.rss'), FEED);
    writeFileSync(
      path.join(dir, 'feeds', 'latin.rss'),
      Buffer.concat([
        latin1(
          '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><item><title>A is now connected to Ren'
        ),
        Buffer.from([0xe9]),
        latin1('</title></item></channel></rss>')
      ])
    );
    writeFileSync(
      path.join(dir, 'feeds', 'bom.rss'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FEED.replace('B<', 'Bø<'))])
    );

    it('resolves a relative path against the base folder, and reads absolute paths', async () => {
      assert.equal(events(await loadFeed({ url: 'feeds/net.rss' }, { baseDir: dir }))[0].person, 'B');
      assert.equal(events(await loadFeed({ url: path.join(dir, 'feeds', 'net.rss') }))[0].person, 'B');
    });

    it('follows the same charset rules (XML declaration, BOM)', async () => {
      assert.equal(events(await loadFeed({ url: 'feeds/latin.rss' }, { baseDir: dir }))[0].person, 'René');
      assert.equal(events(await loadFeed({ url: 'feeds/bom.rss' }, { baseDir: dir }))[0].person, 'Bø');
    });

    it('a missing file is an error that names the file', async () => {
      await failsNaming(
        loadFeed({ url: 'feeds/nope.rss' }, { baseDir: dir }),
        path.join(dir, 'feeds', 'nope.rss'),
        /does not exist/
      );
    });

    it('a folder is an error that names it', async () => {
      await failsNaming(loadFeed({ url: 'feeds' }, { baseDir: dir }), path.join(dir, 'feeds'), /is a folder/);
    });

    it('other schemes are refused', async () => {
      await failsNaming(
        loadFeed({ url: 'ftp://example.com/feed.rss' }),
        'ftp://example.com/feed.rss',
        /only http\(s\) URLs and file paths/
      );
    });
  });

  it('one broken feed never stops the others', async () => {
    server.serve('/good', FEED);
    server.serve('/bad', '<html><body>login</body></html>', { 'content-type': 'text/html' });
    server.route('/hang', () => undefined);
    const results = await Promise.allSettled([
      loadFeed({ url: server.url('/bad') }),
      loadFeed({ url: server.url('/hang') }, { deadlineMs: 300 }),
      loadFeed({ url: server.url('/good') }),
      loadFeed({ url: 'no/such/file.rss' }, { baseDir: tmpdir() })
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected', 'fulfilled', 'rejected']
    );
    const good = results[2];
    assert.equal(good.status === 'fulfilled' ? events(good.value).length : 0, 1);
  });
});
