import * as assert from 'node:assert/strict';
import type { ConnectionEvent } from '../../../src/core/types';
import type { JournalPerson } from '../../../src/services';
import { buildSnapshot, diffSnapshots, inboxCount } from '../../../src/sidebar/snapshot';
import { isSafeExternalUrl } from '../../../src/sidebar/urls';

const SETTINGS = { threshold: 3, windowMinutes: 10 };

function event(id: string, person: string, extra: Partial<ConnectionEvent> = {}): ConnectionEvent {
  return {
    id,
    person,
    via: 'Jeff Wolfe',
    link: null,
    date: '2026-11-24T09:00:00Z',
    title: `Jeff Wolfe is now connected to ${person}`,
    source: 'Network',
    headline: 'Headline',
    ...extra
  };
}

function entry(name: string, extra: Partial<JournalPerson> = {}): JournalPerson {
  return { id: `id:${name}`, name, status: 'new', tags: [], answers: {}, log: [], line: 0, ...extra };
}

describe('sidebar snapshot (feeds + journal merge)', () => {
  it('keeps a burst and its size after some members are decided, and counts who is left', () => {
    const events = Array.from({ length: 5 }, (_, i) =>
      event(`feed:b${i}`, `Member ${i}`, { date: `2026-11-24T09:0${i}:00Z` })
    );
    const known = new Map(events.map((e) => [e.id, e]));
    // Two were decided: the feed no longer lists them, the journal does.
    const snap = buildSnapshot(
      events.slice(2),
      [
        entry('Member 0', { id: 'feed:b0', status: 'accepted' }),
        entry('Member 1', { id: 'feed:b1', status: 'declined' })
      ],
      SETTINGS,
      known
    );
    assert.equal(snap.bursts.length, 1);
    assert.equal(snap.bursts[0].count, 5);
    assert.equal(snap.bursts[0].left, 3);
    assert.deepEqual([...snap.bursts[0].eventIds].sort(), events.map((e) => e.id).sort());
  });

  it('merges feed events and journal entries, the journal winning on the same id', () => {
    const snap = buildSnapshot(
      [event('id:Ada', 'Ada from feed'), event('feed:1', 'Bob')],
      [entry('Ada', { status: 'accepted', decided: '2026-11-20', seen: '2026-11-19', tags: ['math'] })],
      SETTINGS
    );
    assert.equal(snap.items.length, 2);
    const ada = snap.byId.get('id:Ada')!;
    assert.equal(ada.item.name, 'Ada');
    assert.equal(ada.item.status, 'accepted');
    assert.equal(ada.item.origin, 'journal');
    assert.equal(ada.item.date, '2026-11-19');
    assert.deepEqual(ada.item.tags, ['math']);
    assert.equal(snap.byId.get('feed:1')!.item.origin, 'feed');
    assert.equal(snap.byId.get('feed:1')!.event.person, 'Bob');
  });

  it('keeps the headline, message and time of a feed person after they enter the journal', () => {
    const feed = event('feed:9', 'Priya Raman', {
      headline: 'Product lead',
      message: 'Hi!',
      date: '2026-11-24T09:12:00Z'
    });
    const snap = buildSnapshot(
      [],
      [entry('Priya Raman', { id: 'feed:9', seen: '2026-11-24' })],
      SETTINGS,
      new Map([[feed.id, feed]])
    );
    const priya = snap.byId.get('feed:9')!;
    assert.equal(priya.item.headline, 'Product lead');
    assert.equal(priya.item.date, '2026-11-24T09:12:00Z');
    assert.equal(priya.event.message, 'Hi!');
    assert.equal(priya.item.origin, 'journal');
  });

  it('holds one object per person: the item is the record, and a journal event is built only when asked for', () => {
    const feed = event('feed:9', 'Priya Raman', {
      headline: 'Product lead',
      message: 'Hi!',
      date: '2026-11-24T09:12:00Z'
    });
    const snap = buildSnapshot(
      [event('feed:1', 'Bob')],
      [entry('Priya Raman', { id: 'feed:9', seen: '2026-11-24', via: 'Jo', tags: ['x'] })],
      SETTINGS,
      new Map([[feed.id, feed]])
    );
    for (const item of snap.items) assert.equal(snap.byId.get(item.id)!.item, item);
    const bob = snap.byId.get('feed:1')!;
    assert.equal(bob.item.tags.length, 0);
    assert.equal(bob.event.person, 'Bob');
    const priya = snap.byId.get('feed:9')!;
    assert.deepEqual(priya.event, {
      id: 'feed:9',
      person: 'Priya Raman',
      via: 'Jo',
      link: null,
      date: '2026-11-24T09:12:00Z',
      title: 'Priya Raman',
      source: 'Journal',
      headline: 'Product lead',
      message: 'Hi!'
    });
    assert.equal(priya.event, priya.event, 'built once');
    assert.deepEqual(priya.item.tags, ['x']);
  });

  it('gives id-less and duplicate journal entries distinct stable keys, and unknown statuses count as new', () => {
    const snap = buildSnapshot(
      [],
      [entry('Ann', { id: undefined, line: 3 }), entry('Ann', { id: undefined, line: 9, status: 'maybe' })],
      SETTINGS
    );
    assert.deepEqual(snap.items.map((i) => i.id).sort(), ['journal:Ann', 'journal:Ann#10']);
    assert.ok(snap.items.every((i) => i.status === 'new'));
  });

  it('sends people newest first', () => {
    const snap = buildSnapshot(
      [event('a', 'A', { date: '2026-11-01T00:00:00Z' }), event('b', 'B', { date: '2026-11-03T00:00:00Z' })],
      [entry('C', { seen: '2026-11-02' })],
      SETTINGS
    );
    assert.deepEqual(
      snap.items.map((i) => i.name),
      ['B', 'C', 'A']
    );
  });

  it('detects bursts among new feed events only', () => {
    const events = ['a', 'b', 'c', 'd'].map((id, i) =>
      event(id, id.toUpperCase(), { via: 'Mark Ruiz', date: `2026-11-25T07:0${i}:00Z` })
    );
    const snap = buildSnapshot(events, [], SETTINGS);
    assert.equal(snap.bursts.length, 1);
    assert.equal(snap.bursts[0].count, 4);
    const decided = buildSnapshot(
      events,
      [entry('A', { id: 'a', status: 'accepted' }), entry('B', { id: 'b', status: 'accepted' })],
      SETTINGS
    );
    assert.equal(decided.bursts.length, 0, 'two left is below the threshold');
  });

  it('clips hostile long fields so one item cannot get the list rejected', () => {
    const snap = buildSnapshot([event('x', 'N'.repeat(50_000), { headline: 'H'.repeat(5_000) })], [], SETTINGS);
    assert.ok(snap.items[0].name.length <= 1_000);
    assert.ok(snap.items[0].headline.length <= 1_000);
  });

  it('diffs to a one-row patch when one decision is recorded', () => {
    const journal = Array.from({ length: 100 }, (_, i) => entry(`P${i}`));
    const before = buildSnapshot([], journal, SETTINGS);
    const after = buildSnapshot(
      [],
      journal.map((e, i) => (i === 42 ? { ...e, status: 'accepted', decided: '2026-11-25' } : e)),
      SETTINGS
    );
    const diff = diffSnapshots(before, after);
    assert.deepEqual(
      diff.upsert.map((i) => i.id),
      ['id:P42']
    );
    assert.deepEqual(diff.remove, []);
    assert.equal(diff.burstsChanged, false);
    const removed = diffSnapshots(after, buildSnapshot([], journal.slice(1), SETTINGS));
    assert.deepEqual(removed.remove, ['id:P0']);
  });

  it('counts the inbox as new plus due deferrals', () => {
    const snap = buildSnapshot(
      [event('f', 'F')],
      [
        entry('A', { status: 'deferred', followUp: '2026-11-25' }),
        entry('B', { status: 'deferred', followUp: '2026-11-26' }),
        entry('C', { status: 'declined' })
      ],
      SETTINGS
    );
    assert.equal(inboxCount(snap.items, '2026-11-25'), 2);
  });

  it('opens only http(s) links with a host', () => {
    assert.equal(isSafeExternalUrl('https://example.com/in/ada'), true);
    assert.equal(isSafeExternalUrl('http://example.com'), true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'command:workbench.action.terminal.new',
      'data:text/html,x',
      'vscode://x',
      'https://',
      'not a url'
    ]) {
      assert.equal(isSafeExternalUrl(bad), false, bad);
    }
  });
});
