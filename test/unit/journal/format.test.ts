import * as assert from 'node:assert/strict';
import { formatJournal, parseJournal } from '../../../src/core/journal';
import { fixture } from './helpers';

describe('journal fmt', () => {
  it('normalises key case, spacing, bullets, status case, zero-padded dates and tags', () => {
    const text =
      '## A\n  *   ID :  a  \n- Status:Accepted\n-\tseen:\t2026-1-5\n- Follow-Up: 2026/12/1\n- tags: x ,y,, z\n';
    assert.equal(
      formatJournal(text),
      '## A\n- id: a\n- status: accepted\n- seen: 2026-01-05\n- follow-up: 2026-12-01\n- tags: x, y, z\n'
    );
  });

  it('leaves values it cannot repair as they are', () => {
    const text = '## A\n- id: a\n- status: maybe\n- seen: 2026-13-45\n';
    assert.equal(formatJournal(text), text);
  });

  it('is idempotent on every fixture', () => {
    for (const file of ['sample.connections.md', 'broken.connections.md', 'crlf-bom.connections.md']) {
      const once = formatJournal(fixture(file));
      assert.equal(formatJournal(once), once, file);
    }
  });

  it('keeps prose, headings, drafts and logs byte for byte', () => {
    const prose = '# Title  \n\nFree *text*\twith tabs   \n\n';
    const body =
      '\nNotes:  keep   these   spaces  \n\n### Draft\n\n```\n- Status:  Weird  \n```\n\n### Log\n\n- 2026-1-2: log lines are not metadata\n';
    const text = `${prose}## A\n- ID:  a\n- Status:  New${body}`;
    const formatted = formatJournal(text);
    assert.equal(formatted, `${prose}## A\n- id: a\n- status: new${body}`);
  });

  it('keeps CRLF, the BOM and the missing final newline', () => {
    const text = '\uFEFF## A\r\n- Id: a\r\n- STATUS: new';
    assert.equal(formatJournal(text), '\uFEFF## A\r\n- id: a\r\n- status: new');
  });

  it('returns the very same string when nothing changes', () => {
    const text = fixture('sample.connections.md');
    assert.equal(formatJournal(text), text);
  });

  it('does not change what the journal means', () => {
    const text = fixture('broken.connections.md');
    const before = parseJournal(text).entries.map((e) => [e.name, e.id, e.metadata.length, e.sections.length]);
    const after = parseJournal(formatJournal(text)).entries.map((e) => [
      e.name,
      e.id,
      e.metadata.length,
      e.sections.length
    ]);
    assert.deepEqual(after, before);
  });
});
