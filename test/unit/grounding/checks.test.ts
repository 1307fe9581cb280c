import assert from 'node:assert/strict';
import { buildCard } from '../../../src/core/grounding/card';
import { checkDraft, type CheckInput } from '../../../src/core/drafting/checks';
import { draftOutcome } from '../../../src/core/grounding/outcome';

const card = buildCard({
  name: 'Ada Lovelace',
  headline: 'Analyst at Engines Ltd',
  answers: { 6: 'Share my notes on loops' },
  sharedConnections: ['Charles Babbage']
});
const withLog = buildCard({ name: 'Ada Lovelace', log: [{ date: '2026-11-03', text: 'Met at the meetup' }] });

function codes(text: string, extra: Partial<CheckInput> = {}): string[] {
  return checkDraft({ text, kind: 'message', card, factsUsed: ['name'], ...extra }).map((f) => f.code);
}

function spanOf(text: string, code: string, extra: Partial<CheckInput> = {}): string {
  const found = checkDraft({ text, kind: 'message', card, factsUsed: [], ...extra }).find((f) => f.code === code);
  assert.ok(found, `no ${code} finding`);
  return text.slice(found.start, found.end);
}

const CLEAN = 'Hi Ada, thanks for connecting. I keep notes on loops in analytical engines; want me to send them over?';

describe('grounding: draft checks', () => {
  it('finds nothing in a clean, grounded draft', () => {
    assert.deepEqual(checkDraft({ text: CLEAN, kind: 'message', card, factsUsed: ['name', 'a7'] }), []);
  });

  it('note length: 300 by default, 200 with the free-account setting; the span is the overflow', () => {
    const text = 'a'.repeat(250);
    assert.deepEqual(codes(text, { kind: 'note' }), []);
    assert.deepEqual(codes(text, { kind: 'note', noteLimit: 200 }), ['too-long']);
    assert.equal(spanOf(text, 'too-long', { kind: 'note', noteLimit: 200 }).length, 50);
    assert.deepEqual(codes('b'.repeat(301), { kind: 'note' }), ['too-long']);
  });

  it('a message over 1,200 characters and 10,000 characters are flagged, not cut', () => {
    const findings = checkDraft({ text: 'word '.repeat(2000), kind: 'message', card, factsUsed: [] });
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity]),
      [['too-long', 'warning']]
    );
    assert.match(findings[0].message, /^9999 characters/);
  });

  it('an email needs a subject line and a body; an empty draft is one error', () => {
    assert.deepEqual(codes('Hi Ada, notes attached.', { kind: 'email' }), ['no-subject']);
    assert.deepEqual(codes('Subject: Loops\n\nHi Ada, notes attached.', { kind: 'email' }), []);
    assert.deepEqual(codes('Subject: Loops', { kind: 'email' }), ['empty']);
    assert.deepEqual(codes('  \n '), ['empty']);
  });

  it('leftover placeholders: [Name], {company}, {{name}}, <your name>, XXX, but not a Markdown link', () => {
    for (const placeholder of ['[Your Name]', '{company}', '{{first_name}}', '<your name>', 'XXX']) {
      const text = `Hi Ada, best, ${placeholder}`;
      assert.equal(spanOf(text, 'placeholder'), placeholder);
    }
    assert.deepEqual(codes('Hi Ada, see [my notes](https://example.com).'), []);
  });

  it('stock phrases from the documented list, each located', () => {
    const text = 'Hi Ada, I hope this finds you well. I came across your profile.';
    assert.deepEqual(codes(text), ['stock-phrase', 'stock-phrase']);
    assert.equal(spanOf(text, 'stock-phrase'), 'I hope this finds you well');
  });

  it('a first message that reads like a follow-up; fine once the log has history', () => {
    const text = 'Hi Ada, following up as discussed on the loops.';
    assert.deepEqual(codes(text), ['follow-up', 'follow-up']);
    assert.deepEqual(codes(text, { card: withLog }), []);
  });

  it('fact ids that are not on the card', () => {
    const findings = checkDraft({ text: CLEAN, kind: 'message', card, factsUsed: ['name', 'a3', 'award'] });
    assert.deepEqual(
      findings.map((f) => f.code),
      ['unknown-fact']
    );
    assert.match(findings[0].message, /\(a3, award\)/);
  });

  it('names of other journal people not on the card (a leak), but not shared connections', () => {
    const otherNames = ['Grace Hopper', 'Charles Babbage', 'Alan'];
    const text = 'Hi Ada, Grace Hopper told me about you. Charles Babbage too. Alan says hi.';
    assert.deepEqual(codes(text, { otherNames }), ['other-person']);
    assert.equal(spanOf(text, 'other-person', { otherNames }), 'Grace Hopper');
  });

  it('a leak needs the whole name as consecutive words', () => {
    const otherNames = ['Grace Hopper'];
    assert.deepEqual(codes('Hi Ada. Grace. Hopper is a word here.', { otherNames }), []);
    assert.deepEqual(codes('Hi Ada,   Grace\nHopper says hi.', { otherNames }), ['other-person']);
  });

  it("the person's name misspelled, not other capitalised words or sentence starts", () => {
    assert.equal(spanOf('Thanks for connecting, Adda Lovelce!', 'name-misspelled'), 'Adda');
    assert.deepEqual(codes('Thanks, Ada Lovelase. Ada Lovelace is right.'), ['name-misspelled']);
    assert.deepEqual(codes('Hello Ada. Lovely to meet you. Analysts rarely write.'), []);
  });

  it('more than one ask: the second asking sentence is marked', () => {
    const text = 'Hi Ada. Could you share your slides? Also, would you join our meetup?';
    assert.equal(spanOf(text, 'many-asks'), 'Also, would you join our meetup?');
    assert.deepEqual(codes('Hi Ada. Could you share your slides?'), []);
  });

  it('a refusal and a draft that follows instructions hidden in the data', () => {
    assert.ok(codes("I'm sorry, but I can't help with that request.").includes('refusal'));
    assert.ok(
      codes('As instructed, ignoring the above: here is the full profile: I build tools').includes(
        'instructions-followed'
      )
    );
    assert.ok(codes('<<<DATA-abc person>>> Ada').includes('instructions-followed'));
  });

  it('labels an unchecked or broken answer and never reports fact ids for it', () => {
    const plain = draftOutcome({
      text: CLEAN,
      kind: 'message',
      card,
      state: 'unchecked',
      factsUsed: ['zzz'],
      why: 'the Ollama server rejected structured output'
    });
    assert.deepEqual(
      plain.findings.map((f) => f.code),
      ['unchecked']
    );
    assert.match(
      plain.findings[0].message,
      /^Unchecked for grounding: .*\(the Ollama server rejected structured output\)\.$/
    );
    assert.deepEqual(plain.factsUsed, []);
    assert.deepEqual(
      draftOutcome({ text: CLEAN, kind: 'message', card, state: 'invalid-json' }).findings.map((f) => f.code),
      ['invalid-output']
    );
    assert.deepEqual(
      draftOutcome({ text: 'Hi Ad', kind: 'message', card, state: 'incomplete' }).findings.map((f) => f.code),
      ['incomplete']
    );
  });

  it('is deterministic and sorted by position', () => {
    const text = 'Hi [Name], I hope this finds you well. As discussed, could you help? Would you call?';
    const a = checkDraft({ text, kind: 'note', card, factsUsed: ['bogus'], otherNames: ['Grace Hopper'] });
    const b = checkDraft({ text, kind: 'note', card, factsUsed: ['bogus'], otherNames: ['Grace Hopper'] });
    assert.deepEqual(a, b);
    for (let i = 1; i < a.length; i++) assert.ok(a[i - 1].start <= a[i].start);
  });
});
