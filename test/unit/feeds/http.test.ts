import { strict as assert } from 'node:assert';
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, it } from 'mocha';
import { HttpError, safeFetch } from '../../../src/node/http';
import { FeedServer } from '../../support/feedServer';

const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>A is now connected to B</title></item></channel></rss>';
const RSS_TYPE = { 'content-type': 'application/rss+xml; charset=utf-8' };
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

async function fetchText(url: string, options = {}): Promise<string> {
  const result = await safeFetch(url, options);
  assert.equal(result.notModified, false);
  return result.notModified ? '' : text(result.bytes);
}

async function rejectsWith(promise: Promise<unknown>, kind: string, message: RegExp): Promise<HttpError> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof HttpError, `expected an HttpError, got ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  assert.match(caught.message, message);
  assert.ok(!caught.message.includes('\n'));
  return caught;
}

describe('http core: safeFetch against a loopback server', function () {
  this.timeout(15_000);
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  describe('status codes', () => {
    for (const [status, hint] of [
      [404, /HTTP 404 Not Found \(check the URL\)/],
      [500, /HTTP 500 .*server error/],
      [403, /HTTP 403 Forbidden \(access denied/]
    ] as const) {
      it(`${status} with an HTML body is an error naming the status`, async () => {
        server.serve('/f', '<html><body><h1>Oops</h1></body></html>', { 'content-type': 'text/html' }, status);
        await rejectsWith(safeFetch(server.url('/f')), 'status', hint);
      });
    }
  });

  describe('compression', () => {
    it('gzip the client did not ask for is still decoded', async () => {
      server.route('/f', (_req, res) => {
        res.writeHead(200, { ...RSS_TYPE, 'content-encoding': 'gzip' });
        res.end(gzipSync(FEED));
      });
      assert.equal(await fetchText(server.url('/f')), FEED);
    });
    for (const [name, compress] of [
      ['deflate', deflateSync],
      ['br', brotliCompressSync]
    ] as const) {
      it(`${name} is decoded and advertised`, async () => {
        server.route('/f', (req, res) => {
          assert.match(String(req.headers['accept-encoding']), new RegExp(name === 'br' ? 'br' : 'deflate'));
          res.writeHead(200, { ...RSS_TYPE, 'content-encoding': name });
          res.end(compress(Buffer.from(FEED)));
        });
        assert.equal(await fetchText(server.url('/f')), FEED);
      });
    }
  });

  describe('conditional GET', () => {
    it('sends If-None-Match / If-Modified-Since and reports 304 as not modified', async () => {
      server.route('/f', (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { ...RSS_TYPE, etag: '"v1"', 'last-modified': 'Tue, 24 Nov 2026 09:00:00 GMT' });
        res.end(FEED);
      });
      const first = await safeFetch(server.url('/f'));
      assert.equal(first.etag, '"v1"');
      assert.equal(first.lastModified, 'Tue, 24 Nov 2026 09:00:00 GMT');
      const second = await safeFetch(server.url('/f'), { etag: first.etag, lastModified: first.lastModified });
      assert.equal(second.notModified, true);
      assert.equal(server.requests[1].headers['if-modified-since'], 'Tue, 24 Nov 2026 09:00:00 GMT');
    });
  });

  describe('size and time', () => {
    it('a 50 MB body stops at the cap and the socket is closed', async () => {
      let written = 0;
      server.route('/big', (_req, res) => {
        res.writeHead(200, RSS_TYPE);
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const pump = () => {
          while (written < 50 * 1024 * 1024) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => {
          written = Number.POSITIVE_INFINITY;
        });
        pump();
      });
      await rejectsWith(safeFetch(server.url('/big')), 'too-large', /larger than 10 MB/);
      await server.waitForRequestSocketsClosed();
      assert.equal(written, Number.POSITIVE_INFINITY, 'the server saw the connection close before sending 50 MB');
    });

    it('a declared Content-Length over the cap is refused before reading', async () => {
      server.route('/big', (_req, res) => {
        res.writeHead(200, { ...RSS_TYPE, 'content-length': String(2_000_000) });
        res.write('x');
      });
      await rejectsWith(safeFetch(server.url('/big'), { maxBytes: 1_000_000 }), 'too-large', /larger than 977 KB/);
      await server.waitForRequestSocketsClosed();
    });

    it('an endless slow body stops at the deadline and the socket is closed', async () => {
      server.route('/slow', (_req, res) => {
        res.writeHead(200, RSS_TYPE);
        res.write('<rss>');
        const timer = server.track(setInterval(() => res.write(' '), 20));
        res.on('close', () => clearInterval(timer));
      });
      const started = Date.now();
      await rejectsWith(
        safeFetch(server.url('/slow'), { deadlineMs: 400 }),
        'timeout',
        /no complete answer within 400 ms/
      );
      assert.ok(Date.now() - started < 2_000);
      await server.waitForRequestSocketsClosed();
    });

    it('a server that never answers hits one deadline', async () => {
      server.route('/never', () => undefined);
      const started = Date.now();
      await rejectsWith(safeFetch(server.url('/never'), { deadlineMs: 300 }), 'timeout', /no complete answer/);
      const elapsed = Date.now() - started;
      assert.ok(elapsed >= 280 && elapsed < 1_500, `took ${elapsed} ms`);
      await server.waitForRequestSocketsClosed();
    });

    it('the deadline covers all redirect hops together, not each hop', async () => {
      for (let i = 0; i < 4; i++) {
        server.route(`/hop${i}`, (_req, res) => {
          server.track(
            setTimeout(() => {
              res.writeHead(302, { location: `/hop${i + 1}` });
              res.end();
            }, 150)
          );
        });
      }
      server.serve('/hop4', FEED);
      const started = Date.now();
      await rejectsWith(safeFetch(server.url('/hop0'), { deadlineMs: 400 }), 'timeout', /no complete answer/);
      assert.ok(Date.now() - started < 1_000);
    });

    it('cancellation through an AbortSignal stops the body and closes the socket', async () => {
      server.route('/slow', (_req, res) => {
        res.writeHead(200, RSS_TYPE);
        const timer = server.track(setInterval(() => res.write(' '), 20));
        res.on('close', () => clearInterval(timer));
      });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      await rejectsWith(safeFetch(server.url('/slow'), { signal: controller.signal }), 'cancelled', /cancelled/);
      await server.waitForRequestSocketsClosed();
    });
  });

  describe('redirects', () => {
    it('follows up to 5 redirects', async () => {
      for (let i = 0; i < 5; i++) server.serve(`/r${i}`, '', { location: `/r${i + 1}` }, 301);
      server.serve('/r5', FEED, RSS_TYPE);
      const result = await safeFetch(server.url('/r0'));
      assert.equal(result.url, server.url('/r5'));
    });

    it('a redirect loop stops after 5 hops', async () => {
      server.serve('/a', '', { location: '/b' }, 302);
      server.serve('/b', '', { location: '/a' }, 302);
      await rejectsWith(safeFetch(server.url('/a')), 'redirect', /too many redirects \(more than 5\)/);
      assert.equal(server.requests.length, 6);
    });

    it('a redirect to file: is refused and nothing is read', async () => {
      server.serve('/f', '', { location: 'file:///etc/passwd' }, 302);
      const error = await rejectsWith(safeFetch(server.url('/f')), 'scheme', /refused a redirect to a file: URL/);
      assert.ok(!error.message.includes('root:'));
    });

    it('https → http is refused', async () => {
      const realFetch = globalThis.fetch;
      // No TLS on loopback: a stub answers the https request with a downgrade redirect.
      globalThis.fetch = (async () =>
        new Response(null, { status: 302, headers: { location: server.url('/f') } })) as typeof fetch;
      try {
        await rejectsWith(safeFetch('https://feeds.example/network.rss'), 'scheme', /from https to plain http/);
      } finally {
        globalThis.fetch = realFetch;
      }
      assert.equal(server.requests.length, 0, 'the http host was never contacted');
    });

    it('a cross-origin redirect never carries the token to the second host', async () => {
      const other = await FeedServer.start();
      try {
        other.serve('/feed', FEED);
        server.route('/private', (req, res) => {
          assert.equal(req.headers.authorization, `Basic ${Buffer.from('me:s3cret-token').toString('base64')}`);
          res.writeHead(302, { location: other.url('/feed') });
          res.end();
        });
        const url = `http://me:s3cret-token@127.0.0.1:${server.port}/private`;
        assert.equal(await fetchText(url, { headers: { cookie: 'session=abc' } }), FEED);
        assert.equal(server.requests.length, 1);
        assert.equal(other.requests.length, 1);
        const seen = other.requests[0];
        assert.equal(seen.headers.authorization, undefined);
        assert.equal(seen.headers.cookie, undefined);
        assert.ok(!JSON.stringify(seen).includes('s3cret-token'));
      } finally {
        await other.close();
      }
    });

    it('a same-origin redirect keeps the Authorization header', async () => {
      server.serve('/old', '', { location: '/new' }, 301);
      server.route('/new', (req, res) => {
        res.writeHead(req.headers.authorization ? 200 : 401, RSS_TYPE);
        res.end(FEED);
      });
      assert.equal(await fetchText(`http://me:pw@127.0.0.1:${server.port}/old`), FEED);
    });
  });

  it('refuses non-http(s) URLs and explains network failures in one line', async () => {
    await rejectsWith(safeFetch('file:///etc/passwd'), 'scheme', /only http\(s\) URLs/);
    const closed = server.port;
    await server.close();
    await rejectsWith(safeFetch(`http://127.0.0.1:${closed}/f`), 'network', /connection refused/);
    server = await FeedServer.start();
  });
});
