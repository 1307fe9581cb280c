import * as assert from 'node:assert/strict';
import {
  addEntriesEdit,
  applyTextEdits,
  lintJournal,
  parseJournal,
  recordDecisionEdit
} from '../../../src/core/journal';
import type { Decision } from '../../../src/core/types';
import { TODAY, fixture, person } from './helpers';

/**
 * The store serialises writes and recomputes each edit on the text it applies to. At the core
 * level that is: parse → edit → apply, ten times over, each on the previous result.
 */
describe('ten concurrent decisions (core level)', () => {
  const decisions: Decision[] = ['accepted', 'declined', 'deferred'];

  it('gives ten entries with ten decisions, none lost, for new people', () => {
    let text = fixture('sample.connections.md');
    const queue = Array.from({ length: 10 }, (_, i) => person(`feed:p${i}`, `Person ${i}`));
    for (const [i, p] of queue.entries()) {
      text = applyTextEdits(
        text,
        recordDecisionEdit(parseJournal(text), p, decisions[i % 3], {
          today: TODAY,
          followUp: i % 3 === 2 ? '2026-12-09' : undefined
        })
      );
    }
    const journal = parseJournal(text);
    for (let i = 0; i < 10; i++) {
      const entry = journal.byId.get(`feed:p${i}`);
      assert.ok(entry, `entry ${i} exists`);
      assert.equal(entry.status, decisions[i % 3]);
      assert.equal(entry.decided, TODAY);
    }
    assert.equal(journal.entries.length, 13);
    assert.deepEqual(
      lintJournal(journal, { today: TODAY }).filter((d) => d.severity === 'error'),
      []
    );
  });

  it('keeps every decision when ten people already in the journal are decided in turn', () => {
    const people = Array.from({ length: 10 }, (_, i) => person(`feed:q${i}`, `Q ${i}`));
    let text = applyTextEdits('', addEntriesEdit(parseJournal(''), people, { status: 'new', today: TODAY }).edits);
    // Decide in reverse order so that inserted lines shift later entries each time.
    for (const p of [...people].reverse()) {
      text = applyTextEdits(
        text,
        recordDecisionEdit(parseJournal(text), p, 'deferred', { today: TODAY, followUp: '2026-12-24' })
      );
    }
    const journal = parseJournal(text);
    assert.equal(journal.entries.length, 10);
    assert.ok(
      journal.entries.every((e) => e.status === 'deferred' && e.followUp === '2026-12-24' && e.decided === TODAY)
    );
  });

  it('does not duplicate a person decided twice', () => {
    let text = '';
    for (let i = 0; i < 2; i++) {
      text = applyTextEdits(text, recordDecisionEdit(parseJournal(text), person('same'), 'accepted', { today: TODAY }));
    }
    assert.equal(parseJournal(text).entries.length, 1);
  });
});
