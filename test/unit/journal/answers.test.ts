import * as assert from 'node:assert/strict';
import {
  applyTextEdits,
  entryAnswers,
  parseJournal,
  printJournal,
  setAnswerEdit,
  type Journal
} from '../../../src/core/journal';
import { diffLines } from '../../../src/core/journal/lineDiff';
import { neutraliseStructure } from '../../../src/core/journal/prose';
import { QUESTIONS } from '../../../src/core/types';
import { changedLines, person, TODAY } from './helpers';

/**
 * Saving an answer must keep the user's prose byte for byte and change only the lines the
 * user changed; it may only neutralise lines that would forge journal structure.
 */

const Q0 = QUESTIONS[0];
const ada = person('feed:ada', 'Ada');

/** A journal with Ada's first answer `body` (lines joined with `eol`), and an entry after it. */
function journalWith(body: string, eol = '\n'): string {
  return [
    '# J',
    '',
    '## Ada',
    '- id: feed:ada',
    '- status: new',
    '',
    `### ${Q0}`,
    '',
    body,
    '',
    '### Log',
    '',
    '- 2026-11-01: hi',
    '',
    '## Bob',
    '- id: feed:bob',
    ''
  ].join(eol);
}

function answerOf(text: string): string {
  const journal = parseJournal(text);
  return entryAnswers(journal, journal.entries[0])[0];
}

function save(
  text: string,
  answer: string
): { journal: Journal; after: string; edits: ReturnType<typeof setAnswerEdit> } {
  const journal = parseJournal(text);
  const edits = setAnswerEdit(journal, ada, 0, answer, TODAY);
  return { journal, after: applyTextEdits(printJournal(journal), edits), edits };
}

const TRICKY_BODY = [
  'Notes on Ada:  ',
  '',
  '```js',
  'const x = 1;\t// tabbed',
  '## not a heading inside a fence',
  '```',
  '',
  '---',
  '',
  '#### Notes',
  '',
  '\tindented with a tab',
  '~~~',
  'tilde block',
  '~~~',
  '<!-- a closed comment -->',
  'last line with two trailing spaces  '
].join('\n');

describe("setAnswerEdit keeps the user's prose", () => {
  for (const [label, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n']
  ] as const) {
    it(`gives no edit when the answer is saved unchanged (${label}; fences, ---, ####, trailing spaces, tabs)`, () => {
      const text = journalWith(TRICKY_BODY.split('\n').join(eol), eol);
      const current = answerOf(text);
      assert.equal(current, TRICKY_BODY, 'the answer reads back as written');
      const { edits, after } = save(text, current);
      assert.deepEqual(edits, []);
      assert.equal(after, text);
    });
  }

  it('gives no edit when the sidebar sends the answer back with CRLF breaks', () => {
    const text = journalWith(TRICKY_BODY);
    assert.deepEqual(save(text, TRICKY_BODY.split('\n').join('\r\n')).edits, []);
  });

  it('gives no edit with a BOM and no final newline', () => {
    const text = '\uFEFF' + journalWith(TRICKY_BODY).trimEnd();
    assert.deepEqual(save(text, answerOf(text)).edits, []);
  });

  it('changes exactly the edited line, keeping every other byte', () => {
    const text = journalWith(TRICKY_BODY);
    const edited = TRICKY_BODY.replace('const x = 1;', 'const x = 2;');
    const { after, edits } = save(text, edited);
    assert.equal(edits.length, 1);
    assert.deepEqual(changedLines(text, after), {
      removed: ['const x = 1;\t// tabbed'],
      added: ['const x = 2;\t// tabbed']
    });
    assert.equal(answerOf(after), edited);
  });

  it('changes two separate lines with two edits and nothing between them', () => {
    const text = journalWith(TRICKY_BODY);
    const edited = TRICKY_BODY.replace('Notes on Ada:', 'Notes on Ada L.:').replace('tilde block', 'tilde text');
    const { after, edits } = save(text, edited);
    assert.equal(edits.length, 2);
    assert.equal(answerOf(after), edited);
    const before = text.split('\n');
    const lines = after.split('\n');
    assert.equal(lines.length, before.length);
    assert.deepEqual(
      lines.map((l, i) => (l === before[i] ? null : l)).filter((l) => l !== null),
      ['Notes on Ada L.:  ', 'tilde text']
    );
  });

  it('inserts and deletes whole lines only', () => {
    const text = journalWith('one\ntwo\nthree');
    const inserted = save(text, 'one\ntwo\nand a half\nthree');
    assert.deepEqual(changedLines(text, inserted.after), { removed: [], added: ['and a half'] });
    const deleted = save(text, 'one\nthree');
    assert.deepEqual(changedLines(text, deleted.after), { removed: ['two'], added: [] });
  });

  it('deletes the last lines of a body at the end of a file without a final newline', () => {
    const text = `## Ada\n- id: feed:ada\n\n### ${Q0}\n\nkeep\ndrop`;
    const { after } = save(text, 'keep');
    assert.equal(after, `## Ada\n- id: feed:ada\n\n### ${Q0}\n\nkeep`);
  });

  it('keeps new ####, ---, balanced fences and trailing spaces as typed', () => {
    const text = journalWith('old');
    const typed = '#### Sub\n---\n```\n# in a fence\n```\nhard break  ';
    const { after } = save(text, typed);
    assert.equal(answerOf(after), typed);
    assert.deepEqual(
      parseJournal(after).entries.map((e) => e.name),
      ['Ada', 'Bob']
    );
  });

  it('escapes new lines that would forge an entry or section, and an unclosed fence or comment', () => {
    for (const hostile of ['# Top', '## Mallory', '   ### Section', '```', '~~~~ info', '<!-- open']) {
      const { after } = save(journalWith('old'), `fine\n${hostile}\nafter`);
      const reparsed = parseJournal(after);
      assert.deepEqual(
        reparsed.entries.map((e) => e.name),
        ['Ada', 'Bob'],
        hostile
      );
      assert.deepEqual(
        reparsed.entries[0].sections.map((s) => s.kind),
        ['question', 'log'],
        hostile
      );
      assert.ok(after.includes(hostile.replace(/^( {0,3})/, '$1\\')), `${hostile} is escaped`);
    }
  });

  it('re-checks headings once an unclosed fence no longer hides them', () => {
    // The fence is unclosed, so it is escaped; then `## X` is outside any fence.
    assert.deepEqual(neutraliseStructure(['```', '## X', '#### ok']), ['\\```', '\\## X', '#### ok']);
    // A balanced pair keeps its contents; the third fence is the unclosed one.
    assert.deepEqual(neutraliseStructure(['```', '## in', '```', '```']), ['```', '## in', '```', '\\```']);
  });

  it('strips bidi controls from the lines the user changed only', () => {
    const text = journalWith('kept \u202E as it was\nold');
    const { after } = save(text, 'kept \u202E as it was\nnew \u202E text');
    assert.deepEqual(changedLines(text, after), { removed: ['old'], added: ['new  text'] });
  });

  it('writes an empty body for an empty answer and inserts a body under an empty section', () => {
    const text = journalWith('one\ntwo');
    assert.equal(answerOf(save(text, '').after), '');
    const empty = `## Ada\n- id: feed:ada\n\n### ${Q0}\n\n## Bob\n`;
    const { after } = save(empty, 'Hello  ');
    assert.equal(after, `## Ada\n- id: feed:ada\n\n### ${Q0}\n\nHello  \n\n## Bob\n`);
  });
});

describe('diffLines', () => {
  it('finds no hunk for equal texts and one hunk per changed run', () => {
    assert.deepEqual(diffLines(['a', 'b'], ['a', 'b']), []);
    assert.deepEqual(diffLines(['a', 'b', 'c', 'd', 'e'], ['a', 'B', 'c', 'd', 'E']), [
      { oldStart: 1, oldCount: 1, newStart: 1, newCount: 1 },
      { oldStart: 4, oldCount: 1, newStart: 4, newCount: 1 }
    ]);
    assert.deepEqual(diffLines(['a', 'c'], ['a', 'b', 'c']), [{ oldStart: 1, oldCount: 0, newStart: 1, newCount: 1 }]);
  });
});
