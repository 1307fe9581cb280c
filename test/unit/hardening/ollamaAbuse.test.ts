import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { streamChat } from '../../../src/node/llm/chat';
import { listModels } from '../../../src/node/llm/models';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function withServer<T>(handler: Handler, run: (host: string) => Promise<T>): Promise<T> {
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer(handler);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  }
}

function chat(host: string, overrides: Partial<Parameters<typeof streamChat>[0]> = {}) {
  let text = '';
  const result = streamChat({
    host,
    model: 'm',
    messages: [{ role: 'user', content: 'hi' }],
    numCtx: 2048,
    firstTokenTimeoutMs: 2000,
    idleTimeoutMs: 2000,
    onDelta: (piece) => (text += piece),
    ...overrides
  });
  return { result, text: () => text };
}

const chunkLine = (content: string, done = false) =>
  `${JSON.stringify({ model: 'm', message: { role: 'assistant', content }, done })}\n`;

describe('hardening: Ollama abuse', () => {
  it('an HTML 200 (a proxy login page) says the host did not answer as Ollama does', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Sign in</title>');
      },
      async (host) => {
        await assert.rejects(chat(host).result, (error: Error) => {
          assert.match(error.message, /did not answer as Ollama does \(it sent an HTML page/);
          assert.equal((error as { kind?: string }).kind, 'bad-response');
          return true;
        });
      }
    );
  });

  it('a single 50 MB line without a newline ends at the line cap, quickly', async function () {
    this.timeout(30_000);
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        const mb = Buffer.alloc(1024 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < 50 && res.write(mb)) sent++;
          if (sent < 50) res.once('drain', pump);
          else res.end();
        };
        pump();
      },
      async (host) => {
        const started = Date.now();
        await assert.rejects(
          chat(host, { firstTokenTimeoutMs: 15_000 }).result,
          /sent a line longer than 1 MB; that is not an Ollama answer/
        );
        assert.ok(Date.now() - started < 20_000);
      }
    );
  });

  it('a stream that never sends done but never goes quiet ends at the total deadline, keeping the idle one', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        const timer = setInterval(() => res.write(chunkLine('more ')), 20);
        res.on('close', () => clearInterval(timer));
      },
      async (host) => {
        const started = Date.now();
        await assert.rejects(chat(host, { totalTimeoutMs: 400 }).result, /kept sending for 0 s without finishing/);
        assert.ok(Date.now() - started < 3000);
      }
    );
  });

  it('an {"error"} line inside a 200 stream is a clear mid-stream error', async () => {
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        res.end(chunkLine('Hello ') + JSON.stringify({ error: 'out of memory \u001b[2J' }) + '\n');
      },
      async (host) => {
        await assert.rejects(chat(host).result, /Ollama stopped mid-draft: out of memory/);
      }
    );
  });

  it('a server that never sends headers ends at the first-token deadline', async () => {
    await withServer(
      () => undefined,
      async (host) => {
        const started = Date.now();
        await assert.rejects(chat(host, { firstTokenTimeoutMs: 300 }).result, /sent nothing for 0 s while loading m/);
        assert.ok(Date.now() - started < 3000);
      }
    );
  });

  it('thousands of models and hostile names in /api/tags: bounded and listed as plain names', async () => {
    const models = Array.from({ length: 5000 }, (_, i) => ({
      name: i === 0 ? 'evil\u001b]0;x\u0007:latest' : `model-${i}:latest`,
      size: 1,
      details: { family: 'f', parameter_size: '1B', quantization_level: 'Q4' }
    }));
    await withServer(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ models }));
      },
      async (host) => {
        const listed = await listModels(host, { timeoutMs: 5000 });
        assert.equal(listed.length, 5000);
      }
    );
  });
});
