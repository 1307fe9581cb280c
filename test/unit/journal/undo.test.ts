import * as assert from 'node:assert/strict';
import { applyTextEdits, parseJournal, recordDecisionEdit } from '../../../src/core/journal';
import { restoreEdits, undoBlocker } from '../../../src/core/journal/undo';
import type { Decision } from '../../../src/core/types';
import { TODAY, fixture, person } from './helpers';

/** Decides, then undoes with restoreEdits; returns both texts and the undo edits. */
function decideAndUndo(text: string, id: string, decision: Decision, followUp?: string) {
  const journal = parseJournal(text);
  const before = journal.text;
  const after = applyTextEdits(before, recordDecisionEdit(journal, person(id), decision, { today: TODAY, followUp }));
  const undo = restoreEdits(after, before);
  return { before, after, undo, restored: applyTextEdits(after, undo) };
}

describe('journal undo (restoreEdits)', () => {
  const sample = fixture('sample.connections.md');

  for (const decision of ['accepted', 'declined', 'deferred'] as const) {
    it(`restores the exact bytes after '${decision}'`, () => {
      const { before, after, restored } = decideAndUndo(sample, 'feed:alan', decision, '2026-12-09');
      assert.notEqual(after, before);
      assert.equal(restored, before);
    });
  }

  it('restores an entry that had decided and follow-up values replaced in place', () => {
    const { before, restored, undo } = decideAndUndo(
      sample,
      'https://www.linkedin.com/in/ada',
      'deferred',
      '2027-01-02'
    );
    assert.equal(restored, before);
    // Minimal: only the changed metadata lines are covered, never the whole entry.
    for (const edit of undo) assert.ok(edit.range.end.line - edit.range.start.line <= 3, JSON.stringify(edit));
  });

  it('restores CRLF text and a file without a final line break byte for byte', () => {
    const crlf = '# J\r\n\r\n## Ada\r\n- id: x:ada\r\n- status: new\r\n\r\nprose  \r\n';
    assert.equal(decideAndUndo(crlf, 'x:ada', 'accepted').restored, crlf);
    const noFinalBreak = '## Ada\n- id: x:ada\n- status: new';
    const r = decideAndUndo(noFinalBreak, 'x:ada', 'declined');
    assert.notEqual(r.after, noFinalBreak);
    assert.equal(r.restored, noFinalBreak);
  });

  it('restores a decision that appended a new entry at the end', () => {
    const text = '# J\n\n## Ada\n- id: x:ada\n- status: new\n';
    const { before, after, restored } = decideAndUndo(text, 'x:new-person', 'accepted');
    assert.ok(after.length > before.length);
    assert.equal(restored, before);
  });

  it('leaves untouched lines out of the undo edits', () => {
    const before = 'a\nb\nc\nd\ne\n';
    const after = 'a\nB\nc\nd\ne\nf\n';
    const edits = restoreEdits(after, before);
    assert.deepEqual(
      edits.map((e) => [e.range.start.line, e.range.end.line, e.newText]),
      [
        [1, 2, 'b\n'],
        [5, 6, '']
      ]
    );
    assert.equal(applyTextEdits(after, edits), before);
  });

  it('does nothing for equal texts, and handles empty texts', () => {
    assert.deepEqual(restoreEdits('same\n', 'same\n'), []);
    assert.equal(applyTextEdits('x\n', restoreEdits('x\n', '')), '');
    assert.equal(applyTextEdits('', restoreEdits('', 'x\ny')), 'x\ny');
  });

  it('blocks an undo when the journal changed after the decision', () => {
    assert.equal(undoBlocker('after', { before: 'b', after: 'after' }), undefined);
    assert.match(undoBlocker('after + typing', { before: 'b', after: 'after' }) ?? '', /changed after that decision/);
  });
});
