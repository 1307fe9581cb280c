import assert from 'node:assert/strict';
import { LlmError, networkCodes, NO_DONE_MESSAGE, toLlmError } from '../../../src/core/llm/errors';

const context = { host: 'http://127.0.0.1:11434', model: 'llama3.2' };

function fetchFailed(cause: unknown): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause });
}

describe('drafting: error mapping', () => {
  it('matches ResponseError by name, not instanceof (a second ollama-js copy in a bundle)', () => {
    const foreign = Object.assign(new Error('model "gemma3" not found, try pulling it first'), {
      name: 'ResponseError',
      error: 'model "gemma3" not found, try pulling it first',
      status_code: 404
    });
    const mapped = toLlmError(foreign, context, 'connect');
    assert.equal(mapped.kind, 'model-missing');
    assert.equal(mapped.message, "Model gemma3 isn't installed. Run `ollama pull gemma3`.");
  });

  it('uses the configured model when a 404 says "not found" without a name', () => {
    const mapped = toLlmError({ name: 'ResponseError', error: 'not found', status_code: 404 }, context, 'connect');
    assert.equal(mapped.message, "Model llama3.2 isn't installed. Run `ollama pull llama3.2`.");
  });

  it('says a bare 404 means the host is not Ollama', () => {
    const mapped = toLlmError(
      { name: 'ResponseError', error: '404 page not found', status_code: 404 },
      context,
      'connect'
    );
    assert.equal(mapped.kind, 'server');
    assert.match(mapped.message, /doesn't look like an Ollama server/);
  });

  it('maps ECONNREFUSED wrapped in an AggregateError (localhost on ::1 and 127.0.0.1)', () => {
    const aggregate = Object.assign(
      new AggregateError([
        Object.assign(new Error('connect ECONNREFUSED ::1:11434'), { code: 'ECONNREFUSED' }),
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), { code: 'ECONNREFUSED' })
      ]),
      { code: 'ECONNREFUSED' }
    );
    const error = fetchFailed(aggregate);
    assert.deepEqual([...networkCodes(error)], ['ECONNREFUSED']);
    const mapped = toLlmError(error, { ...context, host: 'http://localhost:11434' }, 'connect');
    assert.equal(
      mapped.message,
      "Ollama isn't running at http://localhost:11434. Start it with `ollama serve` (or open the Ollama app)."
    );
    assert.deepEqual(mapped.actions, ['retry', 'openSettings']);
  });

  it('never surfaces the bare "fetch failed" of an undici headers timeout', () => {
    const mapped = toLlmError(
      fetchFailed(Object.assign(new Error('Headers Timeout Error'), { code: 'UND_ERR_HEADERS_TIMEOUT' })),
      context,
      'connect'
    );
    assert.equal(mapped.kind, 'first-token-timeout');
    assert.doesNotMatch(mapped.message, /fetch failed/);
  });

  it('maps a body timeout to the idle message', () => {
    const mapped = toLlmError(
      fetchFailed(Object.assign(new Error('Body Timeout Error'), { code: 'UND_ERR_BODY_TIMEOUT' })),
      context,
      'stream'
    );
    assert.equal(mapped.kind, 'idle-timeout');
  });

  it('maps an unknown host', () => {
    const mapped = toLlmError(
      fetchFailed(Object.assign(new Error('getaddrinfo ENOTFOUND gpu-box'), { code: 'ENOTFOUND' })),
      { ...context, host: 'http://gpu-box:11434' },
      'connect'
    );
    assert.equal(mapped.kind, 'host-not-found');
    assert.match(mapped.message, /gpu-box/);
  });

  it('maps a reset connection and "terminated" to connection-lost', () => {
    assert.equal(
      toLlmError(fetchFailed(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })), context, 'connect')
        .kind,
      'connection-lost'
    );
    assert.equal(toLlmError(new TypeError('terminated'), context, 'stream').kind, 'connection-lost');
  });

  it('maps a fetch failure with no known code to a readable message that is not "fetch failed"', () => {
    const mapped = toLlmError(fetchFailed(new Error('something odd')), context, 'connect');
    assert.doesNotMatch(mapped.message, /^fetch failed$/);
    assert.match(mapped.message, /Couldn't reach Ollama at http:\/\/127\.0\.0\.1:11434/);
  });

  it('maps a missing done to connection-lost when it is not handled as incomplete', () => {
    assert.equal(toLlmError(new Error(NO_DONE_MESSAGE), context, 'stream').kind, 'connection-lost');
  });

  it('maps a mid-stream error line, and a mid-stream "not found" to the pull suggestion', () => {
    assert.equal(
      toLlmError(new Error('an unknown error was encountered while running the model'), context, 'stream').kind,
      'mid-stream'
    );
    assert.equal(
      toLlmError(new Error("model 'x' not found, try pulling it first"), context, 'stream').kind,
      'model-missing'
    );
  });

  it('maps 503 and server busy text to busy', () => {
    assert.equal(
      toLlmError(
        {
          name: 'ResponseError',
          error: 'server busy, please try again.  maximum pending requests exceeded',
          status_code: 503
        },
        context,
        'connect'
      ).kind,
      'busy'
    );
  });

  it('keeps server text to one bounded line', () => {
    const mapped = toLlmError(
      { name: 'ResponseError', error: `boom\n${'x'.repeat(1000)}`, status_code: 500 },
      context,
      'connect'
    );
    assert.doesNotMatch(mapped.message, /\n/);
    assert.ok(mapped.message.length < 320);
  });

  it('passes LlmErrors through untouched', () => {
    const original = new LlmError('busy', 'busy now');
    assert.equal(toLlmError(original, context, 'stream'), original);
  });
});
