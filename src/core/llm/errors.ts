/**
 * Every way a draft can fail, mapped to one actionable sentence. Raw transport errors
 * ("fetch failed", "terminated") never reach the user: they say nothing about what to do.
 */
import { displayHost } from './host';
import { truncate } from '../text/truncate';

export type LlmErrorKind =
  | 'not-running'
  | 'host-not-found'
  | 'model-missing'
  | 'busy'
  | 'server'
  | 'mid-stream'
  | 'connection-lost'
  | 'first-token-timeout'
  | 'idle-timeout'
  | 'bad-response';

/** What the VS Code glue may offer next to the message. */
export type LlmErrorAction = 'retry' | 'openSettings' | 'pull';

export class LlmError extends Error {
  readonly name = 'LlmError';
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly actions: readonly LlmErrorAction[] = [],
    readonly status?: number
  ) {
    super(message);
  }
}

export interface ErrorContext {
  host: string;
  model: string;
}

/** Error text ollama-js throws when a stream ends before a `done` line (see its AbortableAsyncIterator). */
export const NO_DONE_MESSAGE = 'Did not receive done or success response in stream.';

const REFUSED_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const NOT_FOUND_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN']);
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);

/**
 * Collects the network error codes behind a fetch failure. undici wraps them in `cause`, and
 * for `localhost` (tried on ::1 and 127.0.0.1) in an AggregateError with one error per address.
 */
export function networkCodes(error: unknown): Set<string> {
  const codes = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 5) return;
    seen.add(value);
    const record = value as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === 'string') codes.add(record.code);
    visit(record.cause, depth + 1);
    if (Array.isArray(record.errors)) for (const inner of record.errors) visit(inner, depth + 1);
  };
  visit(error, 0);
  return codes;
}

/** `model "x" not found, try pulling it first` (new) or `model 'x' not found` (old Ollama). */
const MODEL_NOT_FOUND = /model\s+["'\u2018\u201c]?([^"'\u2019\u201d]+?)["'\u2019\u201d]?\s+not found/i;

function describeResponseError(
  error: { error?: unknown; message?: unknown; status_code?: unknown },
  context: ErrorContext
): LlmError {
  const status = typeof error.status_code === 'number' ? error.status_code : 0;
  const text = String(error.error ?? error.message ?? '').trim();
  const host = displayHost(context.host);
  const missing = MODEL_NOT_FOUND.exec(text);
  if (missing || (status === 404 && /^(model\s+)?not found$/i.test(text))) {
    const model = missing?.[1] ?? context.model;
    return new LlmError(
      'model-missing',
      `Model ${model} isn't installed. Run \`ollama pull ${model}\`.`,
      ['pull'],
      status
    );
  }
  if (status === 404) {
    return new LlmError(
      'server',
      `${host} answered 404: it doesn't look like an Ollama server (check deliberate.ollama.host).`,
      ['openSettings'],
      status
    );
  }
  if (status === 503 || /server busy/i.test(text)) {
    return new LlmError(
      'busy',
      `Ollama at ${host} is busy (${clip(text) || '503'}). Try again in a moment.`,
      ['retry'],
      status
    );
  }
  if (status === 401 || status === 403) {
    return new LlmError(
      'server',
      `Ollama at ${host} refused the request (${status}${text ? `: ${clip(text)}` : ''}). Check the host setting.`,
      ['openSettings'],
      status
    );
  }
  return new LlmError(
    'server',
    `Ollama at ${host} failed (${status || 'error'}${text ? `: ${clip(text)}` : ''}).`,
    ['retry'],
    status
  );
}

/**
 * Maps anything the ollama client, fetch or our own deadlines threw to an LlmError.
 * `ResponseError` is matched by `name`: the class can come from a second copy of ollama-js in a
 * bundle, which would defeat `instanceof`.
 */
export function toLlmError(error: unknown, context: ErrorContext, phase: 'connect' | 'stream'): LlmError {
  if (error instanceof LlmError) return error;
  const host = displayHost(context.host);
  const named = error as { name?: unknown; message?: unknown } | null;
  const name = typeof named?.name === 'string' ? named.name : '';
  const message = typeof named?.message === 'string' ? named.message : String(error);
  if (name === 'ResponseError') return describeResponseError(error as never, context);

  const codes = networkCodes(error);
  if ([...codes].some((code) => REFUSED_CODES.has(code))) {
    return new LlmError(
      'not-running',
      `Ollama isn't running at ${host}. Start it with \`ollama serve\` (or open the Ollama app).`,
      ['retry', 'openSettings']
    );
  }
  if ([...codes].some((code) => NOT_FOUND_CODES.has(code))) {
    return new LlmError('host-not-found', `Can't resolve the Ollama host ${host}. Check deliberate.ollama.host.`, [
      'retry',
      'openSettings'
    ]);
  }
  if (codes.has('UND_ERR_HEADERS_TIMEOUT')) {
    return new LlmError(
      'first-token-timeout',
      `Ollama at ${host} took too long to start answering (model ${context.model} may still be loading). Try again.`,
      ['retry', 'openSettings']
    );
  }
  if (codes.has('UND_ERR_BODY_TIMEOUT')) {
    return new LlmError('idle-timeout', `Ollama at ${host} stopped sending text. Try again.`, [
      'retry',
      'openSettings'
    ]);
  }
  if ([...codes].some((code) => LOST_CODES.has(code)) || message === 'terminated' || message === 'other side closed') {
    return new LlmError(
      'connection-lost',
      `The connection to Ollama at ${host} was lost${phase === 'stream' ? ' mid-draft' : ''}. Try again.`,
      ['retry']
    );
  }
  if (message === NO_DONE_MESSAGE) {
    return new LlmError('connection-lost', `Ollama at ${host} ended the stream early.`, ['retry']);
  }
  // A `{"error": ...}` line mid-stream: ollama-js rethrows it as a plain Error with the server's text.
  if (phase === 'stream' && name === 'Error' && message) {
    const mapped = describeResponseError({ error: message, status_code: 0 }, context);
    if (mapped.kind === 'model-missing' || mapped.kind === 'busy') return mapped;
    return new LlmError('mid-stream', `Ollama stopped mid-draft: ${clip(message)}`, ['retry']);
  }
  if (name === 'SyntaxError') {
    return new LlmError('bad-response', `${host} sent a response that isn't Ollama's. Check deliberate.ollama.host.`, [
      'openSettings'
    ]);
  }
  if (message === 'fetch failed' || name === 'TypeError') {
    const detail = [...codes][0];
    return new LlmError(
      'not-running',
      `Couldn't reach Ollama at ${host}${detail ? ` (${detail})` : ''}. Is \`ollama serve\` running, and is deliberate.ollama.host right?`,
      ['retry', 'openSettings']
    );
  }
  return new LlmError('server', `Ollama at ${host} failed: ${clip(message) || 'unknown error'}.`, ['retry']);
}

/** Untrusted server text inside our messages: one line, bounded. */
function clip(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  return truncate(line, 200);
}
