import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { applyTextChange, parseJournal, type Journal } from '../../../src/core/journal';
import { positionAt } from './incrementalHelpers';

/** Everything a consumer can read from a journal, as plain data (entries' getters included). */
function view(journal: Journal): unknown {
  return {
    text: journal.text,
    lineStarts: Array.from(journal.lineStarts),
    lineCount: journal.lineCount,
    bom: journal.bom,
    eol: journal.eol,
    preambleEnd: journal.preambleEnd,
    entries: journal.entries.map((e) => ({
      name: e.name,
      id: e.id,
      status: e.status,
      headingLine: e.headingLine,
      endLine: e.endLine,
      metadata: e.metadata,
      sections: e.sections,
      log: e.log,
      draft: e.draft,
      via: e.via,
      link: e.link,
      headline: e.headline,
      message: e.message,
      seen: e.seen,
      followUp: e.followUp,
      tags: e.tags
    })),
    byId: [...journal.byId].map(([id, e]) => [id, e.headingLine])
  };
}

/** A seeded PRNG (mulberry32): the same seed gives the same edit sequence, so a failure replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LINES = [
  '## Ada Lovelace',
  '## Bob',
  '  ## Indented',
  '# Title',
  '- id: https://linkedin.com/in/ada/',
  '- id: feed:1',
  '- status: accepted',
  '- via: Jeff',
  '- tags: a, b',
  '  - seen: 2026-01-02',
  '### Log',
  '- 2026-01-03: wrote',
  '### Draft',
  '### How do we know each other?',
  '```text',
  '```',
  '~~~',
  '<!-- a comment',
  '-->',
  '<!-- inline -->',
  '> a quoted message',
  'Some prose.',
  '',
  '   '
];
/** Snippets an edit inserts: pieces of structure that change how later lines parse. */
const SNIPPETS = [
  '\n',
  '\r\n',
  '## ',
  '\n## Cy\n',
  '```\n',
  '\n```',
  '<!--',
  '-->',
  '\n- id: x\n',
  '#',
  'a',
  ' ',
  '~~~\n'
];

function journalText(next: () => number, crlf: boolean): string {
  const eol = crlf ? '\r\n' : '\n';
  const lines: string[] = [];
  const count = 10 + Math.floor(next() * 60);
  for (let i = 0; i < count; i++) lines.push(LINES[Math.floor(next() * LINES.length)]);
  return lines.join(eol) + (next() < 0.5 ? eol : '');
}

describe('journal: incremental parse (property: equals the full parse after every edit)', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`seed ${seed}: 40 random edits`, () => {
      const next = random(seed);
      const crlf = seed % 3 === 0;
      const bom = seed % 7 === 0 ? '\uFEFF' : '';
      let journal = parseJournal(bom + journalText(next, crlf));
      for (let step = 0; step < 40; step++) {
        const text = journal.text;
        const from = Math.floor(next() * (text.length + 1));
        const to = Math.min(text.length, from + (next() < 0.5 ? 0 : Math.floor(next() * 40)));
        const insert =
          next() < 0.3
            ? ''
            : next() < 0.8
              ? SNIPPETS[Math.floor(next() * SNIPPETS.length)]
              : `${LINES[Math.floor(next() * LINES.length)]}\n`;
        const change = { range: { start: positionAt(text, from), end: positionAt(text, to) }, newText: insert };
        const incremental = applyTextChange(journal, change);
        const full = parseJournal(bom + incremental.text);
        assert.deepEqual(view(incremental), view(full), `seed ${seed} step ${step}: ${JSON.stringify(change)}`);
        journal = incremental;
      }
    });
  }

  it('applies a change as VS Code positions say (clamped past a line end, never inside CRLF)', () => {
    const journal = parseJournal('## A\r\n- id: a\r\n\r\n## B\r\n- id: b\r\n');
    const joined = applyTextChange(journal, {
      range: { start: { line: 1, character: 99 }, end: { line: 2, character: 0 } },
      newText: ''
    });
    assert.equal(joined.text, '## A\r\n- id: a\r\n## B\r\n- id: b\r\n');
    assert.deepEqual(view(joined), view(parseJournal(joined.text)));
  });

  it('re-scans past the edit when it opens a fence that swallows later headings', () => {
    const text = '## A\n### Draft\n\n## B\n- id: b\n\n## C\n- id: c\n';
    const opened = applyTextChange(parseJournal(text), {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      newText: '```'
    });
    assert.deepEqual(
      opened.entries.map((e) => e.name),
      ['A']
    );
    assert.equal(opened.byId.size, 0);
    const closed = applyTextChange(opened, {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
      newText: ''
    });
    assert.deepEqual(
      closed.entries.map((e) => [e.name, e.id]),
      [
        ['A', undefined],
        ['B', 'b'],
        ['C', 'c']
      ]
    );
  });
});
