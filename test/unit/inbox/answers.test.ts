/**
 * Answers are the user's words and are saved back on any edit, so the sidebar must never clip
 * one silently (the old 20,000-character clip + "…" lost the tail of long answers).
 */
import * as assert from 'node:assert/strict';
import type { ConnectionEvent } from '../../../src/core/types';
import type { JournalPerson } from '../../../src/services';
import {
  MAX_ANSWER,
  MAX_TEXT,
  MAX_WEBVIEW_MESSAGE_CHARS,
  parseHostMessage,
  parseWebviewMessage
} from '../../../src/shared/protocol';
import { buildDetail } from '../../../src/sidebar/detail';
import { buildSnapshot } from '../../../src/sidebar/snapshot';

function journalPerson(answers: Record<number, string>): JournalPerson {
  return { id: 'id:ada', name: 'Ada Lovelace', status: 'new', tags: [], answers, log: [], line: 0 };
}

function detailOf(answers: Record<number, string>) {
  const snap = buildSnapshot([] as ConnectionEvent[], [journalPerson(answers)], { threshold: 10, windowMinutes: 60 });
  return buildDetail('id:ada', snap.byId.get('id:ada')!);
}

describe('sidebar answers: no silent clipping', () => {
  it('raises the answer cap well above the old 20,000 characters', () => {
    assert.ok(MAX_ANSWER >= 10 * MAX_TEXT);
  });

  it('sends an answer longer than MAX_TEXT in full, unflagged, and the host message validates', () => {
    const long = `${'Deliberate. '.repeat(5_000)}THE TAIL`; // ~60,000 chars
    assert.ok(long.length > MAX_TEXT);
    const detail = detailOf({ 2: long });
    assert.equal(detail.answers[2], long, 'not clipped');
    assert.equal(detail.answersTooLong, undefined);
    const parsed = parseHostMessage({ type: 'detail', detail });
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.equal(parsed.message.type === 'detail' && parsed.message.detail?.answers[2], long);
  });

  it('flags an answer longer than MAX_ANSWER instead of passing its start off as the whole', () => {
    const huge = 'x'.repeat(MAX_ANSWER + 10);
    const detail = detailOf({ 0: 'short', 5: huge });
    assert.deepEqual(detail.answersTooLong, [5]);
    assert.equal(detail.answers[5].length, MAX_ANSWER);
    assert.ok(!detail.answers[5].endsWith('…'));
    assert.equal(detail.answers[0], 'short');
    assert.ok(parseHostMessage({ type: 'detail', detail }).ok);
  });

  it('accepts a saveAnswer of MAX_ANSWER characters, even if every one is JSON-escaped, and rejects a longer one', () => {
    const plain = parseWebviewMessage({ type: 'saveAnswer', id: 'a', index: 3, text: 'y'.repeat(MAX_ANSWER) });
    assert.ok(plain.ok, plain.ok ? '' : plain.reason);
    assert.equal(plain.message.type === 'saveAnswer' && plain.message.text.length, MAX_ANSWER);
    const escaped = parseWebviewMessage({ type: 'saveAnswer', id: 'a', index: 3, text: '\u0001'.repeat(MAX_ANSWER) });
    assert.ok(escaped.ok, escaped.ok ? '' : escaped.reason);
    assert.equal(
      parseWebviewMessage({ type: 'saveAnswer', id: 'a', index: 3, text: 'y'.repeat(MAX_ANSWER + 1) }).ok,
      false
    );
    assert.equal(
      parseWebviewMessage({ type: 'draftCopy', text: 'x'.repeat(MAX_WEBVIEW_MESSAGE_CHARS) }).ok,
      false,
      'the size check still applies'
    );
  });
});
