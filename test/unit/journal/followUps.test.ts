import * as assert from 'node:assert/strict';
import { addDays, dueFollowUps, isValidIsoDate, parseJournal, repairDate } from '../../../src/core/journal';
import { fixture } from './helpers';

describe('journal follow-ups', () => {
  const text =
    '## A\n- id: a\n- follow-up: 2026-12-01\n\n## B\n- id: b\n- follow-up: 2026-11-20\n\n## C\n- id: c\n- follow-up: soon\n\n## D\n- id: d\n\n## E\n- id: e\n- follow-up: 2026-11-20\n';

  it('lists entries due on or before the date, oldest first, then by position', () => {
    assert.deepEqual(
      dueFollowUps(parseJournal(text), '2026-12-01').map((e) => e.id),
      ['b', 'e', 'a']
    );
    assert.deepEqual(
      dueFollowUps(parseJournal(text), '2026-11-30').map((e) => e.id),
      ['b', 'e']
    );
    assert.deepEqual(dueFollowUps(parseJournal(text), '2026-11-19'), []);
  });

  it('skips malformed follow-up dates (lint reports them)', () => {
    assert.ok(!dueFollowUps(parseJournal(text), '2099-01-01').some((e) => e.id === 'c'));
  });

  it('works on the fixtures', () => {
    assert.deepEqual(
      dueFollowUps(parseJournal(fixture('sample.connections.md')), '2026-11-25').map((e) => e.name),
      ['Ada Lovelace']
    );
    assert.deepEqual(
      dueFollowUps(parseJournal(fixture('crlf-bom.connections.md')), '2026-11-30').map((e) => e.name),
      ['山田 太郎']
    );
  });
});

describe('journal dates', () => {
  it('validates calendar days', () => {
    assert.equal(isValidIsoDate('2026-11-25'), true);
    assert.equal(isValidIsoDate('2026-13-45'), false);
    assert.equal(isValidIsoDate('2026-02-29'), false);
    assert.equal(isValidIsoDate('2024-02-29'), true);
    assert.equal(isValidIsoDate('2026-1-05'), false);
    assert.equal(isValidIsoDate(' 2026-11-25'), false);
  });

  it('repairs only unambiguous dates', () => {
    assert.equal(repairDate('2026-1-5'), '2026-01-05');
    assert.equal(repairDate('2026/11/5'), '2026-11-05');
    assert.equal(repairDate('2026-13-45'), undefined);
    assert.equal(repairDate('5/1/2026'), undefined);
  });

  it('adds days across month and year ends', () => {
    assert.equal(addDays('2026-11-25', 14), '2026-12-09');
    assert.equal(addDays('2026-12-25', 14), '2027-01-08');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  });
});
