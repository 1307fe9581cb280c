import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { detectBursts } from '../../../src/core/feeds';
import type { ConnectionEvent } from '../../../src/core/types';

const base = Date.parse('2026-11-24T09:00:00Z');
function event(id: string, via: string | null, minutes: number | null): ConnectionEvent {
  return {
    id,
    person: `P ${id}`,
    via,
    link: null,
    date: minutes === null ? null : new Date(base + minutes * 60_000).toISOString(),
    title: '',
    source: 'Net',
    headline: ''
  };
}

describe('feeds core: detectBursts', () => {
  it('flags the source story: one person accepting 25 invitations within minutes', () => {
    const events = Array.from({ length: 25 }, (_, i) => event(`m${i}`, 'Maria Lopez', i * 2));
    const bursts = detectBursts([...events, event('x', 'Someone Else', 3)]);
    assert.equal(bursts.length, 1);
    assert.equal(bursts[0].via, 'Maria Lopez');
    assert.equal(bursts[0].count, 25);
    assert.equal(bursts[0].eventIds.length, 25);
    assert.equal(bursts[0].start, '2026-11-24T09:00:00.000Z');
    assert.equal(bursts[0].end, '2026-11-24T09:48:00.000Z');
  });

  it('default threshold is 10 within an hour: 9 is not a burst, 10 is', () => {
    assert.deepEqual(detectBursts(Array.from({ length: 9 }, (_, i) => event(`a${i}`, 'A', i))), []);
    assert.equal(detectBursts(Array.from({ length: 10 }, (_, i) => event(`a${i}`, 'A', i * 6))).length, 1);
    assert.deepEqual(
      detectBursts(Array.from({ length: 10 }, (_, i) => event(`a${i}`, 'A', i * 7))),
      [],
      '63 minutes is too slow'
    );
  });

  it('merges overlapping windows but keeps separate bursts apart', () => {
    const morning = Array.from({ length: 12 }, (_, i) => event(`m${i}`, 'A', i * 10)); // 110 minutes, overlapping windows
    const evening = Array.from({ length: 10 }, (_, i) => event(`e${i}`, 'A', 600 + i));
    const bursts = detectBursts([...evening, ...morning], { threshold: 5 });
    assert.deepEqual(
      bursts.map((b) => b.count),
      [12, 10]
    );
  });

  it('ignores events without via or date, counts duplicate ids once, groups via case-insensitively', () => {
    const events = [
      ...Array.from({ length: 5 }, (_, i) => event(`d${i}`, i % 2 ? 'maria lopez' : 'Maria Lopez ', i)),
      event('d0', 'Maria Lopez', 1),
      event('n1', null, 1),
      event('n2', 'Maria Lopez', null)
    ];
    const bursts = detectBursts(events, { threshold: 5, windowMinutes: 10 });
    assert.equal(bursts.length, 1);
    assert.equal(bursts[0].count, 5);
    assert.deepEqual(detectBursts(events, { threshold: 6, windowMinutes: 10 }), []);
  });
});
