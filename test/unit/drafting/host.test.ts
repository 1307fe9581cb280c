import assert from 'node:assert/strict';
import {
  displayHost,
  InvalidHostError,
  isLocalHost,
  normaliseHost,
  DEFAULT_OLLAMA_HOST
} from '../../../src/core/llm/host';
import { contextSizeFor, estimateTokens } from '../../../src/core/llm/tokens';

describe('drafting: Ollama host normalisation', () => {
  const cases: Array<[string, string]> = [
    ['', DEFAULT_OLLAMA_HOST],
    ['   ', DEFAULT_OLLAMA_HOST],
    ['localhost:11434', 'http://localhost:11434'],
    ['127.0.0.1', 'http://127.0.0.1:11434'],
    [':11500', 'http://127.0.0.1:11500'],
    ['gpu-box:8080/', 'http://gpu-box:8080'],
    ['http://127.0.0.1:11434/', 'http://127.0.0.1:11434'],
    ['http://127.0.0.1:11434/api', 'http://127.0.0.1:11434'],
    ['http://127.0.0.1:11434/api/', 'http://127.0.0.1:11434'],
    ['https://proxy.example.com/ollama/api//', 'https://proxy.example.com/ollama'],
    ['HTTPS://Proxy.Example.com:8443', 'https://proxy.example.com:8443'],
    ['http://[::1]:11434/api', 'http://[::1]:11434'],
    ['http://user:secret@box:11434', 'http://user:secret@box:11434']
  ];
  for (const [input, expected] of cases) {
    it(`"${input}" → ${expected}`, () => assert.equal(normaliseHost(input), expected));
  }

  it('rejects non-http schemes and garbage with an actionable message', () => {
    assert.throws(
      () => normaliseHost('ftp://box:21'),
      (error: unknown) => error instanceof InvalidHostError && /http or https/.test(error.message)
    );
    assert.throws(() => normaliseHost('http://exa mple:1'), InvalidHostError);
  });

  it('never shows credentials in messages', () => {
    assert.equal(displayHost('http://user:secret@box:11434'), 'http://box:11434');
  });

  it('knows which hosts are loopback', () => {
    for (const host of [
      'http://127.0.0.1:11434',
      'http://localhost:1',
      'http://[::1]:11434',
      'http://127.1.2.3:9',
      'http://0.0.0.0:11434'
    ]) {
      assert.equal(isLocalHost(host), true, host);
    }
    for (const host of [
      'http://gpu-box:11434',
      'https://ollama.example.com',
      'http://10.0.0.5:11434',
      'http://127.0.0.1.evil.com:1'
    ]) {
      assert.equal(isLocalHost(host), false, host);
    }
  });
});

describe('drafting: context sizing', () => {
  it('over-estimates tokens for ASCII and counts non-ASCII densely', () => {
    assert.equal(estimateTokens('abcdef'), 2);
    assert.equal(estimateTokens('日本語'), 3);
    assert.ok(estimateTokens('word '.repeat(1000)) >= 5000 / 4);
  });

  it('never goes below 4096 and always leaves room for the answer', () => {
    assert.equal(contextSizeFor(10, 200), 4096);
    const big = contextSizeFor(9000, 700);
    assert.ok(big >= 9000 + 700, String(big));
    assert.equal(big % 1024, 0);
    assert.equal(contextSizeFor(10_000_000, 700), 131072);
  });
});
