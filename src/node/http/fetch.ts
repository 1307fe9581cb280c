/**
 * A safe GET for feeds on Node's fetch. rss-parser's parseURL re-sends headers across hosts,
 * ignores gzip and has no size limit, so this does the HTTP by hand:
 *  - one overall deadline for the whole exchange, all redirects included;
 *  - a byte cap enforced while streaming the (decompressed) body, so a gzip bomb stops too;
 *  - redirects followed manually (at most 5): only http(s), never https→http, and
 *    Authorization/Cookie are dropped as soon as the origin changes;
 *  - conditional GET with ETag / Last-Modified;
 *  - cancellation through an AbortSignal; aborting tears the connection down.
 * Userinfo in the URL becomes a Basic Authorization header (fetch refuses URLs with credentials).
 */

export const DEFAULT_DEADLINE_MS = 20_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface SafeFetchOptions {
  signal?: AbortSignal;
  deadlineMs?: number;
  maxBytes?: number;
  etag?: string;
  lastModified?: string;
  /** Extra request headers (e.g. Authorization); dropped on a cross-origin redirect. */
  headers?: Record<string, string>;
}

export type SafeFetchResult =
  | { notModified: true; url: string; etag?: string; lastModified?: string }
  | { notModified: false; url: string; bytes: Uint8Array; contentType?: string; etag?: string; lastModified?: string };

export type HttpErrorKind = 'status' | 'timeout' | 'too-large' | 'redirect' | 'scheme' | 'network' | 'cancelled';

/** A one-line, token-free explanation; `kind` lets callers react (e.g. 'cancelled'). */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly kind: HttpErrorKind,
    readonly status?: number
  ) {
    super(message);
  }
}

const SENSITIVE = ['authorization', 'cookie', 'proxy-authorization'];
const STATUS_HINTS: Record<number, string> = {
  401: ' (the feed needs credentials; add it again with a token URL)',
  403: ' (access denied; the token may be missing or expired)',
  404: ' (check the URL)',
  410: ' (the feed was removed)',
  429: ' (rate limited; try again later)'
};

export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deadlineMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();

  const failure = (error: unknown): HttpError => {
    if (error instanceof HttpError) return error;
    if (timedOut) {
      return new HttpError(
        `no complete answer within ${deadlineMs >= 1000 ? `${Math.round(deadlineMs / 1000)} s` : `${deadlineMs} ms`}`,
        'timeout'
      );
    }
    if (options.signal?.aborted) return new HttpError('cancelled', 'cancelled');
    return new HttpError(`network error: ${describeNetworkError(error)}`, 'network');
  };

  try {
    let current = parseHttpUrl(url);
    const headers: Record<string, string> = {
      accept:
        'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'Deliberate (VS Code extension)',
      ...options.headers
    };
    if (current.username || current.password) {
      headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(current.username)}:${decodeURIComponent(current.password)}`).toString('base64')}`;
      current = withoutUserinfo(current);
    }
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const firstOrigin = current.origin;

    for (let hop = 0; ; hop++) {
      const response = await fetch(current, { method: 'GET', redirect: 'manual', headers, signal: controller.signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) {
          throw new HttpError(
            `HTTP ${response.status} redirect without a Location header`,
            'redirect',
            response.status
          );
        }
        if (hop >= MAX_REDIRECTS) {
          throw new HttpError(
            `too many redirects (more than ${MAX_REDIRECTS}); is there a redirect loop?`,
            'redirect',
            response.status
          );
        }
        const next = new URL(location, current);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new HttpError(
            `refused a redirect to a ${next.protocol.replace(/:$/, '')}: URL; only http(s) is followed`,
            'scheme'
          );
        }
        if (current.protocol === 'https:' && next.protocol === 'http:') {
          throw new HttpError('refused a redirect from https to plain http', 'scheme');
        }
        if (next.origin !== firstOrigin || next.username || next.password) {
          for (const name of SENSITIVE) delete headers[name];
        }
        current = withoutUserinfo(next);
        continue;
      }
      const meta = {
        url: current.href,
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined
      };
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { notModified: true, ...meta };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        const text = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        throw new HttpError(
          text + (STATUS_HINTS[response.status] ?? (response.status >= 500 ? ' (server error; try again later)' : '')),
          'status',
          response.status
        );
      }
      const declared = Number(response.headers.get('content-length'));
      // Compressed bodies may expand; the streaming check below is what really bounds them.
      if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new HttpError(`the feed is larger than ${formatBytes(maxBytes)}`, 'too-large');
      }
      const bytes = await readCapped(response, maxBytes, controller);
      return { notModified: false, bytes, contentType: response.headers.get('content-type') ?? undefined, ...meta };
    }
  } catch (error) {
    controller.abort();
    throw failure(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Abort the request, not only the reader, so the socket is destroyed rather than drained.
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw new HttpError(`the feed is larger than ${formatBytes(maxBytes)}; stopped reading`, 'too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HttpError('not a valid URL', 'scheme');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new HttpError(`only http(s) URLs can be fetched, not ${parsed.protocol}`, 'scheme');
  }
  return parsed;
}

function withoutUserinfo(url: URL): URL {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  return copy;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if ((code && code.startsWith('ERR_TLS')) || /certificate/i.test(cause?.message ?? '')) {
    return 'TLS/certificate problem';
  }
  return (cause?.message ?? (error instanceof Error ? error.message : String(error))).split('\n')[0].slice(0, 200);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
