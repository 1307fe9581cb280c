import assert from 'node:assert/strict';
import { MessageFieldExtractor, parseStructuredDraft } from '../../../src/core/drafting/structured';

function extractAll(chunks: string[]): { text: string; extractor: MessageFieldExtractor } {
  const extractor = new MessageFieldExtractor();
  let text = '';
  for (const chunk of chunks) text += extractor.push(chunk);
  return { text, extractor };
}

describe('grounding: structured output', () => {
  const message = 'Hi "Ada",\nthanks — \u00e9t\u00e9 👋 \\ done';
  const json = JSON.stringify({ facts_used: ['name', 'x"y'], message, extra: { message: 'no' } });
  const escaped = JSON.stringify({ message: 'caf\u00e9 👋' }).replace('é', '\\u00e9').replace('👋', '\\ud83d\\udc4b');

  it('streams the decoded message at every chunk boundary, escapes and \\u included', () => {
    for (const source of [json, escaped]) {
      const expected = JSON.parse(source).message as string;
      for (let size = 1; size <= 7; size++) {
        const chunks: string[] = [];
        for (let i = 0; i < source.length; i += size) chunks.push(source.slice(i, i + size));
        const { text, extractor } = extractAll(chunks);
        assert.equal(text, expected, `chunk size ${size}`);
        assert.equal(extractor.messageComplete, true);
        assert.equal(extractor.looksLikeJson, true);
      }
    }
  });

  it('ignores a nested "message" key and a "message" string value', () => {
    const { text } = extractAll([JSON.stringify({ a: { message: 'inner' }, b: 'message', message: 'outer' })]);
    assert.equal(text, 'outer');
  });

  it('says when the output is prose instead of JSON', () => {
    const { text, extractor } = extractAll(['  Hi Ada', ', hello']);
    assert.equal(text, '');
    assert.equal(extractor.looksLikeJson, false);
  });

  it('keeps what arrived when the stream breaks mid-message', () => {
    const { text, extractor } = extractAll(['{"message": "Hi Ad']);
    assert.equal(text, 'Hi Ad');
    assert.equal(extractor.messageComplete, false);
  });

  it('parses the whole reply and reports invalid JSON or a missing message', () => {
    assert.deepEqual(parseStructuredDraft('{"message":"Hi","facts_used":["name","[a7]","name",3]}'), {
      ok: true,
      message: 'Hi',
      factsUsed: ['name', 'a7']
    });
    assert.deepEqual(parseStructuredDraft('{"message":"Hi"'), { ok: false, reason: 'invalid-json' });
    assert.deepEqual(parseStructuredDraft('[1]'), { ok: false, reason: 'invalid-json' });
    assert.deepEqual(parseStructuredDraft('{"text":"Hi"}'), { ok: false, reason: 'missing-message' });
  });
});
