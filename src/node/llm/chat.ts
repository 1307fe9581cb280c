/**
 * A streamed `/api/chat` call with the guarantees the drafting UI needs: cancellable before
 * headers arrive, our own first-token and idle deadlines, the socket closed on every early exit,
 * and every failure mapped to an LlmError. The hot loop does one callback and one counter
 * increment per chunk (no clock read, no timer) so it stays within a few percent of a bare
 * `for await` over ollama-js.
 */
import type { AbortableAsyncIterator, ChatResponse, Message } from 'ollama';
import { createOllamaClient, type FetchLike } from './client';
import { LlmError, NO_DONE_MESSAGE, toLlmError } from '../../core/llm/errors';
import { displayHost } from '../../core/llm/host';

export interface ChatStreamRequest {
  /** Normalised host (see normaliseHost). */
  host: string;
  model: string;
  messages: Message[];
  numCtx: number;
  /** Upper bound on generated tokens; reaching it ends with `length`. */
  numPredict?: number;
  temperature?: number;
  keepAlive?: string | number;
  /** Ollama's structured output: a JSON schema (or "json"). Omitted from the request when absent. */
  format?: string | object;
  /** Cancels the request at any point, including while the model loads. */
  signal?: AbortSignal;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  /** Longest a stream may run after its first chunk, even while text keeps coming (default 10 min). */
  totalTimeoutMs?: number;
  /** Called with each non-empty content piece, in order. */
  onDelta(content: string): void;
  /** Called once, when the first chunk arrives (the UI leaves its "loading model…" state). */
  onFirstChunk?(): void;
  fetch?: FetchLike;
}

/** How the stream ended when it did not throw. */
export type ChatEnd = 'done' | 'length' | 'incomplete' | 'cancelled';

export interface ChatStats {
  totalDurationNs?: number;
  loadDurationNs?: number;
  promptEvalCount?: number;
  evalCount?: number;
}

export interface ChatResult {
  end: ChatEnd;
  doneReason?: string;
  stats: ChatStats;
}

type DeadlineKind = 'first-token' | 'idle' | 'total';

/** A stream that never sends `done` but never goes quiet either still ends. */
export const DEFAULT_TOTAL_TIMEOUT_MS = 10 * 60 * 1000;

/** The idle deadline is checked every idleTimeoutMs / 4, but at least this often. */
const MAX_IDLE_TICK_MS = 500;

export async function streamChat(request: ChatStreamRequest): Promise<ChatResult> {
  const deadline = new AbortController();
  const signals = request.signal ? [request.signal, deadline.signal] : [deadline.signal];
  const client = createOllamaClient(request.host, signals, request.fetch);
  const context = { host: request.host, model: request.model };
  let expired: DeadlineKind | undefined;
  let receivedAny = false;
  // Chunks are counted, not timed: a clock read per chunk (Date.now() costs ~0.3 µs on some VMs)
  // would be the pipeline's largest per-chunk cost. The idle tick turns counts into times.
  let chunks = 0;
  let chunksSeen = 0;
  let quietSince = 0;
  let firstTokenTimer: ReturnType<typeof setTimeout> | undefined;
  let idleTimer: ReturnType<typeof setInterval> | undefined;
  let totalTimer: ReturnType<typeof setTimeout> | undefined;

  const expire = (kind: DeadlineKind) => {
    expired = kind;
    deadline.abort(new Error(`${kind} deadline`));
  };
  // quietSince is when the first chunk or a tick last saw the count change: never earlier than
  // the last chunk and at most one tick later. So the idle deadline never fires early, and at
  // most two ticks (2 × min(idle / 4, 500 ms)) late.
  const idleTickMs = Math.max(1, Math.min(MAX_IDLE_TICK_MS, request.idleTimeoutMs / 4));
  const checkIdle = () => {
    const now = Date.now();
    if (chunks !== chunksSeen) {
      chunksSeen = chunks;
      quietSince = now;
    } else if (now - quietSince >= request.idleTimeoutMs) {
      clearInterval(idleTimer);
      expire('idle');
    }
  };
  firstTokenTimer = setTimeout(() => expire('first-token'), request.firstTokenTimeoutMs);

  const stats: ChatStats = {};
  let stream: AbortableAsyncIterator<ChatResponse> | undefined;
  let finished = false;
  try {
    if (request.signal?.aborted) return { end: 'cancelled', stats };
    stream = await client.chat({
      model: request.model,
      messages: request.messages,
      stream: true,
      keep_alive: request.keepAlive,
      ...(request.format !== undefined ? { format: request.format } : {}),
      options: {
        num_ctx: request.numCtx,
        ...(request.numPredict !== undefined ? { num_predict: request.numPredict } : {}),
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {})
      }
    });
    let doneReason: string | undefined;
    const callerSignal = request.signal;
    for await (const part of stream) {
      // Lines already buffered by ollama-js keep coming after an abort; stop at once instead.
      if (expired || callerSignal?.aborted) break;
      chunks++;
      if (!receivedAny) {
        receivedAny = true;
        clearTimeout(firstTokenTimer);
        firstTokenTimer = undefined;
        chunksSeen = chunks;
        quietSince = Date.now();
        idleTimer = setInterval(checkIdle, idleTickMs);
        totalTimer = setTimeout(() => expire('total'), request.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS);
        request.onFirstChunk?.();
      }
      const content = part.message?.content;
      if (content) request.onDelta(content);
      if (part.done) {
        doneReason = part.done_reason;
        stats.totalDurationNs = part.total_duration;
        stats.loadDurationNs = part.load_duration;
        stats.promptEvalCount = part.prompt_eval_count;
        stats.evalCount = part.eval_count;
      }
    }
    if (request.signal?.aborted) return { end: 'cancelled', stats };
    if (expired) throw deadlineError(expired, request);
    finished = true;
    return { end: doneReason === 'length' ? 'length' : 'done', doneReason, stats };
  } catch (error) {
    if (request.signal?.aborted) return { end: 'cancelled', stats };
    if (expired) throw deadlineError(expired, request);
    if (error instanceof Error && error.message === NO_DONE_MESSAGE) {
      finished = true;
      return { end: 'incomplete', stats };
    }
    const mapped = toLlmError(error, context, stream ? 'stream' : 'connect');
    // A socket dropped after text arrived is a stream that ended without `done`: keep the text.
    if (mapped.kind === 'connection-lost' && receivedAny) return { end: 'incomplete', stats };
    throw mapped;
  } finally {
    clearTimeout(firstTokenTimer);
    clearInterval(idleTimer);
    clearTimeout(totalTimer);
    // Ends the HTTP request so Ollama stops generating; a no-op after a complete stream.
    if (!finished) {
      stream?.abort();
      deadline.abort();
    }
  }
}

function deadlineError(kind: DeadlineKind, request: ChatStreamRequest): LlmError {
  const host = displayHost(request.host);
  if (kind === 'first-token') {
    const seconds = Math.round(request.firstTokenTimeoutMs / 1000);
    return new LlmError(
      'first-token-timeout',
      `Ollama at ${host} sent nothing for ${seconds} s while loading ${request.model}. Try again, or raise deliberate.ollama.firstTokenTimeoutSeconds for large models.`,
      ['retry', 'openSettings']
    );
  }
  if (kind === 'total') {
    const seconds = Math.round((request.totalTimeoutMs ?? DEFAULT_TOTAL_TIMEOUT_MS) / 1000);
    return new LlmError(
      'idle-timeout',
      `Ollama at ${host} kept sending for ${seconds} s without finishing the draft; stopped. Try again, or lower the length.`,
      ['retry']
    );
  }
  const seconds = Math.round(request.idleTimeoutMs / 1000);
  return new LlmError(
    'idle-timeout',
    `Ollama at ${host} stopped sending text for ${seconds} s. Try again, or raise deliberate.ollama.idleTimeoutSeconds.`,
    ['retry', 'openSettings']
  );
}
