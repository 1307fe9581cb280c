import * as assert from 'node:assert/strict';
import {
  addEntriesEdit,
  appendLogEdit,
  applyTextEdits,
  parseJournal,
  recordDecisionEdit,
  setAnswerEdit,
  setDraftEdit,
  setFollowUpEdit,
  setMetadataEdit
} from '../../../src/core/journal';
import { QUESTIONS } from '../../../src/core/types';
import { TODAY, changedLines, fixture, person } from './helpers';

const apply = (text: string, edits: ReturnType<typeof recordDecisionEdit>) => applyTextEdits(text, edits);

describe('journal edits', () => {
  const sample = fixture('sample.connections.md');
  const journal = parseJournal(sample);

  describe('recordDecisionEdit', () => {
    it('changes only the status value and inserts decided in canonical position', () => {
      const after = apply(sample, recordDecisionEdit(journal, person('feed:alan'), 'accepted', { today: TODAY }));
      assert.deepEqual(changedLines(sample, after), {
        removed: ['- status: new', '- seen: 2026-11-24'],
        added: ['- status: accepted', '- seen: 2026-11-24', `- decided: ${TODAY}`]
      });
    });

    it('replaces existing decided and follow-up values in place', () => {
      const after = apply(
        sample,
        recordDecisionEdit(journal, person('https://www.linkedin.com/in/ada'), 'deferred', {
          today: TODAY,
          followUp: '2026-12-09'
        })
      );
      assert.deepEqual(changedLines(sample, after), {
        removed: [
          '- status: accepted',
          '- via: Charles Babbage',
          '- link: https://www.linkedin.com/in/ada',
          '- source: LinkedIn',
          '- seen: 2026-11-01',
          '- decided: 2026-11-02',
          '- follow-up: 2026-11-20'
        ],
        added: [
          '- status: deferred',
          '- via: Charles Babbage',
          '- link: https://www.linkedin.com/in/ada',
          '- source: LinkedIn',
          '- seen: 2026-11-01',
          `- decided: ${TODAY}`,
          '- follow-up: 2026-12-09'
        ]
      });
      const reparsed = parseJournal(after).entries[0];
      assert.equal(reparsed.status, 'deferred');
      assert.equal(reparsed.followUp, '2026-12-09');
      // Everything else in the file is byte-identical.
      assert.equal(after.split('\n').length, sample.split('\n').length);
    });

    it('is a no-op edit when nothing changes', () => {
      const text = `## A\n- id: a\n- status: accepted\n- decided: ${TODAY}\n`;
      assert.deepEqual(recordDecisionEdit(parseJournal(text), person('a'), 'accepted', { today: TODAY }), []);
    });

    it('appends a new entry at the end for an unknown id', () => {
      const after = apply(
        sample,
        recordDecisionEdit(
          journal,
          person('feed:new', 'Newcomer', { via: 'Ada', link: 'https://example.com/new', date: '2026-11-23T08:00:00Z' }),
          'declined',
          { today: TODAY }
        )
      );
      assert.ok(after.startsWith(sample));
      assert.equal(
        after.slice(sample.length),
        `\n## Newcomer\n- id: feed:new\n- status: declined\n- via: Ada\n- link: https://example.com/new\n- source: Test feed\n- seen: 2026-11-23\n- decided: ${TODAY}\n`
      );
    });

    it('inserts missing keys after the key that precedes them, keeping unknown keys and order', () => {
      const text = '## A\n- id: a\n- mood: happy\n- tags: x\n\nprose\n';
      const after = apply(
        text,
        recordDecisionEdit(parseJournal(text), person('a'), 'deferred', { today: TODAY, followUp: '2026-12-01' })
      );
      assert.equal(
        after,
        `## A\n- id: a\n- status: deferred\n- decided: ${TODAY}\n- follow-up: 2026-12-01\n- mood: happy\n- tags: x\n\nprose\n`
      );
    });

    it('puts metadata under a heading that has none, keeping the prose', () => {
      const text = '## A\nJust prose.\n';
      const journalA = parseJournal(text + '## B\n- id: b\n');
      assert.equal(journalA.entries[0].id, undefined);
      const after = apply(
        text + '## B\n- id: b\n',
        recordDecisionEdit(journalA, person('b'), 'accepted', { today: TODAY })
      );
      assert.equal(after, `## A\nJust prose.\n## B\n- id: b\n- status: accepted\n- decided: ${TODAY}\n`);
    });

    it("uses the file's bullet style for inserted lines", () => {
      const text = '## A\n* id: a\n* status: new\n';
      const after = apply(text, recordDecisionEdit(parseJournal(text), person('a'), 'accepted', { today: TODAY }));
      assert.equal(after, `## A\n* id: a\n* status: accepted\n* decided: ${TODAY}\n`);
    });
  });

  describe('file shape is preserved', () => {
    const crlf = fixture('crlf-bom.connections.md');

    it('keeps the BOM, CRLF and the missing final newline when editing', () => {
      const after = apply(
        crlf,
        recordDecisionEdit(parseJournal(crlf), person('feed:yamada'), 'accepted', { today: TODAY })
      );
      assert.ok(after.startsWith('\uFEFF'));
      assert.ok(!after.endsWith('\n'));
      assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF introduced');
      assert.ok(after.endsWith(`- status: accepted\r\n- decided: ${TODAY}\r\n- follow-up: 2026-11-30`));
    });

    it('keeps the missing final newline when appending an entry', () => {
      const after = apply(
        crlf,
        addEntriesEdit(parseJournal(crlf), [person('feed:x', 'X')], { status: 'new', today: TODAY }).edits
      );
      assert.ok(after.startsWith(crlf));
      assert.equal(
        after.slice(crlf.length),
        `\r\n\r\n## X\r\n- id: feed:x\r\n- status: new\r\n- source: Test feed\r\n- seen: ${TODAY}`
      );
    });

    it('writes a new entry into an empty file with a final newline', () => {
      const after = apply(
        '',
        addEntriesEdit(parseJournal(''), [person('a', 'A')], { status: 'new', today: TODAY }).edits
      );
      assert.equal(after, `## A\n- id: a\n- status: new\n- source: Test feed\n- seen: ${TODAY}\n`);
    });

    it('does not add a second blank line before an appended entry', () => {
      const text = '# T\n\n';
      const after = apply(
        text,
        addEntriesEdit(parseJournal(text), [person('a', 'A')], { status: 'new', today: TODAY }).edits
      );
      assert.equal(after, `# T\n\n## A\n- id: a\n- status: new\n- source: Test feed\n- seen: ${TODAY}\n`);
    });

    it('keeps tabs, trailing spaces and unicode on untouched lines', () => {
      const text = '## Zoë\t \n- id: z\n- status: new   \n\n\tprose 🚀  \n';
      const after = apply(text, recordDecisionEdit(parseJournal(text), person('z'), 'accepted', { today: TODAY }));
      assert.equal(after, `## Zoë\t \n- id: z\n- status: accepted\n- decided: ${TODAY}\n\n\tprose 🚀  \n`);
    });
  });

  describe('addEntriesEdit', () => {
    it('skips ids already in the journal and duplicates within the batch', () => {
      const result = addEntriesEdit(
        journal,
        [person('feed:alan'), person('feed:n1', 'N1'), person('feed:n1', 'N1 again'), person('feed:n2', 'N2')],
        { status: 'new', today: TODAY }
      );
      assert.equal(result.added, 2);
      assert.equal(result.existing, 2);
      const after = apply(sample, result.edits);
      assert.deepEqual(
        parseJournal(after).entries.map((e) => e.id),
        ['https://www.linkedin.com/in/ada', 'feed:grace', 'feed:alan', 'feed:n1', 'feed:n2']
      );
      assert.ok(after.startsWith(sample));
    });

    it('returns no edit when everyone is known', () => {
      const result = addEntriesEdit(journal, [person('feed:grace')], { status: 'new', today: TODAY });
      assert.deepEqual(result, { edits: [], added: 0, existing: 1 });
    });

    it('writes an invitation message as a short quoted paragraph', () => {
      const result = addEntriesEdit(
        parseJournal(''),
        [person('m', 'M', { message: 'Hi!\nLet us <b>talk</b>\n## about things' })],
        { status: 'new', today: TODAY }
      );
      const after = apply('', result.edits);
      assert.ok(after.includes('\n\n> Hi! Let us \\<b\\>talk\\</b\\> ## about things\n'), after);
      assert.equal(parseJournal(after).entries.length, 1);
    });
  });

  describe('sections', () => {
    it('replaces an existing answer, touching only its body', () => {
      const after = apply(
        sample,
        setAnswerEdit(journal, person('https://www.linkedin.com/in/ada'), 6, 'Send the engine drawings.', TODAY)
      );
      assert.deepEqual(changedLines(sample, after), {
        removed: ["Introduce her to the engine's machinists."],
        added: ['Send the engine drawings.']
      });
    });

    it('inserts a new answer after the earlier questions, in question order', () => {
      const after = apply(
        sample,
        setAnswerEdit(journal, person('https://www.linkedin.com/in/ada'), 2, 'Funding.', TODAY)
      );
      assert.deepEqual(changedLines(sample, after), {
        removed: [],
        added: [`### ${QUESTIONS[2]}`, '', 'Funding.', '']
      });
      const ada = parseJournal(after).entries[0];
      assert.deepEqual(
        ada.sections.map((s) => s.questionIndex ?? s.kind),
        [0, 2, 6, 'draft', 'log']
      );
    });

    it('inserts the first answer of an entry at its end', () => {
      const after = apply(sample, setAnswerEdit(journal, person('feed:alan'), 0, 'A codebreaker.', TODAY));
      assert.ok(after.endsWith(`- seen: 2026-11-24\n\n### ${QUESTIONS[0]}\n\nA codebreaker.\n`), after.slice(-200));
    });

    it('escapes answer lines that would forge structure', () => {
      const after = apply(sample, setAnswerEdit(journal, person('feed:alan'), 0, 'Fine\n## Mallory\n```\n<!--', TODAY));
      const reparsed = parseJournal(after);
      assert.deepEqual(
        reparsed.entries.map((e) => e.name),
        ['Ada Lovelace', 'Grace Hopper', 'Alan Turing']
      );
      assert.ok(after.includes('\\## Mallory\n\\```\n\\<!--\n'));
    });

    it('replaces the draft inside its fence, and fences drafts that contain backticks', () => {
      const after = apply(
        sample,
        setDraftEdit(journal, person('https://www.linkedin.com/in/ada'), 'New text\n```\nstill draft', 'email', TODAY)
      );
      assert.deepEqual(changedLines(sample, after), {
        removed: ['```message', 'Hi Ada, thanks for connecting — how can I help you today?', '```'],
        added: ['````email', 'New text', '```', 'still draft', '````']
      });
      const reparsed = parseJournal(after);
      assert.equal(reparsed.entries.length, 3);
    });

    it('adds a draft before the log when there is none', () => {
      const text = '## A\n- id: a\n\n### Log\n\n- 2026-11-01: hi\n';
      const after = apply(text, setDraftEdit(parseJournal(text), person('a'), 'Hello', 'note', TODAY));
      assert.equal(after, '## A\n- id: a\n\n### Draft\n\n```note\nHello\n```\n\n### Log\n\n- 2026-11-01: hi\n');
    });

    it('appends a log line after the last one', () => {
      const after = apply(
        sample,
        appendLogEdit(journal, person('https://www.linkedin.com/in/ada'), 'Coffee\nchat', TODAY)
      );
      assert.deepEqual(changedLines(sample, after), { removed: [], added: [`- ${TODAY}: Coffee chat`] });
    });

    it('creates the log section at the end of an entry, before the next entry', () => {
      const after = apply(sample, appendLogEdit(journal, person('feed:grace'), 'Emailed', TODAY));
      assert.deepEqual(changedLines(sample, after), { removed: [], added: ['### Log', '', `- ${TODAY}: Emailed`, ''] });
      assert.equal(parseJournal(after).entries[1].log.length, 1);
    });

    it('creates the entry when logging for someone new', () => {
      const after = apply(sample, appendLogEdit(journal, person('feed:new', 'New'), 'Said hi', TODAY));
      const entry = parseJournal(after).byId.get('feed:new')!;
      assert.equal(entry.status, 'new');
      assert.deepEqual(
        entry.log.map((l) => l.text),
        ['Said hi']
      );
    });

    it('sets the follow-up date alone', () => {
      const after = apply(sample, setFollowUpEdit(journal, person('feed:alan'), '2027-01-02', TODAY));
      assert.deepEqual(changedLines(sample, after), { removed: [], added: ['- follow-up: 2027-01-02'] });
    });

    it('sets any metadata value by id', () => {
      const after = apply(sample, setMetadataEdit(journal, 'feed:grace', 'Tags', 'compilers'));
      assert.deepEqual(changedLines(sample, after), { removed: [], added: ['- tags: compilers'] });
    });
  });

  describe('applyTextEdits', () => {
    it('applies inserts at the same position in array order and rejects overlaps', () => {
      const at = { line: 0, character: 1 };
      assert.equal(
        applyTextEdits('ab', [
          { range: { start: at, end: at }, newText: 'X' },
          { range: { start: at, end: at }, newText: 'Y' }
        ]),
        'aXYb'
      );
      assert.throws(
        () =>
          applyTextEdits('abc', [
            { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: '' },
            { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: '' }
          ]),
        /overlapping/
      );
    });

    it('clamps a character past the end of a CRLF line to before the CR', () => {
      assert.equal(
        applyTextEdits('ab\r\ncd', [
          { range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, newText: '!' }
        ]),
        'ab!\r\ncd'
      );
    });
  });
});
