/**
 * One draft from prompt to text, shared by the VS Code service and the CLI. Per chunk it adds
 * only the think-block check (one comparison once decided) and the forward, so the benchmark's
 * 1.1× budget over a bare ollama-js loop is spent almost entirely inside ollama-js itself.
 * Errors propagate as LlmError; text delivered before an error is the caller's to keep.
 */
import { streamChat, type ChatResult } from '../llm/chat';
import type { FetchLike } from '../llm/client';
import type { DraftPrompt } from '../../core/drafting/prompt';
import { ThinkFilter } from '../../core/drafting/thinkFilter';
import { cleanModelOutput } from '../../core/drafting/sanitize';

export interface DraftRunSettings {
  host: string;
  model: string;
  keepAlive?: string | number;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  temperature?: number;
  fetch?: FetchLike;
}

export interface DraftRunCallbacks {
  signal?: AbortSignal;
  onDelta(content: string): void;
  onFirstChunk?(): void;
}

/**
 * Bound once: a module-namespace lookup per chunk is not free under CommonJS transpilation
 * (an export getter call), and this runs for every token.
 */
const cleanOutput = cleanModelOutput;

export async function runDraft(
  prompt: DraftPrompt,
  settings: DraftRunSettings,
  callbacks: DraftRunCallbacks
): Promise<ChatResult> {
  const thinking = new ThinkFilter();
  const onDelta = callbacks.onDelta;
  const result = await streamChat({
    host: settings.host,
    model: settings.model,
    messages: prompt.messages,
    numCtx: prompt.numCtx,
    numPredict: prompt.numPredict,
    temperature: settings.temperature ?? 0.7,
    keepAlive: settings.keepAlive,
    signal: callbacks.signal,
    firstTokenTimeoutMs: settings.firstTokenTimeoutMs,
    idleTimeoutMs: settings.idleTimeoutMs,
    onDelta: (delta) => {
      const text = thinking.push(cleanOutput(delta));
      if (text) onDelta(text);
    },
    onFirstChunk: callbacks.onFirstChunk,
    fetch: settings.fetch
  });
  const rest = thinking.flush();
  if (rest) onDelta(rest);
  return result;
}

/** `"0"`, `"-1"` and plain numbers mean seconds to Ollama; durations like `5m` pass through; blank means Ollama's default. */
export function keepAliveValue(raw: unknown): string | number | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const text = raw.trim();
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** Reads timeouts the way the settings describe them: seconds, with a floor against typos like 0. */
export function secondsToMs(value: unknown, fallbackSeconds: number, minimumSeconds = 5): number {
  const seconds = typeof value === 'number' && Number.isFinite(value) ? value : fallbackSeconds;
  return Math.max(minimumSeconds, seconds) * 1000;
}
