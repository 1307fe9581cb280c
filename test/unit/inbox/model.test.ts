import * as assert from 'node:assert/strict';
import { countTabs, InboxModel, inTab, parseInstant, parseWhen, toEntry } from '../../../src/core/inbox';
import { p } from './fixtures';

const TODAY = '2026-11-25';

describe('inbox model', () => {
  describe('parseWhen', () => {
    it('treats a bare YYYY-MM-DD as that local day', () => {
      const { day, time } = parseWhen('2026-11-24');
      assert.equal(day, '2026-11-24');
      assert.equal(new Date(time).getDate(), 24);
    });
    it('maps an instant to its local calendar day', () => {
      const iso = '2026-11-24T23:30:00Z';
      const d = new Date(iso);
      const expected = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      assert.equal(parseWhen(iso).day, expected);
      assert.equal(parseWhen(iso).time, Date.parse(iso));
    });
    it('reads ISO instants exactly like Date.parse', () => {
      for (const iso of [
        '2026-11-24T09:12:00Z',
        '2026-11-24T09:12:00.5Z',
        '2026-11-24T09:12:00.123Z',
        '2026-11-24T09:12:00.123456Z',
        '2026-11-24T09:12:00+05:30',
        '2026-11-24T09:12:00-08:00',
        '2026-02-29T00:00:00Z',
        '2026-11-24T24:00:00Z',
        '2026-11-24T09:12Z',
        'Tue, 24 Nov 2026 09:12:00 GMT',
        '2026-13-01T00:00:00Z',
        '2026-11-24T09:12:00',
        '2026-11-24T09:12:00ZZ',
        'garbage'
      ]) {
        const expected = Date.parse(iso);
        const actual = parseInstant(iso);
        assert.ok(
          Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)),
          `${iso}: ${actual} vs ${expected}`
        );
      }
    });
    it('sorts undated and unparseable dates last', () => {
      assert.deepEqual(parseWhen(null), { time: -Infinity, day: '' });
      assert.deepEqual(parseWhen('not a date'), { time: -Infinity, day: '' });
    });
  });

  describe('tabs and counts', () => {
    const people = [
      p('n', 'New'),
      p('a', 'Accepted', { status: 'accepted' }),
      p('d', 'Declined', { status: 'declined', followUp: '2026-11-01' }),
      p('due', 'Deferred due', { status: 'deferred', followUp: '2026-11-25' }),
      p('later', 'Deferred later', { status: 'deferred', followUp: '2026-11-26' }),
      p('acc-due', 'Accepted with follow-up', { status: 'accepted', followUp: '2026-11-20' })
    ];
    it('puts new people and due deferrals in the inbox', () => {
      assert.deepEqual(
        people.filter((x) => inTab(x, 'inbox', TODAY)).map((x) => x.id),
        ['n', 'due']
      );
    });
    it('lists due follow-ups of any undeclined status', () => {
      assert.deepEqual(
        people.filter((x) => inTab(x, 'followups', TODAY)).map((x) => x.id),
        ['due', 'acc-due']
      );
    });
    it('puts each decided person in their status tab', () => {
      assert.deepEqual(
        people.filter((x) => inTab(x, 'deferred', TODAY)).map((x) => x.id),
        ['due', 'later']
      );
      assert.deepEqual(
        people.filter((x) => inTab(x, 'declined', TODAY)).map((x) => x.id),
        ['d']
      );
    });
    it('counts agree with the tab filter', () => {
      const counts = countTabs(people.map(toEntry), TODAY);
      assert.deepEqual(counts, { inbox: 2, accepted: 2, declined: 1, deferred: 2, followups: 2 });
      for (const tab of ['inbox', 'accepted', 'declined', 'deferred', 'followups'] as const) {
        assert.equal(counts[tab], people.filter((x) => inTab(x, tab, TODAY)).length, tab);
      }
    });
  });

  describe('search', () => {
    const model = new InboxModel([
      p('1', 'Ada Lovelace', { via: 'Charles Babbage', headline: 'Analyst', tags: ['math'] }),
      p('2', 'Grace Hopper', { headline: 'Rear Admiral, COBOL', tags: ['navy', 'compilers'] }),
      p('3', 'Alan Turing', { via: 'Max Newman' })
    ]);
    const ids = (q: string) =>
      model
        .view('inbox', q, TODAY)
        .map((e) => e.person.id)
        .sort();
    it('matches name, via, headline and tag, case-insensitively', () => {
      assert.deepEqual(ids('LOVELACE'), ['1']);
      assert.deepEqual(ids('babbage'), ['1']);
      assert.deepEqual(ids('cobol'), ['2']);
      assert.deepEqual(ids('compilers'), ['2']);
    });
    it('requires every term and ignores extra whitespace', () => {
      assert.deepEqual(ids('  a  '), ['1', '2', '3']);
      assert.deepEqual(ids('alan newman'), ['3']);
      assert.deepEqual(ids('alan babbage'), []);
    });
    it('does not match the source or link', () => {
      assert.deepEqual(ids('feed'), []);
    });
    it('prepares search keys in slices and matches the same either way', () => {
      const fresh = new InboxModel(model.entries().map((e) => e.person));
      assert.ok(
        fresh.entries().every((e) => e.searchKey === undefined),
        'nothing computed up front'
      );
      assert.equal(fresh.prepareSearch(2), false);
      assert.equal(fresh.entries().filter((e) => e.searchKey !== undefined).length, 2);
      assert.equal(fresh.prepareSearch(2), true);
      assert.ok(fresh.entries().every((e) => e.searchKey?.includes('\n')));
      assert.deepEqual(
        fresh.view('inbox', 'cobol', TODAY).map((e) => e.person.id),
        ['2']
      );
    });
  });

  describe('ordering and incremental updates', () => {
    it('orders newest first, undated last, ties by name', () => {
      const model = new InboxModel([
        p('old', 'Old', { date: '2026-11-01T10:00:00Z' }),
        p('none', 'Undated'),
        p('b', 'Bea', { date: '2026-11-20T10:00:00Z' }),
        p('a', 'Abe', { date: '2026-11-20T10:00:00Z' }),
        p('new', 'Newest', { date: '2026-11-25T08:00:00Z' })
      ]);
      assert.deepEqual(
        model.entries().map((e) => e.person.id),
        ['new', 'a', 'b', 'old', 'none']
      );
    });

    it('moves one person on a decision and keeps the rest in order', () => {
      const people = Array.from({ length: 200 }, (_, i) =>
        p(`p${i}`, `P${i}`, { date: new Date(Date.UTC(2026, 10, 25) - i * 60_000).toISOString() })
      );
      const model = new InboxModel(people);
      const before = model.entries().slice();
      const changed = model.apply([{ ...people[50], status: 'accepted', decided: TODAY }], []);
      assert.equal(changed, 2, 'one removal and one insertion');
      assert.equal(model.size, 200);
      assert.equal(model.get('p50')?.person.status, 'accepted');
      assert.deepEqual(
        model.entries().map((e) => e.person.id),
        before.map((e) => e.person.id)
      );
      assert.equal(model.entries()[0], before[0], 'untouched entries are the same objects');
      assert.equal(model.view('inbox', '', TODAY).length, 199);
      assert.equal(model.counts(TODAY).accepted, 1);
    });

    it('keeps one entry per id even if the input repeats one', () => {
      const model = new InboxModel([
        p('a', 'First', { date: '2026-11-02' }),
        p('b', 'B', { date: '2026-11-01' }),
        p('a', 'Second', { date: '2026-11-03' })
      ]);
      assert.equal(model.get('a')?.person.name, 'Second');
      assert.deepEqual(
        model.entries().map((e) => e.person.name),
        ['Second', 'B']
      );
      assert.equal(model.size, 2);
    });

    it('removes and inserts, including large patches', () => {
      const model = new InboxModel([p('a', 'A', { date: '2026-11-01' }), p('b', 'B', { date: '2026-11-02' })]);
      model.apply([p('c', 'C', { date: '2026-11-03' })], ['a']);
      assert.deepEqual(
        model.entries().map((e) => e.person.id),
        ['c', 'b']
      );
      const many = Array.from({ length: 100 }, (_, i) => `x${i}`);
      model.apply(
        many.map((id, i) => p(id, id, { date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}` })),
        []
      );
      model.apply([], many);
      assert.deepEqual(
        model.entries().map((e) => e.person.id),
        ['c', 'b']
      );
      assert.equal(model.get('x1'), undefined);
    });
  });
});
