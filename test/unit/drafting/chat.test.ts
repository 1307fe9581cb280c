import assert from 'node:assert/strict';
import * as net from 'node:net';
import { streamChat, type ChatStreamRequest } from '../../../src/node/llm/chat';
import { LlmError } from '../../../src/core/llm/errors';
import { startFakeOllama, type FakeOllama, DEFAULT_REPLY } from '../../support/fakeOllama';

function request(
  fake: FakeOllama,
  overrides: Partial<ChatStreamRequest> = {}
): ChatStreamRequest & { text: () => string } {
  let text = '';
  return {
    host: fake.url,
    model: 'llama3.2',
    messages: [
      { role: 'system', content: 'be brief' },
      { role: 'user', content: 'hello' }
    ],
    numCtx: 4096,
    numPredict: 200,
    keepAlive: '7m',
    firstTokenTimeoutMs: 5000,
    idleTimeoutMs: 5000,
    onDelta: (delta) => {
      text += delta;
    },
    ...overrides,
    text: () => text
  };
}

async function rejectsWith(promise: Promise<unknown>, kind: LlmError['kind']): Promise<LlmError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof LlmError, `expected LlmError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    assert.doesNotMatch(error.message, /fetch failed/i);
    return error;
  }
  assert.fail(`expected a ${kind} error`);
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('drafting: streamChat against the fake Ollama', () => {
  let fake: FakeOllama;
  before(async () => {
    fake = await startFakeOllama();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => fake.reset());

  it('streams the whole reply, ends done, and sends num_ctx, num_predict, keep_alive and no tools', async () => {
    const req = request(fake);
    let firstChunks = 0;
    const result = await streamChat({
      ...req,
      onFirstChunk: () => {
        firstChunks++;
      }
    });
    assert.equal(req.text(), DEFAULT_REPLY);
    assert.equal(result.end, 'done');
    assert.equal(result.doneReason, 'stop');
    assert.equal(firstChunks, 1);
    assert.ok((result.stats.evalCount ?? 0) > 0);
    const body = fake.requests.find((r) => r.path === '/api/chat')!.body as {
      stream: boolean;
      model: string;
      keep_alive: string;
      tools?: unknown;
      messages: unknown[];
      options: { num_ctx: number; num_predict: number };
    };
    assert.equal(body.stream, true);
    assert.equal(body.model, 'llama3.2');
    assert.equal(body.keep_alive, '7m');
    assert.equal(body.options.num_ctx, 4096);
    assert.equal(body.options.num_predict, 200);
    assert.equal(body.tools, undefined);
    assert.equal(body.messages.length, 2);
  });

  it('keeps multi-byte characters intact when UTF-8 is split across network chunks', async () => {
    const reply = 'Grüße aus Köln 👋 — ありがとう café ';
    fake.set({ reply, splitUtf8: true });
    const req = request(fake);
    await streamChat(req);
    assert.equal(req.text(), reply);
  });

  it('skips a garbage line and still finishes', async () => {
    fake.set({ garbageAfterChunks: 2 });
    const req = request(fake);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const result = await streamChat(req);
      assert.equal(result.end, 'done');
    } finally {
      console.warn = warn;
    }
    assert.equal(req.text(), DEFAULT_REPLY);
  });

  it('reports a mid-stream {"error"} line and keeps the partial text', async () => {
    fake.set({ errorAfterChunks: 3, errorMessage: 'llama runner process has terminated: signal: killed' });
    const req = request(fake);
    const error = await rejectsWith(streamChat(req), 'mid-stream');
    assert.match(error.message, /llama runner process has terminated/);
    assert.ok(req.text().length > 0 && DEFAULT_REPLY.startsWith(req.text()));
  });

  it('marks a stream that ends without done as incomplete, text kept', async () => {
    fake.set({ omitDone: true });
    const req = request(fake);
    const result = await streamChat(req);
    assert.equal(result.end, 'incomplete');
    assert.equal(req.text(), DEFAULT_REPLY);
  });

  it('marks a dropped connection after text as incomplete', async () => {
    fake.set({ dropAfterChunks: 4 });
    const req = request(fake);
    const result = await streamChat(req);
    assert.equal(result.end, 'incomplete');
    assert.ok(req.text().length > 0);
  });

  it('reports done_reason length as a length end (truncated)', async () => {
    fake.set({ doneReason: 'length' });
    const result = await streamChat(request(fake));
    assert.equal(result.end, 'length');
  });

  it('maps a 404 for a missing model (double quotes) to a pull suggestion', async () => {
    const error = await rejectsWith(streamChat(request(fake, { model: 'mistral-nemo' })), 'model-missing');
    assert.equal(error.message, "Model mistral-nemo isn't installed. Run `ollama pull mistral-nemo`.");
    assert.deepEqual(error.actions, ['pull']);
    assert.equal(error.status, 404);
  });

  it('maps the old single-quote "not found" string too', async () => {
    fake.set({ quoteStyle: 'single' });
    const error = await rejectsWith(streamChat(request(fake, { model: 'phi3:mini' })), 'model-missing');
    assert.equal(error.message, "Model phi3:mini isn't installed. Run `ollama pull phi3:mini`.");
  });

  it('maps 503 to a readable busy message', async () => {
    fake.set({ chatStatus: 503 });
    const error = await rejectsWith(streamChat(request(fake)), 'busy');
    assert.match(error.message, /is busy \(server busy, please try again/);
  });

  it('maps a 500 to a readable server error with the server text', async () => {
    fake.set({
      chatStatus: 500,
      errorMessage: 'model requires more system memory (9.1 GiB) than is available (3.2 GiB)'
    });
    const error = await rejectsWith(streamChat(request(fake)), 'server');
    assert.match(error.message, /failed \(500: model requires more system memory/);
  });

  it('maps ECONNREFUSED to "Ollama isn\'t running" with the host', async () => {
    const port = await closedPort();
    const error = await rejectsWith(streamChat({ ...request(fake), host: `http://127.0.0.1:${port}` }), 'not-running');
    assert.equal(
      error.message,
      `Ollama isn't running at http://127.0.0.1:${port}. Start it with \`ollama serve\` (or open the Ollama app).`
    );
    assert.deepEqual(error.actions, ['retry', 'openSettings']);
  });

  it('maps ECONNREFUSED on localhost (IPv6 and IPv4 both refused) the same way', async () => {
    const port = await closedPort();
    const error = await rejectsWith(streamChat({ ...request(fake), host: `http://localhost:${port}` }), 'not-running');
    assert.match(error.message, new RegExp(`^Ollama isn't running at http://localhost:${port}\\.`));
  });

  it('cancels before headers arrive (model loading) within 200 ms, and the server sees the socket close', async () => {
    fake.set({ headerDelayMs: 3000 });
    const controller = new AbortController();
    const req = request(fake, { signal: controller.signal });
    const running = streamChat(req);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const settled = fake.chatSettled();
    const cancelledAt = Date.now();
    controller.abort();
    const result = await running;
    assert.equal(result.end, 'cancelled');
    assert.ok(Date.now() - cancelledAt < 200, `took ${Date.now() - cancelledAt} ms`);
    const record = await settled;
    assert.equal(record.closedEarly, true);
  });

  it('cancels mid-stream, keeps the text so far, and closes the connection', async () => {
    fake.set({ chunkDelayMs: 30 });
    const controller = new AbortController();
    const req = request(fake, {
      signal: controller.signal,
      onDelta: () => {
        controller.abort();
      }
    });
    const settled = fake.chatSettled();
    const result = await streamChat(req);
    assert.equal(result.end, 'cancelled');
    assert.equal((await settled).closedEarly, true);
  });

  it('delivers nothing after cancel, even lines ollama-js had already buffered', async () => {
    fake.set({ chunkCount: 500 });
    const controller = new AbortController();
    let deltas = 0;
    const result = await streamChat(
      request(fake, {
        signal: controller.signal,
        onDelta: () => {
          deltas++;
          controller.abort();
        }
      })
    );
    assert.equal(result.end, 'cancelled');
    assert.equal(deltas, 1);
  });

  it('returns cancelled at once for an already-aborted signal without contacting the server', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await streamChat(request(fake, { signal: controller.signal }));
    assert.equal(result.end, 'cancelled');
    assert.equal(fake.requests.length, 0);
  });

  it('enforces the first-token deadline with its own message and closes the socket', async () => {
    fake.set({ headerDelayMs: 2000 });
    const settled = fake.chatSettled();
    const error = await rejectsWith(streamChat(request(fake, { firstTokenTimeoutMs: 150 })), 'first-token-timeout');
    assert.match(error.message, /sent nothing for 0 s while loading llama3\.2.*firstTokenTimeoutSeconds/);
    assert.equal((await settled).closedEarly, true);
  });

  it('enforces the idle deadline between chunks, keeping the text so far', async () => {
    fake.set({ chunkDelayMs: 600 });
    let lastDeltaAt = 0;
    const req = request(fake, { idleTimeoutMs: 150 });
    const forward = req.onDelta;
    req.onDelta = (delta) => {
      lastDeltaAt = Date.now();
      forward(delta);
    };
    const error = await rejectsWith(streamChat(req), 'idle-timeout');
    const quietFor = Date.now() - lastDeltaAt;
    assert.match(error.message, /idleTimeoutSeconds/);
    assert.ok(req.text().length > 0);
    // Never early (a few ms of clock granularity aside), and well before the next chunk was due.
    assert.ok(quietFor >= 140 && quietFor < 600, `fired after ${quietFor} ms of quiet`);
  });

  it('keeps a slow but steady stream alive: chunks more often than the idle deadline never trip it', async () => {
    fake.set({ chunkDelayMs: 60, chunkCount: 8 });
    const req = request(fake, { idleTimeoutMs: 200 });
    const result = await streamChat(req);
    assert.equal(result.end, 'done');
    assert.ok(req.text().length > 0);
  });
});
