/**
 * Installed models (`/api/tags`), pulling (`/api/pull`) and a cheap liveness probe
 * (`/api/version`), all through the same client factory and error mapping as drafting.
 */
import type { AbortableAsyncIterator, ModelResponse, ProgressResponse } from 'ollama';
import { createOllamaClient, type FetchLike } from './client';
import { LlmError, toLlmError } from '../../core/llm/errors';

export interface ModelInfo {
  name: string;
  sizeBytes: number;
  family: string;
  parameterSize: string;
  quantization: string;
  modifiedAt?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: FetchLike;
}

function signalsFor(options: RequestOptions): AbortSignal[] {
  const signals: AbortSignal[] = [];
  if (options.signal) signals.push(options.signal);
  if (options.timeoutMs) signals.push(AbortSignal.timeout(options.timeoutMs));
  return signals;
}

function timeoutAware(error: unknown, host: string, options: RequestOptions): LlmError {
  if (options.signal?.aborted === false && (error as { name?: string } | null)?.name === 'TimeoutError') {
    return new LlmError(
      'not-running',
      `Ollama at ${host} did not answer within ${Math.round((options.timeoutMs ?? 0) / 1000)} s.`,
      ['retry', 'openSettings']
    );
  }
  return toLlmError(error, { host, model: '' }, 'connect');
}

export async function listModels(host: string, options: RequestOptions = {}): Promise<ModelInfo[]> {
  const client = createOllamaClient(host, signalsFor(options), options.fetch);
  try {
    const response = await client.list();
    const models: ModelResponse[] = Array.isArray(response?.models) ? response.models : [];
    return models
      .filter((model) => typeof model?.name === 'string')
      .map((model) => ({
        name: model.name,
        sizeBytes: Number(model.size) || 0,
        family: model.details?.family ?? '',
        parameterSize: model.details?.parameter_size ?? '',
        quantization: model.details?.quantization_level ?? '',
        modifiedAt: model.modified_at ? String(model.modified_at) : undefined
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    throw timeoutAware(error, host, options);
  }
}

/** The server's version, or an LlmError saying why it did not answer. */
export async function serverVersion(host: string, options: RequestOptions = {}): Promise<string> {
  const client = createOllamaClient(host, signalsFor(options), options.fetch);
  try {
    const response = await client.version();
    return typeof response?.version === 'string' ? response.version : 'unknown';
  } catch (error) {
    throw timeoutAware(error, host, options);
  }
}

/** `llama3.2` and `llama3.2:latest` name the same model. */
export function sameModel(a: string, b: string): boolean {
  const tag = (name: string) => (name.includes(':') ? name : `${name}:latest`);
  return tag(a.trim()) === tag(b.trim());
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

export interface PullProgress {
  status: string;
  /** 0–100 over every layer announced so far; undefined before any layer has a size. */
  percent?: number;
}

/**
 * Tracks `/api/pull` progress. Ollama reports each layer (digest) separately with its own
 * `completed`/`total`; the overall percentage is the sum over layers, kept monotonic because a
 * newly announced layer would otherwise make the bar jump back.
 */
export class PullProgressTracker {
  private readonly layers = new Map<string, { total: number; completed: number }>();
  private best = 0;

  update(part: { status?: string; digest?: string; total?: number; completed?: number }): PullProgress {
    if (part.digest && typeof part.total === 'number' && part.total > 0) {
      this.layers.set(part.digest, { total: part.total, completed: Math.min(part.completed ?? 0, part.total) });
    }
    let total = 0;
    let completed = 0;
    for (const layer of this.layers.values()) {
      total += layer.total;
      completed += layer.completed;
    }
    if (part.status === 'success') this.best = 100;
    else if (total > 0) this.best = Math.max(this.best, Math.floor((completed / total) * 100));
    return { status: part.status ?? '', percent: total > 0 || part.status === 'success' ? this.best : undefined };
  }
}

/** Pulls `model`, reporting progress; resolves on `success`, throws LlmError otherwise, returns false if cancelled. */
export async function pullModel(
  host: string,
  model: string,
  onProgress: (progress: PullProgress) => void,
  options: RequestOptions = {}
): Promise<boolean> {
  const client = createOllamaClient(host, signalsFor(options), options.fetch);
  const tracker = new PullProgressTracker();
  let stream: AbortableAsyncIterator<ProgressResponse> | undefined;
  let succeeded = false;
  try {
    stream = await client.pull({ model, stream: true });
    for await (const part of stream) {
      onProgress(tracker.update(part));
      if (part.status === 'success') succeeded = true;
    }
    return succeeded;
  } catch (error) {
    if (options.signal?.aborted) return false;
    const mapped = toLlmError(error, { host, model }, stream ? 'stream' : 'connect');
    if (mapped.kind === 'mid-stream') {
      throw new LlmError(
        'server',
        `Couldn't pull ${model}: ${mapped.message.replace(/^Ollama stopped mid-draft: /, '')}`,
        ['retry']
      );
    }
    throw mapped;
  } finally {
    if (!succeeded) stream?.abort();
  }
}
