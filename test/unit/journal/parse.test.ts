import * as assert from 'node:assert/strict';
import { parseJournal, printJournal, journalIds, entryAnswers, entryDraft } from '../../../src/core/journal';
import { fixture } from './helpers';

describe('journal parser', () => {
  describe('lossless round trip', () => {
    const cases: Record<string, string> = {
      'empty file': '',
      'only a newline': '\n',
      'LF with final newline': '# T\n\n## A\n- id: a\n- status: new\n',
      'no final newline': '## A\n- id: a\n- status: new',
      CRLF: '## A\r\n- id: a\r\n- status: new\r\n',
      'BOM + CRLF + no final newline': '\uFEFF## A\r\n- id: a\r\n- status: new',
      'mixed line endings': '## A\r\n- id: a\n- status: new\r\n\nprose\r',
      'tabs and trailing spaces': '## A\t \n-\tid:\ta  \n- status:   new\t\n\n\tindented prose   \n',
      'unicode and emoji': '## Zoë 山田 👩‍💻\n- id: ü\n- status: new\n\nnotes — “quoted” 🚀\n',
      'lone carriage returns': 'a\rb\r\n## A\r- id: x\n',
      'blank lines only': '\n\n\n'
    };
    for (const [name, text] of Object.entries(cases)) {
      it(`prints back identical bytes: ${name}`, () => {
        assert.equal(printJournal(parseJournal(text)), text);
      });
    }
    for (const file of ['sample.connections.md', 'broken.connections.md', 'crlf-bom.connections.md']) {
      it(`prints back identical bytes: fixture ${file}`, () => {
        const text = fixture(file);
        assert.equal(printJournal(parseJournal(text)), text);
      });
    }
  });

  describe('model', () => {
    const journal = parseJournal(fixture('sample.connections.md'));

    it('finds every entry with name, id, status and 0-based heading line', () => {
      assert.deepEqual(
        journal.entries.map((e) => [e.name, e.id, e.status, e.headingLine]),
        [
          ['Ada Lovelace', 'https://www.linkedin.com/in/ada', 'accepted', 4],
          ['Grace Hopper', 'feed:grace', 'deferred', 36],
          ['Alan Turing', 'feed:alan', 'new', 44]
        ]
      );
      assert.equal(journal.preambleEnd, 4);
    });

    it('reads metadata with line positions and value offsets', () => {
      const ada = journal.entries[0];
      assert.deepEqual(
        ada.metadata.map((m) => m.key),
        ['id', 'status', 'via', 'link', 'source', 'seen', 'decided', 'follow-up', 'tags']
      );
      const status = ada.metadata[1];
      assert.equal(status.line, 6);
      assert.equal(status.value, 'accepted');
      assert.equal(status.valueStart, '- status: '.length);
      assert.equal(status.valueEnd, '- status: accepted'.length);
      assert.equal(ada.via, 'Charles Babbage');
      assert.equal(ada.followUp, '2026-11-20');
      assert.deepEqual(ada.tags, ['math', 'engines']);
    });

    it('reads question sections, the draft and the log', () => {
      const ada = journal.entries[0];
      assert.deepEqual(
        ada.sections.map((s) => [s.kind, s.questionIndex]),
        [
          ['question', 0],
          ['question', 6],
          ['draft', undefined],
          ['log', undefined]
        ]
      );
      assert.deepEqual(entryAnswers(journal, ada), {
        0: 'A mathematician who writes programs for a machine that does not exist yet.',
        6: "Introduce her to the engine's machinists."
      });
      assert.equal(entryDraft(journal, ada), 'Hi Ada, thanks for connecting — how can I help you today?');
      assert.deepEqual(
        ada.log.map((l) => [l.date, l.text]),
        [
          ['2026-11-02', 'Sent a hello, asked how I can help'],
          ['2026-11-10', 'Introduced her to Joseph Clement']
        ]
      );
    });

    it('keeps free text out of the metadata', () => {
      const grace = journal.entries[1];
      assert.deepEqual(
        grace.metadata.map((m) => m.key),
        ['id', 'status', 'seen', 'follow-up']
      );
      assert.equal(grace.endLine, 44);
    });

    it('collects ids', () => {
      assert.deepEqual([...journalIds(journal)], ['https://www.linkedin.com/in/ada', 'feed:grace', 'feed:alan']);
    });

    it('reads CRLF, BOM and unicode names without the line breaks', () => {
      const crlf = parseJournal(fixture('crlf-bom.connections.md'));
      assert.equal(crlf.bom, true);
      assert.equal(crlf.eol, '\r\n');
      assert.deepEqual(
        crlf.entries.map((e) => [e.name, e.id, e.status, e.followUp]),
        [
          ['Zoë Ødegård', 'feed:zoe', 'new', undefined],
          ['山田 太郎', 'feed:yamada', 'deferred', '2026-11-30']
        ]
      );
    });
  });

  describe('structure that must not be forged', () => {
    it('ignores headings inside fenced blocks and HTML comments', () => {
      const text =
        '## A\n- id: a\n\n### Draft\n\n```\n## Fake\n- id: fake\n```\n\n<!--\n## Hidden\n-->\n\n~~~~\n## Tilde\n~~~~\n## B\n- id: b\n';
      const journal = parseJournal(text);
      assert.deepEqual(
        journal.entries.map((e) => e.name),
        ['A', 'B']
      );
      assert.equal(journal.entries[0].draft?.openLine, 5);
      assert.equal(journal.entries[0].draft?.closeLine, 8);
    });

    it('treats an unclosed fence as running to the end of the file', () => {
      const journal = parseJournal('## A\n- id: a\n```\n## Swallowed\n');
      assert.deepEqual(
        journal.entries.map((e) => e.name),
        ['A']
      );
    });

    it('unescapes backslash escapes and drops a closing # sequence in names', () => {
      const journal = parseJournal('## C\\# \\*dev\\* ##\n## Plain #hashtag\n##\n## \n');
      assert.deepEqual(
        journal.entries.map((e) => e.name),
        ['C# *dev*', 'Plain #hashtag', '', '']
      );
    });

    it('requires a space after the hashes and allows up to three spaces of indent', () => {
      const journal = parseJournal('##NotAHeading\n   ## Indented\n    ## Code block\n');
      assert.deepEqual(
        journal.entries.map((e) => e.name),
        ['Indented']
      );
    });

    it('ends metadata at the first blank line after the list, but allows blank lines before it', () => {
      const journal = parseJournal('## A\n\n- id: a\n- status: new\n\n- note: not metadata\n');
      assert.deepEqual(
        journal.entries[0].metadata.map((m) => m.key),
        ['id', 'status']
      );
    });

    it('lets the first occurrence of a duplicated key win', () => {
      const journal = parseJournal('## A\n- id: first\n- id: second\n- status: Accepted\n');
      assert.equal(journal.entries[0].id, 'first');
      assert.equal(journal.entries[0].status, 'accepted');
      assert.equal(journal.byId.get('first'), journal.entries[0]);
      assert.equal(journal.byId.has('second'), false);
    });

    it('ends an entry at a level-1 heading', () => {
      const journal = parseJournal('## A\n- id: a\n# Archive\ntext\n');
      assert.equal(journal.entries[0].endLine, 2);
    });
  });

  it('parses a 30,000-entry journal into 30,000 entries', () => {
    const parts: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      parts.push(`## P${i}\n- id: p${i}\n- status: new\n\n### Log\n\n- 2026-11-20: hi\n`);
    }
    const journal = parseJournal(parts.join('\n'));
    assert.equal(journal.entries.length, 30_000);
    assert.equal(journal.byId.get('p29999')?.name, 'P29999');
    assert.equal(journal.entries[29_999].log.length, 1);
  });
});
