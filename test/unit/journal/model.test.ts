import * as assert from 'node:assert/strict';
import {
  addEntriesEdit,
  applyTextEdits,
  cleanLine,
  escapeHeadingName,
  lineText,
  parseJournal,
  printJournal
} from '../../../src/core/journal';
import { toJournalPerson } from '../../../src/journal/projection';
import { TODAY, person } from './helpers';

describe('journal model storage', () => {
  it('keeps the text once and finds lines by offset, CRLF and BOM included', () => {
    const text = '\uFEFF# J\r\n\r\n## A\r\n- id: a\r\n- status: new';
    const journal = parseJournal(text);
    assert.equal(journal.lineCount, 5);
    assert.equal(lineText(journal, 2), '## A');
    assert.equal(lineText(journal, 4), '- status: new');
    assert.equal(lineText(journal, 5), '', 'past the end');
    assert.equal(lineText(journal, -1), '');
    assert.equal(printJournal(journal), text);
    assert.equal(journal.eol, '\r\n');
  });

  it('builds metadata, sections and log on demand with the same values each time', () => {
    const journal = parseJournal(
      '## A\n- id: a\n- Status: Accepted\n- via: \n- via: Bob\n- link: <https://x.test>\n- tags: , x, y\n\n### Log\n\n-  2026-11-02:  hi there  \n'
    );
    const entry = journal.entries[0];
    assert.equal(entry.status, 'accepted');
    assert.equal(entry.via, 'Bob', 'the first non-empty value counts');
    assert.equal(entry.link, 'https://x.test');
    assert.deepEqual(entry.tags, ['x', 'y']);
    assert.deepEqual(
      entry.metadata.map((m) => [m.line, m.key, m.rawKey, m.value]),
      [
        [1, 'id', 'id', 'a'],
        [2, 'status', 'Status', 'Accepted'],
        [3, 'via', 'via', ''],
        [4, 'via', 'via', 'Bob'],
        [5, 'link', 'link', '<https://x.test>'],
        [6, 'tags', 'tags', ', x, y']
      ]
    );
    assert.deepEqual(
      entry.sections.map((s) => [s.kind, s.title, s.headingLine, s.endLine]),
      [['log', 'Log', 8, 12]]
    );
    assert.deepEqual(entry.log, [{ line: 10, date: '2026-11-02', text: 'hi there', dateStart: 3, dateEnd: 13 }]);
    assert.deepEqual(entry.metadata, entry.metadata);
  });

  it('projects people as views that read the entry and serialise to plain data', () => {
    const journal = parseJournal('## A\n- id: a\n- status: new\n- via: V\n\n### Who is this person?\n\nAn engineer.\n');
    const ada = toJournalPerson(journal, journal.entries[0]);
    assert.equal(ada.via, 'V');
    assert.deepEqual(ada.answers, { 0: 'An engineer.' });
    assert.equal(ada.line, 0);
    const plain = JSON.parse(JSON.stringify(ada)) as Record<string, unknown>;
    assert.equal(plain.name, 'A');
    assert.equal(plain.via, 'V');
    assert.deepEqual(plain.answers, { 0: 'An engineer.' });
  });
});

describe('sanitising fast path', () => {
  it('returns clean text unchanged and cleans everything else exactly as before', () => {
    assert.equal(cleanLine('Ada Lovelace'), 'Ada Lovelace');
    assert.equal(cleanLine('José Ñúñez'), 'José Ñúñez');
    assert.equal(cleanLine(' a'), 'a');
    assert.equal(cleanLine('a  b'), 'a b');
    assert.equal(cleanLine('a\tb'), 'a b');
    assert.equal(cleanLine('a\u00a0'), 'a', 'trim removes a trailing no-break space');
    assert.equal(cleanLine('a\u200bb'), 'ab');
    assert.equal(cleanLine('a\u202eb'), 'ab');
    assert.equal(cleanLine('a\u2028b'), 'a b');
    assert.equal(cleanLine('a\u0085b'), 'a b');
    assert.equal(cleanLine('a\u0007b'), 'ab');
    assert.equal(cleanLine('x'), 'x');
    assert.equal(cleanLine(''), '');
    assert.equal(escapeHeadingName('Plain Name'), 'Plain Name');
    assert.equal(escapeHeadingName('C# *dev*'), 'C\\# \\*dev\\*');
  });

  it('imports many people in one appended block, skipping ids already present or repeated', () => {
    const journal = parseJournal('# J\n\n## A\n- id: a\n- status: new\n');
    const people = [
      person('a'),
      person('b', 'B', { date: '2026-11-20T08:00:00Z' }),
      person('b'),
      person(' c ', 'C\u200b'),
      person('', 'Nobody')
    ];
    const { edits, added, existing } = addEntriesEdit(journal, people, { status: 'new', today: TODAY });
    assert.deepEqual([added, existing], [2, 3]);
    assert.equal(
      applyTextEdits('# J\n\n## A\n- id: a\n- status: new\n', edits),
      '# J\n\n## A\n- id: a\n- status: new\n\n## B\n- id: b\n- status: new\n- source: Test feed\n- seen: 2026-11-20\n\n## C\n- id: c\n- status: new\n- source: Test feed\n- seen: 2026-11-25\n'
    );
  });
});
