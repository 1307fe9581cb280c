import * as assert from 'node:assert/strict';
import { applyTextEdits, lintJournal, parseJournal, type JournalDiagnostic } from '../../../src/core/journal';
import { TODAY, fixture } from './helpers';

const lint = (text: string, today = TODAY) => lintJournal(parseJournal(text), { today });
const brief = (ds: JournalDiagnostic[]) => ds.map((d) => [d.line, d.severity, d.code]);

describe('journal lint', () => {
  it('reports nothing on a clean journal except due follow-ups', () => {
    const ds = lint(fixture('sample.connections.md'));
    assert.deepEqual(brief(ds), [[12, 'info', 'follow-up-due']]);
    assert.match(ds[0].message, /due \(2026-11-20\)/);
  });

  it('reports each rule with its code and severity on the broken fixture', () => {
    const ds = lint(fixture('broken.connections.md'));
    assert.deepEqual(brief(ds), [
      [4, 'error', 'unknown-status'],
      [5, 'error', 'invalid-date'],
      [6, 'error', 'invalid-date'],
      [7, 'warning', 'unknown-key'],
      [8, 'info', 'unknown-key'],
      [10, 'info', 'near-miss-question'],
      [16, 'error', 'invalid-date'],
      [19, 'error', 'duplicate-id'],
      [22, 'warning', 'missing-status'],
      [24, 'info', 'follow-up-due']
    ]);
  });

  it('suggests the nearest status and fixes it', () => {
    const text = '## A\n- id: a\n- status: acepted\n';
    const [d] = lint(text);
    assert.equal(d.code, 'unknown-status');
    assert.match(d.message, /did you mean 'accepted'/);
    assert.equal(applyTextEdits(text, d.fix!.edits), '## A\n- id: a\n- status: accepted\n');
    assert.deepEqual(d.range, { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } });
  });

  it('suggests a status only when it is close (maybe is not close to new)', () => {
    const [far] = lint('## A\n- id: a\n- status: maybe\n');
    assert.equal(far.code, 'unknown-status');
    assert.doesNotMatch(far.message, /did you mean/);
    assert.equal(far.fix, undefined);
    const [prefix] = lint('## A\n- id: a\n- status: def\n');
    assert.match(prefix.message, /did you mean 'deferred'/);
  });

  it('accepts statuses case-insensitively (fmt lower-cases them)', () => {
    assert.deepEqual(lint('## A\n- id: a\n- status: Deferred\n'), []);
  });

  it('repairs malformed dates and refuses to guess impossible ones', () => {
    const text = '## A\n- id: a\n- status: new\n- seen: 2026-1-5\n- decided: 2026-02-30\n- follow-up: 2026/12/01\n';
    const ds = lint(text);
    assert.deepEqual(brief(ds), [
      [3, 'error', 'invalid-date'],
      [4, 'error', 'invalid-date'],
      [5, 'error', 'invalid-date']
    ]);
    assert.equal(ds[1].fix, undefined);
    const fixed = applyTextEdits(text, [...ds[0].fix!.edits, ...ds[2].fix!.edits]);
    assert.equal(
      fixed,
      '## A\n- id: a\n- status: new\n- seen: 2026-01-05\n- decided: 2026-02-30\n- follow-up: 2026-12-01\n'
    );
  });

  it('flags 2026-13-45 and leap-day mistakes but accepts 2028-02-29', () => {
    assert.equal(lint('## A\n- id: a\n- status: new\n- seen: 2026-13-45\n').length, 1);
    assert.equal(lint('## A\n- id: a\n- status: new\n- seen: 2027-02-29\n').length, 1);
    assert.deepEqual(lint('## A\n- id: a\n- status: new\n- seen: 2028-02-29\n'), []);
  });

  it('reports a duplicate id on the later entry, naming the first', () => {
    const ds = lint('## A\n- id: x\n- status: new\n\n## B\n- id: x\n- status: new\n');
    assert.deepEqual(brief(ds), [[5, 'error', 'duplicate-id']]);
    assert.match(ds[0].message, /'A' on line 1/);
  });

  it('offers to add a missing status after the id', () => {
    const text = '## A\n- id: a\n- via: b\n';
    const [d] = lint(text);
    assert.equal(d.code, 'missing-status');
    assert.equal(applyTextEdits(text, d.fix!.edits), '## A\n- id: a\n- status: new\n- via: b\n');
  });

  it('renames near-miss keys and keeps unknown keys as info', () => {
    const text = '## A\n- id: a\n- status: new\n- followup: 2026-12-01\n- hobby: chess\n';
    const ds = lint(text);
    assert.deepEqual(brief(ds), [
      [3, 'warning', 'unknown-key'],
      [4, 'info', 'unknown-key']
    ]);
    assert.equal(
      applyTextEdits(text, ds[0].fix!.edits),
      '## A\n- id: a\n- status: new\n- follow-up: 2026-12-01\n- hobby: chess\n'
    );
  });

  it('reports duplicate keys', () => {
    assert.deepEqual(brief(lint('## A\n- id: a\n- status: new\n- status: accepted\n')), [
      [3, 'warning', 'duplicate-key']
    ]);
  });

  it('recognises near-miss question headings (case, punctuation, numbering, typo) and fixes them', () => {
    for (const heading of [
      'who is this person',
      '1. Who is this person?',
      'Who is this persn?',
      'WHO IS THIS PERSON!'
    ]) {
      const text = `## A\n- id: a\n- status: new\n\n### ${heading}\n`;
      const ds = lint(text);
      assert.deepEqual(brief(ds), [[4, 'info', 'near-miss-question']], heading);
      assert.equal(applyTextEdits(text, ds[0].fix!.edits), '## A\n- id: a\n- status: new\n\n### Who is this person?\n');
    }
    assert.deepEqual(lint('## A\n- id: a\n- status: new\n\n### Notes\n\n### Who is she\n'), []);
  });

  it('reports follow-ups due today and earlier, not later', () => {
    const text =
      '## A\n- id: a\n- status: deferred\n- follow-up: 2026-11-25\n\n## B\n- id: b\n- status: deferred\n- follow-up: 2026-11-26\n';
    assert.deepEqual(brief(lint(text)), [[3, 'info', 'follow-up-due']]);
  });

  it('lints log dates', () => {
    assert.deepEqual(brief(lint('## A\n- id: a\n- status: new\n\n### Log\n\n- 2026-11-31: x\n- 2026-11-30: y\n')), [
      [6, 'error', 'invalid-date']
    ]);
  });
});
