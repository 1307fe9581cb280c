/**
 * ollama-js client construction. ollama-js makes its own AbortController per streamed request
 * and only hands it to fetch, so a caller cannot cancel while Ollama is still loading the model
 * (no iterator exists before the response headers arrive). We therefore build the client with
 * an injected fetch that also listens to the caller's signals.
 */
import { Ollama } from 'ollama';
import { guardOllamaFetch } from './guard';

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
  const { host: bareHost, authorization } = splitCredentials(host);
  let clientFetch = signals.length || baseFetch ? fetchWithSignals(signals, baseFetch) : fetch;
  if (authorization) clientFetch = fetchWithAuthorization(authorization, clientFetch);
  // Caps on what the host may send, and "not Ollama" for an HTML page (see guard.ts).
  return new Ollama({ host: bareHost, fetch: guardOllamaFetch(bareHost, clientFetch) });
}

/**
 * `http://user:pass@proxy:11434` is how people put Ollama behind an authenticating proxy, but
 * fetch refuses URLs that carry credentials. Move them into a Basic Authorization header.
 */
export function splitCredentials(host: string): { host: string; authorization?: string } {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    return { host };
  }
  if (!url.username && !url.password) return { host };
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  return {
    host: url.toString().replace(/\/$/, ''),
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  };
}

function fetchWithAuthorization(authorization: string, baseFetch: FetchLike): FetchLike {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (!headers.has('authorization')) headers.set('authorization', authorization);
    return baseFetch(input, { ...init, headers });
  };
}
