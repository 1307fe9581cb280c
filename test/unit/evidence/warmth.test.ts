import * as assert from 'node:assert/strict';
import {
  addInterval,
  cadenceDue,
  computeWarmth,
  emptyEvidence,
  mergeEvidence,
  parseCadence,
  parseEvidence,
  serialiseEvidence,
  warmthScore,
  warmthScorer,
  type PersonEvidence
} from '../../../src/core/evidence';

const TODAY = '2026-11-29';

function ev(over: Partial<PersonEvidence>): PersonEvidence {
  return { ...emptyEvidence('https://www.linkedin.com/in/ada', 'Ada'), ...over };
}

describe('computeWarmth', () => {
  it('no evidence: 0, cold, says so', () => {
    const w = computeWarmth(undefined, TODAY);
    assert.deepEqual(w, { score: 0, band: 'cold', reasons: ['no contact on record'] });
    assert.equal(computeWarmth(ev({}), TODAY).score, 0);
  });

  it('only an old connection date: cold, decayed', () => {
    const w = computeWarmth(ev({ connectedOn: '2016-01-01' }), TODAY);
    assert.equal(w.band, 'cold');
    assert.equal(w.score, 0);
    assert.deepEqual(w.reasons, ['connected 2016-01-01']);
    assert.equal(computeWarmth(ev({ connectedOn: TODAY }), TODAY).score, 5);
  });

  it('one-way messages score below the same number both ways and say which way', () => {
    const oneWay = computeWarmth(ev({ messagesSent: 6, lastContact: '2026-11-20' }), TODAY);
    const both = computeWarmth(ev({ messagesSent: 3, messagesReceived: 3, lastContact: '2026-11-20' }), TODAY);
    assert.ok(oneWay.score < both.score, `${oneWay.score} < ${both.score}`);
    assert.match(oneWay.reasons[0], /6 messages, only from you/);
    assert.match(both.reasons[0], /6 messages, both ways/);
    assert.ok(both.reasons.includes('last contact 9 days ago'));
  });

  it('many old messages score below a few recent ones', () => {
    const old = computeWarmth(ev({ messagesSent: 60, messagesReceived: 60, lastContact: '2023-01-01' }), TODAY);
    const recent = computeWarmth(ev({ messagesSent: 2, messagesReceived: 2, lastContact: '2026-11-25' }), TODAY);
    assert.ok(old.score < recent.score, `${old.score} < ${recent.score}`);
    assert.equal(old.band, 'cold');
  });

  it('decays by half every 180 days', () => {
    const base = { messagesSent: 10, messagesReceived: 10, endorsementsReceived: 1 };
    const now = computeWarmth(ev({ ...base, lastContact: TODAY }), TODAY).score;
    const later = computeWarmth(ev({ ...base, lastContact: '2026-06-02' }), TODAY).score;
    assert.ok(Math.abs(later - now / 2) <= 1, `${later} ≈ ${now}/2`);
  });

  it('is clamped to 100 and banded strong', () => {
    const w = computeWarmth(
      ev({
        messagesSent: 500,
        messagesReceived: 500,
        recommendationsReceived: 3,
        recommendationsGiven: 3,
        endorsementsGiven: 9,
        endorsementsReceived: 9,
        invitation: 'incoming',
        invitationNote: true,
        connectedOn: '2020-01-01',
        lastContact: TODAY
      }),
      TODAY,
      { logDates: ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'] }
    );
    assert.equal(w.score, 100);
    assert.equal(w.band, 'strong');
    assert.ok(w.reasons.includes('recommended you'));
    assert.ok(w.reasons.includes('they invited you with a note'));
  });

  it('a logged action counts as contact', () => {
    const w = computeWarmth(ev({ messagesSent: 4, messagesReceived: 4, lastContact: '2024-01-01' }), TODAY, {
      logDates: ['2026-11-28']
    });
    assert.ok(w.reasons.includes('last contact yesterday'));
    assert.ok(w.score >= 35);
  });

  it('is deterministic', () => {
    const e = ev({ messagesSent: 3, lastContact: '2026-10-01', endorsementsGiven: 2 });
    assert.deepEqual(computeWarmth(e, TODAY), computeWarmth(e, TODAY));
  });
});

describe('cadence', () => {
  it('parses the documented forms', () => {
    for (const [text, norm] of [
      ['30d', '30d'],
      ['6w', '6w'],
      ['3m', '3m'],
      ['1y', '1y'],
      ['1m..3m', '1m..3m'],
      [' 2W .. 2M ', '2w..2m']
    ]) {
      const p = parseCadence(text);
      assert.ok(p.ok, text);
      assert.equal(p.ok && p.cadence.text, norm);
    }
  });

  it('rejects nonsense with a message that shows the forms', () => {
    for (const bad of ['', 'monthly', '0d', '3m..1m', '1m..2m..3m', '5x']) {
      const p = parseCadence(bad);
      assert.equal(p.ok, false, bad);
      assert.ok(!p.ok && /30d|maximum|\.\./.test(p.message));
    }
  });

  it('adds calendar months with month-end clamping', () => {
    assert.equal(addInterval('2026-01-31', { count: 1, unit: 'm' }), '2026-02-28');
    assert.equal(addInterval('2024-02-29', { count: 1, unit: 'y' }), '2025-02-28');
    assert.equal(addInterval('2026-12-25', { count: 2, unit: 'w' }), '2027-01-08');
    assert.equal(addInterval('2026-11-01', { count: 14, unit: 'm' }), '2028-01-01');
  });

  it('is due from the last contact and past the maximum after it', () => {
    const c = parseCadence('1m..3m');
    assert.ok(c.ok);
    const notYet = cadenceDue(c.cadence, '2026-11-15', TODAY);
    assert.equal(notYet.isDue, false);
    assert.equal(notYet.dueOn, '2026-12-15');
    const due = cadenceDue(c.cadence, '2026-09-01', TODAY);
    assert.equal(due.isDue, true);
    assert.equal(due.pastMax, false);
    assert.match(due.why, /due since 2026-10-01/);
    const past = cadenceDue(c.cadence, '2026-01-01', TODAY);
    assert.equal(past.pastMax, true);
    assert.match(past.why, /past the maximum/);
    assert.equal(cadenceDue(c.cadence, undefined, TODAY).isDue, true);
  });
});

describe('evidence file', () => {
  it('round-trips, sorts by key and keeps names on one line', () => {
    const a = ev({ key: 'b', name: 'Bo\tB\nX', messagesSent: 2, lastContact: '2026-01-01' });
    const b = ev({ key: 'a', name: 'Al', connectedOn: '2020-02-02', invitation: 'incoming', invitationNote: true });
    const text = serialiseEvidence([a, b]);
    const lines = text.trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[1].startsWith('\ta\t'));
    const back = parseEvidence(text);
    assert.deepEqual(back.badLines, []);
    assert.equal(back.people.get('b')!.name, 'Bo B X');
    assert.equal(serialiseEvidence(back.people.values()), text);
  });

  it('re-merging the same evidence changes nothing; a newer export only adds', () => {
    const first = new Map([
      ['k', ev({ key: 'k', messagesSent: 3, firstContact: '2025-01-01', lastContact: '2025-06-01' })]
    ]);
    const same = mergeEvidence(first, [
      ev({ key: 'k', messagesSent: 3, firstContact: '2025-01-01', lastContact: '2025-06-01' })
    ]);
    assert.equal(same.added + same.changed, 0);
    const newer = mergeEvidence(first, [ev({ key: 'k', messagesSent: 2, lastContact: '2026-01-01' })]);
    assert.equal(newer.changed, 1);
    const p = newer.people.get('k')!;
    assert.equal(p.messagesSent, 3);
    assert.equal(p.firstContact, '2025-01-01');
    assert.equal(p.lastContact, '2026-01-01');
  });

  it('reports unreadable lines instead of dropping them silently', () => {
    const parsed = parseEvidence('# header\nnot\ta\tline\n');
    assert.deepEqual(parsed.badLines, [2]);
  });
});

describe('warmthScorer (one day, many people)', () => {
  it('scores exactly as warmthScore does, with and without journal contact', () => {
    const scoreOf = warmthScorer('2026-11-25');
    for (let i = 0; i < 200; i++) {
      const e = emptyEvidence(`https://www.linkedin.com/in/p-${i}`, `P ${i}`);
      Object.assign(e, {
        messagesSent: i % 7,
        messagesReceived: i % 5,
        endorsementsReceived: i % 3,
        connectedOn: `20${10 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`,
        lastContact: i % 4 === 0 ? undefined : `2026-0${1 + (i % 9)}-2${i % 8}`
      });
      const journal = i % 2 ? { decided: '2026-10-01', logDates: i % 3 ? ['2026-11-01'] : [] } : undefined;
      assert.equal(scoreOf(e, journal), warmthScore(e, '2026-11-25', journal), `person ${i}`);
    }
  });
});
