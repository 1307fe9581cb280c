import * as assert from 'node:assert/strict';
import {
  addEntriesEdit,
  applyTextEdits,
  parseJournal,
  recordDecisionEdit,
  appendLogEdit,
  escapeHeadingName,
  cleanLine
} from '../../../src/core/journal';
import { TODAY, person } from './helpers';

const base = '# Journal\n\n## Existing\n- id: existing\n- status: new\n';

function addOne(name: string, extra = {}) {
  const result = addEntriesEdit(parseJournal(base), [person('hostile', name, extra)], { status: 'new', today: TODAY });
  return applyTextEdits(base, result.edits);
}

describe('hostile input cannot forge journal structure', () => {
  const names: Record<string, string> = {
    'a newline and a heading': 'Eve\n## Mallory\n- id: existing',
    'CR and U+2028 line breaks': 'Eve\r## X\u2028## Y\u2029## Z',
    hashes: '# ## ###',
    'a trailing closing sequence': 'Eve ##',
    'bidi overrides': 'Eve \u202Egnp.exe\u202C \u2066x\u2069',
    'zero-width characters': 'E\u200Bv\u200De\uFEFF',
    'markdown and HTML': '<img src=x onerror=alert(1)> *bold* _x_ [link](javascript:x) `code`',
    'a fence': '```\n## Inside',
    'only whitespace': ' \n\t '
  };

  for (const [label, name] of Object.entries(names)) {
    it(`adds exactly one entry for a name with ${label}`, () => {
      const after = addOne(name);
      const journal = parseJournal(after);
      assert.equal(journal.entries.length, 2, after);
      const added = journal.entries[1];
      assert.equal(added.id, 'hostile');
      assert.equal(added.status, 'new');
      assert.equal(
        added.headingLine,
        after.split('\n').indexOf(after.split('\n').find((l) => l.startsWith('## ') && !l.includes('Existing'))!)
      );
      assert.doesNotMatch(after, /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2028\u2029\uFEFF]/);
    });
  }

  it('round-trips the visible name through escaping', () => {
    const journal = parseJournal(addOne('C# dev *lead* <x> [y] _z_ back\\slash'));
    assert.equal(journal.entries[1].name, 'C# dev *lead* <x> [y] _z_ back\\slash');
  });

  it('falls back to the id when the name is empty after cleaning', () => {
    const journal = parseJournal(addOne('\u200B\u202E'));
    assert.equal(journal.entries[1].name, 'hostile');
  });

  it('keeps hostile via, source and ids on one metadata line each', () => {
    const text = applyTextEdits(
      base,
      recordDecisionEdit(
        parseJournal(base),
        { ...person('id\n## X'), via: 'V\n- status: declined', source: 'S\n## Y', link: 'javascript:alert(1)' },
        'accepted',
        { today: TODAY }
      )
    );
    const journal = parseJournal(text);
    assert.equal(journal.entries.length, 2);
    const added = journal.entries[1];
    assert.equal(added.id, 'id ## X');
    assert.equal(added.status, 'accepted');
    assert.equal(added.via, 'V - status: declined');
    assert.equal(added.link, undefined, 'non-http links are not written');
  });

  it('keeps a hostile log line on one line', () => {
    const text = applyTextEdits(
      base,
      appendLogEdit(parseJournal(base), person('existing'), 'did it\n## Fake\n- id: fake', TODAY)
    );
    const journal = parseJournal(text);
    assert.equal(journal.entries.length, 1);
    assert.deepEqual(
      journal.entries[0].log.map((l) => l.text),
      ['did it ## Fake - id: fake']
    );
  });

  it('escapes and cleans names deterministically', () => {
    assert.equal(escapeHeadingName('  A\t\tB \n C  '), 'A B C');
    assert.equal(escapeHeadingName('#1'), '\\#1');
    assert.equal(cleanLine('a\u0000b\u0007c\u009bd'), 'abcd');
  });
});
