import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addEntriesEdit, applyTextEdits, formatJournal, parseJournal } from '../../../src/core/journal';
import { parseExportFiles } from '../../../src/core/linkedin';
import { readJournalBytes } from '../../../src/node/journalFile';
import type { ConnectionEvent } from '../../../src/core/types';
import { runCli } from './cliIo';

const TODAY = '2026-11-25';
const person = (id: string, name: string): ConnectionEvent => ({
  id,
  person: name,
  via: null,
  link: null,
  date: null,
  title: '',
  source: 'test',
  headline: ''
});
const append = (text: string, people: ConnectionEvent[]) =>
  applyTextEdits(text, addEntriesEdit(parseJournal(text), people, { status: 'new', today: TODAY }).edits);

describe('hardening: journal text', () => {
  describe('fmt normalises known keys only', () => {
    for (const line of [
      '- https://alice.example.dev/blog',
      '- mailto:alice@example.dev',
      '- Note: call her',
      '- TODO:x'
    ]) {
      it(`keeps "${line}" under a heading byte for byte`, () => {
        const text = `# J\n\n## Alice\n${line}\n- Status: NEW\n`;
        assert.equal(formatJournal(text), `# J\n\n## Alice\n${line}\n- status: new\n`);
      });
    }
  });

  describe('appends after an unclosed fence or comment close it first', () => {
    for (const [label, tail, closer] of [
      ['``` fence', '```js\ncode\n', '```'],
      ['~~~~ fence', '~~~~\ncode', '~~~~'],
      ['<!-- comment', '<!-- note to self\nstill inside\n', '-->']
    ] as const) {
      it(`${label}: the new entries are entries, and a second import adds nothing`, () => {
        const base = `# J\n\n## Old\n- id: old\n\n${tail}`;
        const once = append(base, [person('new-1', 'New One'), person('new-2', 'New Two')]);
        assert.ok(once.startsWith(base), 'the existing bytes are kept');
        assert.match(once.slice(base.length), new RegExp(`^\\n*${closer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
        const journal = parseJournal(once);
        assert.deepEqual(
          journal.entries.map((e) => e.id),
          ['old', 'new-1', 'new-2']
        );
        assert.equal(append(once, [person('new-1', 'New One')]), once);
      });
    }

    it('a closed fence is left alone', () => {
      const base = '# J\n\n```\n## not an entry\n```\n';
      assert.equal(
        append(base, [person('a', 'A')]),
        `${base}\n## A\n- id: a\n- status: new\n- source: test\n- seen: ${TODAY}\n`
      );
    });
  });

  describe('old Connections.csv vintage (no URL column)', () => {
    it('two different John Smiths are two people; a true repeat is counted, not dropped silently', () => {
      const csv =
        'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
        'John,Smith,,Acme,CTO,01 Mar 2019\n' +
        'John,Smith,,Globex,Designer,02 Mar 2019\n' +
        'John,Smith,,Acme,CTO,01 Mar 2019\n';
      const result = parseExportFiles([{ bytes: new TextEncoder().encode(csv), name: 'Connections.csv' }]);
      assert.deepEqual(
        result.events.map((e) => e.id),
        ['linkedin:John-Smith--Acme--CTO', 'linkedin:John-Smith--Globex--Designer']
      );
      assert.equal(result.duplicates, 1);
    });
  });

  describe('hostile bytes through fmt', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'deliberate-bytes-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const cases: [string, Buffer][] = [
      [
        'NUL bytes and controls in prose',
        Buffer.from('# J\0\n\nfree\0text\u0007\n\n## A\0B\n- Status: NEW\n- id: x\0y\n')
      ],
      [
        'mixed line endings',
        Buffer.from('# J\r\n\r\n## A\n- Status: NEW\r\n- tags: b,a\rnot a break\n\n## B\r\n- SEEN: 2026-1-2\r\n')
      ],
      ['a 10 MB line', Buffer.from(`# J\n\n${'x'.repeat(10 * 1024 * 1024)}\n\n## A\n- Status: NEW\n`)],
      ['lone surrogate escapes as text', Buffer.from('# J\n\n## \\uD800 A\n- Status: NEW\n')]
    ];
    for (const [label, bytes] of cases) {
      it(`${label}: only metadata lines change, and fmt --check agrees afterwards`, async () => {
        writeFileSync(join(dir, 'j.md'), bytes);
        const r = await runCli(['fmt', 'j.md'], dir);
        assert.equal(r.code, 0, r.err);
        const after = readFileSync(join(dir, 'j.md'));
        const beforeLines = bytes.toString('utf8').split('\n');
        const afterLines = after.toString('utf8').split('\n');
        assert.equal(afterLines.length, beforeLines.length);
        for (let i = 0; i < beforeLines.length; i++) {
          if (beforeLines[i] !== afterLines[i]) assert.match(beforeLines[i], /^- [A-Za-z-]+:/, `line ${i} changed`);
        }
        assert.equal((await runCli(['fmt', '--check', 'j.md'], dir)).code, 0);
      });
    }

    it('invalid UTF-8 (an encoded lone surrogate) is refused, never half-written', async () => {
      const bytes = Buffer.concat([Buffer.from('# J\n\n## A\n- Status: NEW\n'), Buffer.from([0xed, 0xa0, 0x80, 0x0a])]);
      writeFileSync(join(dir, 'j.md'), bytes);
      const r = await runCli(['fmt', 'j.md'], dir);
      assert.equal(r.code, 2);
      assert.deepEqual(readFileSync(join(dir, 'j.md')), bytes);
      assert.equal((await runCli(['fmt', '--check', 'j.md'], dir)).code, 2);
    });

    it('a file over the cap is refused while reading, with the size in the message', async () => {
      writeFileSync(join(dir, 'big.md'), Buffer.alloc(3 * 1024 * 1024, 0x61));
      await assert.rejects(
        readJournalBytes(join(dir, 'big.md'), 'journal big.md', { maxBytes: 2 * 1024 * 1024 }),
        /larger than 2 MB/
      );
    });
  });
});
