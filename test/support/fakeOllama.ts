/**
 * A fake Ollama on 127.0.0.1 that speaks the real wire format: NDJSON chat chunks with
 * `created_at`, `message.role/content`, `done`, `done_reason` and nanosecond durations;
 * `/api/tags`, `/api/version`, the `/api/pull` progress sequence; JSON errors with Ollama's
 * real status codes and strings. Switches reproduce the failures drafting must survive.
 *
 * In tests: `const fake = await startFakeOllama({ chunkDelayMs: 20 })`, then `fake.url`.
 * Standalone (e2e harness, demo): `node --import tsx test/support/fakeOllama.ts --port 0`
 * prints its URL on the first stdout line. Change behaviour at runtime with
 * `POST /__fake/scenario` (JSON, merged), `POST /__fake/reset`, and read `GET /__fake/requests`.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeModel {
  name: string;
  size: number;
  family: string;
  parameterSize: string;
  quantization: string;
}

export interface FakeScenario {
  /** Text streamed by /api/chat. */
  reply: string;
  /** Split the reply into exactly this many chunks (cycling its words when it has fewer). */
  chunkCount?: number;
  /** Delay before the status line and headers are sent (a model loading). */
  headerDelayMs: number;
  /** Delay between chunks; 0 writes them back to back. */
  chunkDelayMs: number;
  /** After this many content chunks, send `{"error": errorMessage}` and end. */
  errorAfterChunks?: number;
  errorMessage: string;
  /** End the response without the final `done` line. */
  omitDone: boolean;
  /** Destroy the socket after this many chunks (no `done`, no clean end). */
  dropAfterChunks?: number;
  /** Insert a non-JSON line after this many chunks. */
  garbageAfterChunks?: number;
  /** Write each line in two pieces split inside a multi-byte UTF-8 sequence when there is one. */
  splitUtf8: boolean;
  doneReason: 'stop' | 'length';
  /** Force this HTTP status on /api/chat (e.g. 500, 503, 404). */
  chatStatus?: number;
  /** Installed models (what /api/tags lists and /api/chat accepts). */
  models: FakeModel[];
  /** Quote style of the "model not found" error (Ollama changed it over versions). */
  quoteStyle: 'double' | 'single';
  /** /api/pull: error line instead of layers (unknown model). */
  pullError?: string;
  pullDelayMs: number;
  version: string;
  /**
   * A request carrying `format` (JSON schema or "json"): `honour` streams the reply as the JSON
   * text `{"message": reply, "facts_used": factsUsed}` token by token, as Ollama does; `reject`
   * answers 400 like Ollama before structured outputs; `ignore` streams the plain reply anyway.
   */
  formatSupport: 'honour' | 'reject' | 'ignore';
  /** `facts_used` in an honoured structured reply. */
  factsUsed: string[];
  /** Raw text streamed instead of the generated JSON when `format` is honoured (e.g. invalid JSON). */
  structuredText?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  /** The client's socket closed before our response finished (a cancel reached us). */
  closedEarly: boolean;
  finished: boolean;
}

export const DEFAULT_REPLY =
  'Hi — thanks for connecting. I read your note about local-first tools and would enjoy comparing notes. How can I help you today?';

export const DEFAULT_MODELS: FakeModel[] = [
  { name: 'llama3.2:latest', size: 2019393189, family: 'llama', parameterSize: '3.2B', quantization: 'Q4_K_M' },
  { name: 'qwen2.5:7b', size: 4683087332, family: 'qwen2', parameterSize: '7.6B', quantization: 'Q4_K_M' }
];

export function defaultScenario(): FakeScenario {
  return {
    reply: DEFAULT_REPLY,
    headerDelayMs: 0,
    chunkDelayMs: 0,
    errorMessage: 'llama runner process has terminated: exit status 2',
    omitDone: false,
    splitUtf8: false,
    doneReason: 'stop',
    models: DEFAULT_MODELS.map((model) => ({ ...model })),
    quoteStyle: 'double',
    pullDelayMs: 0,
    version: '0.12.6',
    formatSupport: 'honour',
    factsUsed: ['name']
  };
}

export interface FakeOllama {
  url: string;
  port: number;
  scenario: FakeScenario;
  set(partial: Partial<FakeScenario>): void;
  reset(): void;
  requests: RecordedRequest[];
  /** Resolves when the next (or current unfinished) chat request's connection is gone or done. */
  chatSettled(): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const NS_PER_MS = 1_000_000;

function sameModel(a: string, b: string): boolean {
  const tag = (name: string) => (name.includes(':') ? name : `${name}:latest`);
  return tag(a) === tag(b);
}

function splitReply(scenario: FakeScenario): string[] {
  const words = scenario.reply.match(/\S+\s*/gu) ?? [scenario.reply];
  if (scenario.chunkCount === undefined) return words;
  const pieces: string[] = [];
  for (let i = 0; i < scenario.chunkCount; i++) pieces.push(words[i % words.length]);
  return pieces;
}

/** What Ollama before 0.5 answered to an object `format` (it expected the string "json"). */
export const FORMAT_REJECTED_ERROR =
  'json: cannot unmarshal object into Go struct field ChatRequest.format of type string';

/** The structured reply as Ollama streams it: JSON text in token-sized pieces (words, runs of punctuation). */
function structuredPieces(scenario: FakeScenario): string[] {
  // With chunkCount the message is the same cycled words the plain reply would stream.
  const message = scenario.chunkCount === undefined ? scenario.reply : splitReply(scenario).join('');
  const text = scenario.structuredText ?? JSON.stringify({ message, facts_used: scenario.factsUsed });
  return text.match(/[\p{L}\p{N}]+\s?|[^\p{L}\p{N}]{1,3}/gu) ?? [text];
}

function sendJsonError(res: http.ServerResponse, status: number, error: string): void {
  const body = JSON.stringify({ error });
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body)
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function notFoundMessage(model: string, style: FakeScenario['quoteStyle']): string {
  return style === 'double'
    ? `model "${model}" not found, try pulling it first`
    : `model '${model}' not found, try pulling it first`;
}

function digestFor(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619) >>> 0;
  return `sha256:${hash.toString(16).padStart(8, '0').repeat(8)}`;
}

/** Writes `bytes`, possibly split inside a multi-byte sequence, honouring the cancel flag. */
function writeSplit(
  res: http.ServerResponse,
  line: string,
  split: boolean,
  wait: (ms: number) => Promise<boolean>
): Promise<boolean> {
  const bytes = Buffer.from(line, 'utf8');
  if (!split) {
    res.write(bytes);
    return Promise.resolve(true);
  }
  let cut = -1;
  for (let i = 1; i < bytes.length; i++) {
    if ((bytes[i] & 0xc0) === 0x80) {
      cut = i;
      break;
    }
  }
  if (cut < 0) cut = Math.floor(bytes.length / 2);
  res.write(bytes.subarray(0, cut));
  return wait(5).then((alive) => {
    if (alive) res.write(bytes.subarray(cut));
    return alive;
  });
}

export async function startFakeOllama(initial: Partial<FakeScenario> = {}, port = 0): Promise<FakeOllama> {
  let scenario: FakeScenario = { ...defaultScenario(), ...initial };
  const requests: RecordedRequest[] = [];
  const settledWaiters: Array<(request: RecordedRequest) => void> = [];

  const handleChat = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    record: RecordedRequest
  ): Promise<void> => {
    const body = record.body as { model?: unknown; messages?: unknown; stream?: unknown } | undefined;
    const s = scenario;
    let alive = true;
    // One close listener per response (not per wait): pending waits resolve false at once.
    const pending = new Map<ReturnType<typeof setTimeout>, (alive: boolean) => void>();
    res.on('close', () => {
      alive = false;
      for (const [timer, resolve] of pending) {
        clearTimeout(timer);
        resolve(false);
      }
      pending.clear();
    });
    const wait = (ms: number) =>
      new Promise<boolean>((resolve) => {
        if (ms <= 0 || !alive) return resolve(alive);
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve(alive);
        }, ms);
        pending.set(timer, resolve);
      });
    if (!body || typeof body.model !== 'string' || body.model === '') {
      return sendJsonError(res, 400, 'model is required');
    }
    if (!Array.isArray(body.messages)) return sendJsonError(res, 400, 'messages is required');
    if (!(await wait(s.headerDelayMs))) return;
    if (s.chatStatus === 503) {
      return sendJsonError(res, 503, 'server busy, please try again.  maximum pending requests exceeded');
    }
    if (s.chatStatus === 404 || !s.models.some((model) => sameModel(model.name, body.model as string))) {
      return sendJsonError(res, 404, notFoundMessage(body.model, s.quoteStyle));
    }
    if (s.chatStatus !== undefined && s.chatStatus >= 400) return sendJsonError(res, s.chatStatus, s.errorMessage);
    const model = body.model;
    const format = (body as { format?: unknown }).format;
    const structured = format !== undefined && format !== null && format !== '';
    if (structured && s.formatSupport === 'reject' && typeof format === 'object') {
      return sendJsonError(res, 400, FORMAT_REJECTED_ERROR);
    }
    const honoured = structured && s.formatSupport === 'honour';
    if (body.stream === false) {
      return sendJson(res, {
        model,
        created_at: new Date().toISOString(),
        message: { role: 'assistant', content: honoured ? structuredPieces(s).join('') : s.reply },
        done_reason: s.doneReason,
        done: true,
        total_duration: 1,
        load_duration: 1,
        prompt_eval_count: 1,
        prompt_eval_duration: 1,
        eval_count: 1,
        eval_duration: 1
      });
    }
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson', Date: new Date().toUTCString() });
    res.flushHeaders();
    const started = process.hrtime.bigint();
    let pieces = honoured ? structuredPieces(s) : splitReply(s);
    let doneReason = s.doneReason;
    // Like Ollama, stop at options.num_predict tokens (one chunk is one token here).
    const numPredict = (body as { options?: { num_predict?: unknown } }).options?.num_predict;
    if (typeof numPredict === 'number' && numPredict >= 0 && pieces.length > numPredict) {
      pieces = pieces.slice(0, numPredict);
      doneReason = 'length';
    }
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0 && s.chunkDelayMs > 0 && !(await wait(s.chunkDelayMs))) return;
      if (!alive) return;
      if (s.errorAfterChunks !== undefined && i === s.errorAfterChunks) {
        res.end(`${JSON.stringify({ error: s.errorMessage })}\n`);
        return;
      }
      if (s.dropAfterChunks !== undefined && i === s.dropAfterChunks) {
        // Let the chunks already written reach the client before the connection dies.
        await wait(30);
        res.socket?.destroy();
        return;
      }
      if (s.garbageAfterChunks !== undefined && i === s.garbageAfterChunks) res.write('<html>proxy hiccup</html>\n');
      const line = `${JSON.stringify({ model, created_at: new Date().toISOString(), message: { role: 'assistant', content: pieces[i] }, done: false })}\n`;
      if (!(await writeSplit(res, line, s.splitUtf8, wait))) return;
    }
    if (s.omitDone) {
      res.end();
      return;
    }
    const totalNs = Number(process.hrtime.bigint() - started) + s.headerDelayMs * NS_PER_MS;
    res.end(
      `${JSON.stringify({
        model,
        created_at: new Date().toISOString(),
        message: { role: 'assistant', content: '' },
        done_reason: doneReason,
        done: true,
        total_duration: totalNs,
        load_duration: s.headerDelayMs * NS_PER_MS,
        prompt_eval_count: 26,
        prompt_eval_duration: 130 * NS_PER_MS,
        eval_count: pieces.length,
        eval_duration: Math.max(1, totalNs - s.headerDelayMs * NS_PER_MS)
      })}\n`
    );
  };

  const handlePull = async (res: http.ServerResponse, body: { model?: unknown; name?: unknown }): Promise<void> => {
    const s = scenario;
    const model = String(body.model ?? body.name ?? '');
    let alive = true;
    res.on('close', () => {
      alive = false;
    });
    const send = async (value: unknown) => {
      if (s.pullDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, s.pullDelayMs));
      if (alive) res.write(`${JSON.stringify(value)}\n`);
      return alive;
    };
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    if (!(await send({ status: 'pulling manifest' }))) return;
    if (s.pullError) {
      res.end(`${JSON.stringify({ error: s.pullError })}\n`);
      return;
    }
    const layers = [
      { total: 2_019_377_376 },
      { total: 1_429 },
      { total: 7_711 },
      { total: 6_016 },
      { total: 96 },
      { total: 561 }
    ];
    for (const [index, layer] of layers.entries()) {
      const digest = digestFor(`${model}#${index}`);
      const status = `pulling ${digest.slice(7, 19)}`;
      for (const fraction of [0, 0.5, 1]) {
        if (!(await send({ status, digest, total: layer.total, completed: Math.round(layer.total * fraction) }))) {
          return;
        }
      }
    }
    for (const status of ['verifying sha256 digest', 'writing manifest']) {
      if (!(await send({ status }))) return;
    }
    const name = model.includes(':') ? model : `${model}:latest`;
    if (!s.models.some((m) => sameModel(m.name, name))) {
      s.models.push({
        name,
        size: layers.reduce((sum, layer) => sum + layer.total, 0),
        family: 'llama',
        parameterSize: '1B',
        quantization: 'Q8_0'
      });
    }
    res.end(`${JSON.stringify({ status: 'success' })}\n`);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0];
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJsonError(res, 400, 'invalid character looking for beginning of value');
        }
      }
      const record: RecordedRequest = { method: req.method ?? 'GET', path, body, closedEarly: false, finished: false };
      if (!path.startsWith('/__fake/')) requests.push(record);
      res.on('finish', () => {
        record.finished = true;
      });
      res.on('close', () => {
        if (!record.finished) record.closedEarly = true;
        if (path === '/api/chat') for (const waiter of settledWaiters.splice(0)) waiter(record);
      });
      const route = `${req.method} ${path}`;
      switch (route) {
        case 'GET /':
        case 'HEAD /':
          res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
          return void res.end(req.method === 'HEAD' ? undefined : 'Ollama is running');
        case 'GET /api/version':
          return sendJson(res, { version: scenario.version });
        case 'GET /api/tags':
          return sendJson(res, {
            models: scenario.models.map((model) => ({
              name: model.name,
              model: model.name,
              modified_at: '2026-11-20T09:15:02.123456789Z',
              size: model.size,
              digest: digestFor(model.name).slice(7),
              details: {
                parent_model: '',
                format: 'gguf',
                family: model.family,
                families: [model.family],
                parameter_size: model.parameterSize,
                quantization_level: model.quantization
              }
            }))
          });
        case 'POST /api/chat':
          return void handleChat(req, res, record).catch(() => res.destroy());
        case 'POST /api/pull':
          return void handlePull(res, (body ?? {}) as { model?: unknown }).catch(() => res.destroy());
        case 'POST /__fake/scenario':
          scenario = { ...scenario, ...(body as Partial<FakeScenario>) };
          return sendJson(res, scenario);
        case 'POST /__fake/reset':
          scenario = { ...defaultScenario(), ...initial };
          requests.length = 0;
          return sendJson(res, scenario);
        case 'GET /__fake/requests':
          return sendJson(res, requests);
        default:
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          return void res.end('404 page not found');
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    get scenario() {
      return scenario;
    },
    set(partial) {
      scenario = { ...scenario, ...partial };
    },
    reset() {
      scenario = { ...defaultScenario(), ...initial };
      requests.length = 0;
    },
    requests,
    chatSettled() {
      const open = requests.find(
        (request) => request.path === '/api/chat' && !request.finished && !request.closedEarly
      );
      return new Promise((resolve) => {
        settledWaiters.push(resolve);
        if (!open && requests.some((r) => r.path === '/api/chat')) {
          const last = [...requests].reverse().find((r) => r.path === '/api/chat');
          if (last && (last.finished || last.closedEarly)) {
            settledWaiters.splice(settledWaiters.indexOf(resolve), 1);
            resolve(last);
          }
        }
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

function parseCliArgs(argv: string[]): { port: number; scenario: Partial<FakeScenario> } {
  const scenario: Partial<FakeScenario> = {};
  let port = 11435;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--port':
        port = Number(value);
        i++;
        break;
      case '--header-delay-ms':
        scenario.headerDelayMs = Number(value);
        i++;
        break;
      case '--chunk-delay-ms':
        scenario.chunkDelayMs = Number(value);
        i++;
        break;
      case '--chunk-count':
        scenario.chunkCount = Number(value);
        i++;
        break;
      case '--reply':
        scenario.reply = value;
        i++;
        break;
      case '--scenario':
        Object.assign(scenario, JSON.parse(value));
        i++;
        break;
      case '--help':
        process.stdout.write(
          'fakeOllama [--port N (0 = any; default 11435)] [--header-delay-ms N] [--chunk-delay-ms N] [--chunk-count N] [--reply TEXT] [--scenario JSON]\n' +
            'Prints its URL on the first line. Runtime control: POST /__fake/scenario (JSON), POST /__fake/reset, GET /__fake/requests.\n'
        );
        process.exit(0);
        break;
      default:
        process.stderr.write(`fakeOllama: unknown option ${argv[i]}\n`);
        process.exit(2);
    }
  }
  return { port, scenario };
}

const isMain = typeof require !== 'undefined' && require.main === module;
if (isMain) {
  const { port, scenario } = parseCliArgs(process.argv.slice(2));
  void startFakeOllama(scenario, port).then(
    (fake) => {
      process.stdout.write(`${fake.url}\n`);
      const stop = () => void fake.close().then(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    (error: unknown) => {
      process.stderr.write(`fakeOllama: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  );
}
