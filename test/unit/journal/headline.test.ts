import * as assert from 'node:assert/strict';
import {
  addEntriesEdit,
  applyTextEdits,
  formatJournal,
  lintJournal,
  parseJournal,
  recordDecisionEdit
} from '../../../src/core/journal';
import { toJournalPerson, personToEvent } from '../../../src/journal/projection';
import { promptPerson } from '../../../src/cli/draft';
import { buildDraftPrompt } from '../../../src/core/drafting/prompt';
import { person, TODAY } from './helpers';

/** The headline and the invitation message survive the trip into the journal and back. */

function imported(...people: Parameters<typeof person>[]): string {
  const result = addEntriesEdit(
    parseJournal(''),
    people.map((args) => person(...args)),
    { status: 'new', today: TODAY }
  );
  return applyTextEdits('', result.edits);
}

describe('headline and invitation message', () => {
  it('writes the headline as a metadata line after source and reads it back', () => {
    const text = imported([
      'feed:ada',
      'Ada',
      { headline: 'Analyst at Engines Ltd', source: 'LinkedIn', date: '2026-11-01' }
    ]);
    assert.ok(text.includes('- source: LinkedIn\n- headline: Analyst at Engines Ltd\n- seen: 2026-11-01\n'), text);
    const entry = parseJournal(text).entries[0];
    assert.equal(entry.headline, 'Analyst at Engines Ltd');
    assert.equal(entry.source, 'LinkedIn');
    assert.equal(entry.seen, '2026-11-01');
  });

  it('writes no headline line when there is none', () => {
    const text = imported(['feed:ada', 'Ada']);
    assert.ok(!text.includes('headline'), text);
    assert.equal(parseJournal(text).entries[0].headline, undefined);
  });

  it('keeps a hostile or long headline on one clean line, capped', () => {
    const text = imported(['feed:ada', 'Ada', { headline: `CTO\n## Mallory\u202E ${'x'.repeat(600)}` }]);
    const journal = parseJournal(text);
    assert.equal(journal.entries.length, 1);
    const headline = journal.entries[0].headline!;
    assert.ok(headline.startsWith('CTO ## Mallory x'), headline);
    assert.ok(headline.length <= 300 && headline.endsWith('…'), String(headline.length));
  });

  it('is a known key: lint says nothing about it, fmt keeps it', () => {
    const text = imported(['feed:ada', 'Ada', { headline: 'Analyst' }]);
    assert.deepEqual(lintJournal(parseJournal(text), { today: TODAY }), []);
    assert.equal(formatJournal(text), text);
  });

  it("reads the quoted invitation message back, with the writer's escapes undone", () => {
    const text = imported(['feed:ada', 'Ada', { headline: 'Analyst', message: 'Hi <Ada>,\nlet us talk' }]);
    assert.ok(text.includes('\n\n> Hi \\<Ada\\>, let us talk'), text);
    assert.equal(parseJournal(text).entries[0].message, 'Hi <Ada>, let us talk');
  });

  it('reads only the quote right after the metadata as the message', () => {
    const text =
      '## A\n- id: a\n- status: new\n\n> first\n> second\n\nprose\n\n> not the message\n\n## B\n- id: b\n\nprose first\n\n> a quote\n';
    const [a, b] = parseJournal(text).entries;
    assert.equal(a.message, 'first\nsecond');
    assert.equal(b.message, undefined);
  });

  it('does not add a headline line when deciding on an existing entry (minimal edit)', () => {
    const text = '## A\n- id: a\n- status: new\n';
    const after = applyTextEdits(
      text,
      recordDecisionEdit(parseJournal(text), person('a', 'A', { headline: 'Chef' }), 'accepted', { today: TODAY })
    );
    assert.ok(!after.includes('headline'), after);
  });

  it('reaches JournalPerson and the ConnectionEvent the commands and drafts use', () => {
    const text = imported(['feed:ada', 'Ada', { headline: 'Analyst', message: 'Hello there' }]);
    const journal = parseJournal(text);
    const projected = toJournalPerson(journal, journal.entries[0]);
    assert.equal(projected.headline, 'Analyst');
    assert.equal(projected.message, 'Hello there');
    assert.deepEqual(JSON.parse(JSON.stringify(projected)).message, 'Hello there');
    const event = personToEvent(projected);
    assert.equal(event.headline, 'Analyst');
    assert.equal(event.message, 'Hello there');
  });

  it('goes into the CLI draft prompt', () => {
    const text = imported(['feed:ada', 'Ada', { headline: 'Analyst at Engines Ltd', message: 'Loved your notes' }]);
    const entry = parseJournal(text).entries[0];
    assert.deepEqual(promptPerson(entry), {
      person: 'Ada',
      via: null,
      link: null,
      source: 'Test feed',
      headline: 'Analyst at Engines Ltd',
      message: 'Loved your notes'
    });
    const prompt = JSON.stringify(
      buildDraftPrompt({ person: promptPerson(entry), kind: 'message', answers: {}, profile: '', log: [] })
    );
    assert.ok(prompt.includes('Analyst at Engines Ltd') && prompt.includes('Loved your notes'), prompt);
  });
});
