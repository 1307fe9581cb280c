import * as assert from 'node:assert/strict';
import {
  addEntriesEdit,
  appendLogEdit,
  applyTextEdits,
  entryKey,
  findEntry,
  lintJournal,
  parseJournal,
  recordDecisionEdit,
  setAnswerEdit,
  setDraftEdit
} from '../../../src/core/journal';
import type { ConnectionEvent } from '../../../src/core/types';
import { findSyntheticPerson, indexPeople, toJournalPerson } from '../../../src/journal/projection';
import { TODAY, changedLines, person } from './helpers';

/** Entries written by hand without an `- id:` line: addressable by their synthetic id, never given one. */
describe('journal entries without an id', () => {
  const text = '# J\n\n## Jane Doe\n- status: new\n\n## Bob\n- id: bob\n- status: new\n';
  const journal = parseJournal(text);
  const decide = (source: string, id: string) =>
    applyTextEdits(
      source,
      recordDecisionEdit(parseJournal(source), person(id, 'Jane Doe'), 'accepted', { today: TODAY })
    );

  it('projects a synthetic journal:<normalised name> id, and the real id otherwise', () => {
    const [jane, bob] = journal.entries.map((e) => toJournalPerson(journal, e));
    assert.equal(jane.id, 'journal:jane doe');
    assert.equal(jane.name, 'Jane Doe');
    assert.equal(bob.id, 'bob');
    assert.equal(entryKey(journal.entries[0]), 'journal:jane doe');
  });

  it('records a decision on the entry itself: status and decided change, no id line is invented', () => {
    const after = decide(text, 'journal:jane doe');
    assert.deepEqual(changedLines(text, after), {
      removed: ['- status: new'],
      added: ['- status: accepted', `- decided: ${TODAY}`]
    });
    assert.doesNotMatch(after, /- id: journal:/);
    assert.equal(parseJournal(after).entries.length, 2, 'no entry appended');
  });

  it('resolves the synthetic id whatever its case and spacing, and with the sidebar #line suffix', () => {
    assert.equal(findEntry(journal, 'journal:JANE   doe')?.headingLine, 2);
    assert.equal(findEntry(journal, 'journal:Jane Doe#3')?.headingLine, 2);
    assert.match(decide(text, 'journal:Jane Doe'), /## Jane Doe\n- status: accepted\n- decided: /);
  });

  it('writes answers, drafts and log lines to an entry without an id', () => {
    const jane = person('journal:jane doe', 'Jane Doe');
    const answered = applyTextEdits(text, setAnswerEdit(journal, jane, 0, 'A neighbour.', TODAY));
    assert.match(answered, /## Jane Doe\n- status: new\n\n### Who is this person\?\n\nA neighbour\.\n\n## Bob/);
    const drafted = applyTextEdits(text, setDraftEdit(journal, jane, 'Hello Jane', 'message', TODAY));
    assert.match(drafted, /## Jane Doe\n- status: new\n\n### Draft\n\n```message\nHello Jane\n```\n\n## Bob/);
    const logged = applyTextEdits(text, appendLogEdit(journal, jane, 'Said hi', TODAY));
    assert.match(logged, /## Jane Doe\n- status: new\n\n### Log\n\n- 2026-11-25: Said hi\n\n## Bob/);
  });

  it('refuses, naming the lines, when two entries without an id share the name', () => {
    const twice = '## Jane Doe\n- status: new\n\n## jane  doe\n- status: deferred\n';
    const twiceJournal = parseJournal(twice);
    assert.throws(
      () => recordDecisionEdit(twiceJournal, person('journal:jane doe', 'Jane Doe'), 'accepted', { today: TODAY }),
      (error: Error) =>
        /2 entries named 'Jane Doe' have no '- id:' line \(lines 1 and 4\)/.test(error.message) &&
        /add an '- id:' line/.test(error.message)
    );
    assert.throws(
      () => appendLogEdit(twiceJournal, person('journal:Jane Doe#4', 'Jane Doe'), 'x', TODAY),
      /lines 1 and 4/
    );
    assert.equal(findEntry(twiceJournal, 'journal:jane doe'), undefined, 'reads get no entry rather than a guess');
  });

  it('refuses instead of appending a duplicate when the named entry is gone', () => {
    assert.throws(
      () => recordDecisionEdit(journal, person('journal:someone else', 'Someone Else'), 'accepted', { today: TODAY }),
      /no entry named 'someone else' without an '- id:' line/
    );
  });

  it('still prefers a real id, and still appends a new entry for an unknown real id', () => {
    const withRealSyntheticLookalike =
      '## Jane Doe\n- id: journal:jane doe\n- status: new\n\n## Jane Doe\n- status: new\n';
    const after = decide(withRealSyntheticLookalike, 'journal:jane doe');
    assert.match(after, /^## Jane Doe\n- id: journal:jane doe\n- status: accepted\n/);
    const appended = applyTextEdits(
      text,
      recordDecisionEdit(journal, person('feed:new', 'New'), 'accepted', { today: TODAY })
    );
    assert.match(appended, /## New\n- id: feed:new\n- status: accepted\n/);
  });

  it('finds the person for a synthetic id spelled differently, and indexes people by id', () => {
    assert.equal(findSyntheticPerson(journal, 'journal:JANE DOE')?.name, 'Jane Doe');
    assert.equal(findSyntheticPerson(journal, 'bob'), undefined, 'only synthetic ids take this path');
    const index = indexPeople(journal.entries.map((e) => toJournalPerson(journal, e)));
    assert.deepEqual([...index.keys()], ['journal:jane doe', 'bob']);
  });

  it('gives no synthetic id to an entry without a name', () => {
    const unnamed = parseJournal('##\n- status: new\n');
    assert.equal(entryKey(unnamed.entries[0]), undefined);
    assert.equal(toJournalPerson(unnamed, unnamed.entries[0]).id, undefined);
  });
});

describe('identity: URL ids that name the same profile are one person', () => {
  const journalText = '## Ana Li\n- id: https://www.linkedin.com/in/ana/\n- status: new\n';
  const personOf = (id: string, name = 'Ana Li'): ConnectionEvent => ({
    id,
    person: name,
    via: null,
    link: null,
    date: null,
    title: name,
    source: 'LinkedIn',
    headline: ''
  });

  it('import does not add a second entry for a differently spelled profile URL', () => {
    const journal = parseJournal(journalText);
    const { added, existing } = addEntriesEdit(
      journal,
      [personOf('https://www.linkedin.com/in/ana?trk=x'), personOf('http://linkedin.com/in/ana')],
      { status: 'new', today: '2026-11-25' }
    );
    assert.equal(added, 0);
    assert.equal(existing, 2);
  });

  it('two spellings in one import become one entry', () => {
    const journal = parseJournal('');
    const { added } = addEntriesEdit(
      journal,
      [personOf('http://linkedin.com/in/bo', 'Bo'), personOf('https://www.linkedin.com/in/bo', 'Bo')],
      { status: 'new', today: '2026-11-25' }
    );
    assert.equal(added, 1);
  });

  it('a decision on a differently spelled id updates the existing entry', () => {
    const journal = parseJournal(journalText);
    const edited = applyTextEdits(
      journalText,
      recordDecisionEdit(journal, personOf('https://uk.linkedin.com/in/ana'), 'accepted', { today: '2026-11-25' })
    );
    assert.equal((edited.match(/## Ana Li/g) ?? []).length, 1);
    assert.match(edited, /- status: accepted/);
  });

  it('lint reports duplicate ids across spellings', () => {
    const journal = parseJournal(`${journalText}\n## Ana Li again\n- id: http://linkedin.com/in/ana\n- status: new\n`);
    assert.ok(lintJournal(journal, { today: '2026-11-25' }).some((d) => d.code === 'duplicate-id'));
  });

  it('non-URL ids are compared exactly', () => {
    const journal = parseJournal('## X\n- id: feed:ABC\n- status: new\n');
    assert.equal(addEntriesEdit(journal, [personOf('feed:abc', 'X')], { status: 'new', today: '2026-11-25' }).added, 1);
  });
});
