import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { safeFetch } from '../../../src/node/http';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function withServer<T>(handler: Handler, run: (url: string) => Promise<T>): Promise<T> {
  const sockets = new Set<net.Socket>();
  const server = http.createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A raw TCP server for responses no HTTP library would write. */
async function withRawServer<T>(reply: string | Buffer, run: (url: string) => Promise<T>): Promise<T> {
  const server = net.createServer((socket) => {
    socket.once('data', () => socket.end(reply));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const MB = 1024 * 1024;
const ZEROS = Buffer.alloc(100 * MB, 0x20);
const BOMBS: [string, () => Buffer][] = [
  ['gzip', () => gzipSync(ZEROS, { level: 1 })],
  ['deflate', () => deflateSync(ZEROS, { level: 1 })],
  ['br', () => brotliCompressSync(ZEROS, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } })]
];

describe('hardening: network abuse on the HTTP client', function () {
  this.timeout(30_000);

  for (const [encoding, make] of BOMBS) {
    it(`a ${encoding} bomb (100 MB of whitespace) stops at the byte cap`, async () => {
      const body = make();
      assert.ok(body.length < 2 * MB);
      await withServer(
        (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': encoding });
          res.end(body);
        },
        async (url) => {
          await assert.rejects(safeFetch(url, { maxBytes: 4 * MB }), /larger than 4 MB; stopped reading/);
        }
      );
    });
  }

  it('500 MB of whitespace streamed forever stops at the cap with bounded memory', async () => {
    const chunk = Buffer.alloc(MB, 0x20);
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        let sent = 0;
        const pump = () => {
          while (sent < 500 && res.write(chunk)) sent++;
          if (sent < 500) res.once('drain', pump);
          else res.end();
        };
        res.on('error', () => undefined);
        pump();
      },
      async (url) => {
        const before = process.memoryUsage().rss;
        await assert.rejects(safeFetch(url, { maxBytes: 8 * MB }), /larger than 8 MB; stopped reading/);
        assert.ok(process.memoryUsage().rss - before < 200 * MB, 'memory stays bounded');
      }
    );
  });

  it('a Content-Length shorter than the body: only the declared bytes, no hang', async () => {
    await withRawServer(
      'HTTP/1.1 200 OK\r\ncontent-type: application/rss+xml\r\ncontent-length: 5\r\nconnection: close\r\n\r\n<rss>and much more',
      async (url) => {
        const result = await safeFetch(url, { deadlineMs: 5000 });
        assert.equal(Buffer.from(result.notModified ? [] : result.bytes).toString(), '<rss>');
      }
    );
  });

  it('a Content-Length longer than the body ends with a clear network message, not a hang', async () => {
    await withRawServer(
      'HTTP/1.1 200 OK\r\ncontent-type: application/rss+xml\r\ncontent-length: 5000\r\nconnection: close\r\n\r\n<rss>short',
      async (url) => {
        const started = Date.now();
        await assert.rejects(safeFetch(url, { deadlineMs: 5000 }), (error: Error) => {
          assert.doesNotMatch(error.message, /\n/);
          assert.ok(error.message.length > 0);
          return true;
        });
        assert.ok(Date.now() - started < 5000);
      }
    );
  });

  it('chunked garbage is a clear one-line error', async () => {
    await withRawServer(
      'HTTP/1.1 200 OK\r\ncontent-type: application/rss+xml\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\nZZZZ\r\n<rss>\r\n0\r\n\r\n',
      async (url) => {
        await assert.rejects(safeFetch(url, { deadlineMs: 5000 }), (error: Error) => {
          assert.doesNotMatch(error.message, /\n/);
          return true;
        });
      }
    );
  });

  it('a server that drips one byte a second ends at the deadline', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const timer = setInterval(() => res.write(' '), 200);
        res.on('close', () => clearInterval(timer));
      },
      async (url) => {
        const started = Date.now();
        await assert.rejects(safeFetch(url, { deadlineMs: 800 }), /did not finish within|timed out|deadline|within/);
        assert.ok(Date.now() - started < 3000);
      }
    );
  });
});
