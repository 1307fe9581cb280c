/**
 * What the Ollama host sends is untrusted: a proxy's HTML login page with status 200, a line
 * that never ends, a stream that never stops. Every response ollama-js reads passes this guard:
 * an HTML answer is reported as "not Ollama", and the body is cut (with a clear LlmError) when a
 * single NDJSON line or the whole body grows past its cap, so memory stays bounded.
 */
import { LlmError } from '../../core/llm/errors';
import { displayHost } from '../../core/llm/host';
import type { FetchLike } from './client';

/** Longest NDJSON line: a streamed chunk is a few hundred bytes; ollama-js re-splits its buffer per chunk, so keep this small. */
export const MAX_LINE_BYTES = 1024 * 1024;
/** Largest body: far more than any draft or model list (a JSON answer such as /api/tags is one line up to this). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface GuardLimits {
  maxLineBytes?: number;
  maxBodyBytes?: number;
}

export function guardOllamaFetch(host: string, baseFetch: FetchLike, limits: GuardLimits = {}): FetchLike {
  const maxLine = limits.maxLineBytes ?? MAX_LINE_BYTES;
  const maxBody = limits.maxBodyBytes ?? MAX_BODY_BYTES;
  const shown = displayHost(host);
  return async (input, init) => {
    const response = await baseFetch(input, init);
    const type = response.headers.get('content-type') ?? '';
    if (/\bhtml\b/i.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      throw new LlmError(
        'bad-response',
        `${shown} did not answer as Ollama does (it sent an HTML page${response.ok ? '' : ` with status ${response.status}`}, perhaps a proxy or login page). Check deliberate.ollama.host.`,
        ['openSettings'],
        response.status
      );
    }
    if (!response.body) return response;
    const lineCap = /\bndjson\b/i.test(type) || !/\bjson\b/i.test(type) ? maxLine : maxBody;
    let total = 0;
    /** Bytes of the line not yet ended by a newline. */
    let current = 0;
    const fail = (controller: TransformStreamDefaultController<Uint8Array>, what: 'line' | 'body') =>
      controller.error(
        new LlmError(
          'bad-response',
          `${shown} sent ${what === 'line' ? 'a line longer than' : 'more than'} ${Math.round((what === 'line' ? lineCap : maxBody) / 1024 / 1024)} MB; that is not an Ollama answer. Stopped reading.`,
          ['retry', 'openSettings']
        )
      );
    const capped = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          total += chunk.length;
          if (total > maxBody) return fail(controller, 'body');
          let segmentStart = 0;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
            if (current + i - segmentStart > lineCap) return fail(controller, 'line');
            current = 0;
            segmentStart = i + 1;
          }
          current += chunk.length - segmentStart;
          if (current > lineCap) return fail(controller, 'line');
          controller.enqueue(chunk);
        }
      })
    );
    return new Response(capped, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    });
  };
}
