import assert from 'node:assert/strict';
import { ThinkFilter } from '../../../src/core/drafting/thinkFilter';
import { keepAliveValue, runDraft, secondsToMs } from '../../../src/node/drafting/run';
import { cleanModelOutput, mayHideText } from '../../../src/core/drafting/sanitize';
import { buildDraftPrompt } from '../../../src/core/drafting/prompt';
import { startFakeOllama } from '../../support/fakeOllama';

function run(chunks: string[]): string {
  const filter = new ThinkFilter();
  let out = '';
  for (const chunk of chunks) out += filter.push(chunk);
  return out + filter.flush();
}

describe('drafting: think-block filter', () => {
  it('drops a leading <think> block split across chunks', () => {
    assert.equal(
      run(['<thi', 'nk>plan: be warm', '</th', 'ink>\n\nHello Ada', ', how can I help?']),
      'Hello Ada, how can I help?'
    );
  });

  it('passes ordinary text untouched, including text that only starts like a tag', () => {
    assert.equal(run(['Hello ', 'Ada']), 'Hello Ada');
    assert.equal(run(['<', 'b>hi']), '<b>hi');
    assert.equal(run(['<th']), '<th');
  });

  it('keeps a later <think> (only a leading block is reasoning)', () => {
    assert.equal(run(['Hi <think>x</think>']), 'Hi <think>x</think>');
  });

  it('yields nothing for an unfinished think block', () => {
    assert.equal(run(['<think>still thinking']), '');
  });

  it('is applied by runDraft to a real stream', async () => {
    const fake = await startFakeOllama({ reply: '<think> The user wants a note. </think> Hello Ada, how can I help?' });
    try {
      let text = '';
      const prompt = buildDraftPrompt({
        person: { person: 'Ada', via: null, link: null, source: '', headline: '' },
        kind: 'note'
      });
      const result = await runDraft(
        prompt,
        { host: fake.url, model: 'llama3.2', firstTokenTimeoutMs: 5000, idleTimeoutMs: 5000 },
        {
          onDelta: (d) => {
            text += d;
          }
        }
      );
      assert.equal(result.end, 'done');
      assert.equal(text, 'Hello Ada, how can I help?');
    } finally {
      await fake.close();
    }
  });
});

describe('drafting: model output and settings hygiene', () => {
  it('drops bidi overrides, controls and tag characters from model output but keeps emoji joiners', () => {
    assert.equal(cleanModelOutput('Hi \u202Eevil\u202C there\u0007'), 'Hi evil there');
    assert.equal(cleanModelOutput('tag' + String.fromCodePoint(0xe0041)), 'tag');
    assert.equal(cleanModelOutput('family 👨\u200D👩\u200D👧\nnext\tline'), 'family 👨\u200D👩\u200D👧\nnext\tline');
    const clean = 'plain text';
    assert.equal(cleanModelOutput(clean), clean);
  });

  it('skips the regex only for chunks that cannot hold an unsafe character', () => {
    for (const safe of ['', 'Hello, Ada!', 'a\tb\r\nc', ' ~<think>{}[]|`']) {
      assert.equal(mayHideText(safe), false, JSON.stringify(safe));
    }
    for (const suspect of [
      '\u0000',
      'a\u0007',
      '\u000b',
      '\u001f',
      '\u007f',
      'caf\u00e9',
      '\u0085',
      '\u202e',
      '\u{e0041}',
      '👋'
    ]) {
      assert.equal(mayHideText(suspect), true, JSON.stringify(suspect));
    }
    // Whatever the shortcut decides, the result is the full rule's.
    assert.equal(cleanModelOutput('x\u007fy\u0085z\u200ew'), 'xyzw');
    assert.equal(cleanModelOutput('café ok'), 'café ok');
  });

  it('reads keep_alive and timeouts the way the settings describe them', () => {
    assert.equal(keepAliveValue('5m'), '5m');
    assert.equal(keepAliveValue('0'), 0);
    assert.equal(keepAliveValue('-1'), -1);
    assert.equal(keepAliveValue(' '), undefined);
    assert.equal(keepAliveValue(30), 30);
    assert.equal(secondsToMs(300, 60), 300_000);
    assert.equal(secondsToMs(undefined, 60), 60_000);
    assert.equal(secondsToMs(0, 60), 5_000);
  });
});
