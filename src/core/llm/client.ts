/**
 * ollama-js client construction. ollama-js makes its own AbortController per streamed request
 * and only hands it to fetch, so a caller cannot cancel while Ollama is still loading the model
 * (no iterator exists before the response headers arrive). We therefore build the client with
 * an injected fetch that also listens to the caller's signals.
 */
import { Ollama } from 'ollama';

export type FetchLike = typeof fetch;

/** Aborting any of `signals` aborts every request this fetch makes. */
export function fetchWithSignals(signals: readonly AbortSignal[], baseFetch: FetchLike = fetch): FetchLike {
  return (input, init) => {
    const all = init?.signal ? [...signals, init.signal] : signals;
    return baseFetch(input, { ...init, signal: all.length === 1 ? all[0] : AbortSignal.any([...all]) });
  };
}

/**
 * One client per configuration: the host plus the signals that end its requests. Never the
 * `ollama` default export, whose host comes from the environment and is shared process-wide.
 */
export function createOllamaClient(host: string, signals: readonly AbortSignal[] = [], baseFetch?: FetchLike): Ollama {
  return new Ollama({ host, fetch: signals.length || baseFetch ? fetchWithSignals(signals, baseFetch) : undefined });
}
