import * as assert from 'node:assert/strict';
import { newestFirst, warmthRows } from '../../../src/core/inbox';
import { emptyEvidence, warmthScore, type PersonEvidence } from '../../../src/core/evidence';
import type { ConnectionEvent } from '../../../src/core/types';
import type { JournalPerson } from '../../../src/services';
import { buildSnapshot, diffSnapshots } from '../../../src/sidebar/snapshot';
import { fillWarmth } from '../../../src/sidebar/warmth';
import { p } from './fixtures';

const TODAY = '2026-11-25';
const SETTINGS = { threshold: 3, windowMinutes: 10 };

function event(id: string, person: string, link: string | null = null): ConnectionEvent {
  return { id, person, via: null, link, date: '2026-11-24T09:00:00Z', title: person, source: 'Network', headline: '' };
}

function evidenceFor(key: string, messages: number): PersonEvidence {
  return { ...emptyEvidence(key, key), messagesSent: messages, messagesReceived: messages, lastContact: '2026-11-01' };
}

describe('sidebar warmth rows (issue 11)', () => {
  it('orders by warmth descending, people without warmth last, ties in date order, no day headers', () => {
    const entries = newestFirst([
      p('a', 'A', { date: '2026-11-24', warmthScore: 10, warmthBand: 'cold' }),
      p('b', 'B', { date: '2026-11-23' }),
      p('c', 'C', { date: '2026-11-22', warmthScore: 70, warmthBand: 'strong' }),
      p('d', 'D', { date: '2026-11-21', warmthScore: 10, warmthBand: 'cold' }),
      p('e', 'E', { date: '2026-11-20', warmthScore: 0, warmthBand: 'cold' })
    ]).map((person) => ({ person, time: Date.parse(person.date ?? ''), day: person.date ?? '' }));
    const rows = warmthRows(entries as never);
    assert.deepEqual(
      rows.map((r) => (r.kind === 'person' ? r.entry.person.id : r.kind)),
      ['c', 'a', 'd', 'e', 'b']
    );
  });

  it('fills scores from evidence by id or by link, logged contact counts, and nobody else gets one', () => {
    const journal: JournalPerson[] = [
      {
        id: 'id:logged',
        name: 'Logged',
        status: 'accepted',
        tags: [],
        answers: {},
        log: [{ date: '2026-11-20', text: 'coffee' }],
        line: 0
      },
      {
        id: 'id:quiet',
        name: 'Quiet',
        status: 'accepted',
        decided: '2026-11-20',
        tags: [],
        answers: {},
        log: [],
        line: 5
      }
    ];
    const snap = buildSnapshot(
      [
        event('https://example.com/in/ada', 'Ada'),
        event('feed:bob', 'Bob', 'https://example.com/in/bob'),
        event('feed:x', 'X')
      ],
      journal,
      SETTINGS
    );
    const evidence = new Map([
      ['https://example.com/in/ada', evidenceFor('https://example.com/in/ada', 20)],
      ['https://example.com/in/bob', evidenceFor('https://example.com/in/bob', 1)]
    ]);
    fillWarmth(snap.byId.values(), evidence, TODAY);
    const ada = snap.byId.get('https://example.com/in/ada')!.item;
    const bob = snap.byId.get('feed:bob')!.item;
    assert.equal(ada.warmthScore, warmthScore(evidence.get('https://example.com/in/ada'), TODAY));
    assert.ok(ada.warmthScore! > bob.warmthScore!, `${ada.warmthScore} > ${bob.warmthScore}`);
    assert.equal(bob.warmthScore, warmthScore(evidence.get('https://example.com/in/bob'), TODAY));
    assert.ok(snap.byId.get('id:logged')!.item.warmthScore! > 0);
    assert.equal(snap.byId.get('id:quiet')!.item.warmthScore, null);
    assert.equal(snap.byId.get('id:quiet')!.item.warmthBand, null);
    assert.equal(snap.byId.get('feed:x')!.item.warmthScore, null);
    assert.equal(ada.warmthBand, ada.warmthScore! >= 60 ? 'strong' : ada.warmthScore! >= 35 ? 'warm' : 'light');
  });

  it('a changed warmth (new evidence) makes the row part of the patch', () => {
    const events = [event('https://example.com/in/ada', 'Ada'), event('feed:x', 'X')];
    const before = buildSnapshot(events, [], SETTINGS);
    fillWarmth(before.byId.values(), new Map(), TODAY);
    const after = buildSnapshot(events, [], SETTINGS);
    fillWarmth(
      after.byId.values(),
      new Map([['https://example.com/in/ada', evidenceFor('https://example.com/in/ada', 3)]]),
      TODAY
    );
    assert.deepEqual(
      diffSnapshots(before, after).upsert.map((i) => i.id),
      ['https://example.com/in/ada']
    );
  });
});
