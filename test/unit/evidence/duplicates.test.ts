import * as assert from 'node:assert/strict';
import { applyTextEdits, lintJournal, parseJournal } from '../../../src/core/journal';
import { findDuplicates, mergeEntriesEdits } from '../../../src/core/evidence';

const JOURNAL = [
  '# People',
  '',
  '## Ada Lovelace',
  '- id: https://www.linkedin.com/in/ada',
  '- status: accepted',
  '- tags: math',
  '',
  'Met at the engine demo.',
  '',
  '### Log',
  '- 2026-01-02: wrote to Ada',
  '',
  '## Bo Chen',
  '- id: feed:bo',
  '- email: bo@example.com',
  '- headline: Engineer at Acme',
  '',
  '## A. Lovelace',
  '- id: feed:ada-1',
  '- link: http://linkedin.com/in/ada/',
  '- status: declined',
  '- via: Bo Chen',
  '',
  'Hand-written note about Ada.',
  '',
  '### Log',
  '- 2026-03-04: met Ada again',
  '',
  '## Bo Chen',
  '- email: BO@example.com',
  ''
].join('\n');

describe('likely duplicates', () => {
  it('finds same profile URL, same email; reports on the later entry', () => {
    const pairs = findDuplicates(parseJournal(JOURNAL));
    assert.deepEqual(
      pairs.map((p) => [p.keep.name, p.other.name, p.why]),
      [
        ['Ada Lovelace', 'A. Lovelace', 'same profile URL'],
        ['Bo Chen', 'Bo Chen', 'same email']
      ]
    );
    const diags = lintJournal(parseJournal(JOURNAL), { today: '2026-11-29' }).filter(
      (d) => d.code === 'likely-duplicate'
    );
    assert.equal(diags.length, 2);
    assert.equal(diags[0].fix?.title, "Merge into 'Ada Lovelace'");
    assert.equal(diags[0].line, 17);
  });

  it('finds same name and company', () => {
    const j = parseJournal('## Cy\n- headline: CTO at Foo\n\n## cy\n- headline: Founder at foo\n');
    assert.equal(findDuplicates(j)[0]?.why, 'same name and company');
  });

  it('merge keeps every line of both entries, byte for byte', () => {
    const journal = parseJournal(JOURNAL);
    const [pair] = findDuplicates(journal);
    const merged = applyTextEdits(JOURNAL, mergeEntriesEdits(journal, pair.keep, pair.other));
    assert.equal(
      merged,
      [
        '# People',
        '',
        '## Ada Lovelace',
        '- id: https://www.linkedin.com/in/ada',
        '- status: accepted',
        '- tags: math',
        '- link: http://linkedin.com/in/ada/',
        '- via: Bo Chen',
        '',
        'Met at the engine demo.',
        '',
        '### Log',
        '- 2026-01-02: wrote to Ada',
        '- 2026-03-04: met Ada again',
        '',
        '### Merged from A. Lovelace (was line 18)',
        '',
        '- id: feed:ada-1',
        '- status: declined',
        '',
        'Hand-written note about Ada.',
        '',
        '### Log',
        '',
        '## Bo Chen',
        '- id: feed:bo',
        '- email: bo@example.com',
        '- headline: Engineer at Acme',
        '',
        '## Bo Chen',
        '- email: BO@example.com',
        ''
      ].join('\n')
    );
    const before = JOURNAL.split('\n').filter((l) => l.trim() && !l.startsWith('## A. Lovelace'));
    for (const line of before) assert.ok(merged.split('\n').includes(line), `kept: ${line}`);
    const m = parseJournal(merged).entries[0];
    assert.equal(m.status, 'accepted', 'the kept entry decides; the conflict stays visible below');
    assert.equal(m.log.length, 2);
  });

  it('merges an entry at the end of the file and keeps CRLF', () => {
    const text = JOURNAL.replace(/\n/g, '\r\n');
    const journal = parseJournal(text);
    const pair = findDuplicates(journal)[1];
    const merged = applyTextEdits(text, mergeEntriesEdits(journal, pair.keep, pair.other));
    assert.equal(merged.includes('\n') && !/[^\r]\n/.test(merged), true, 'only CRLF');
    assert.match(
      merged,
      /- headline: Engineer at Acme\r\n\r\n### Merged from Bo Chen \(was line 29\)\r\n\r\n- email: BO@example\.com/
    );
    assert.equal(parseJournal(merged).entries.length, 3);
  });
});
