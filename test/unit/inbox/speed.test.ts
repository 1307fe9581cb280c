import * as assert from 'node:assert/strict';
import {
  compareEntries,
  InboxModel,
  letterMask,
  newestFirst,
  parseInstant,
  sortEntries,
  toEntry,
  type InboxPerson
} from '../../../src/core/inbox';
import { createRandom } from '../../../bench/lib/random';
import { p } from './fixtures';

const TODAY = '2026-11-25';

/** A seeded mix: instants, bare days (many shared), undated people and exact time ties. */
function mixedPeople(count: number, seed: number): InboxPerson[] {
  const random = createRandom(seed);
  const names = ['Ada', 'Bea', 'Cy', 'Dee', 'Eve', 'Émile', 'Zoë', 'ada'];
  return Array.from({ length: count }, (_, i) => {
    const kind = random.int(0, 9);
    const instant = new Date(
      Date.UTC(2026, 10, 25) - random.int(0, 400) * 3_600_000 - (kind === 0 ? 0 : random.int(0, 59) * 1000)
    ).toISOString();
    const date =
      kind <= 2 ? instant.slice(0, 10) : kind === 3 ? null : kind === 4 ? instant.replace('.000Z', 'Z') : instant;
    return p(`id${random.int(0, 1_000_000)}-${i}`, random.pick(names), {
      date,
      headline: random.pick(['Engineer', 'CTO at Acme', 'x9 lead', '']),
      tags: kind === 5 ? ['Math', 'Go'] : []
    });
  });
}

describe('inbox speed paths keep the exact behaviour', () => {
  it('sortEntries gives exactly the compareEntries order (ties, bare days, undated)', () => {
    for (const seed of [1, 2, 3]) {
      const entries = mixedPeople(2_000, seed).map(toEntry);
      const expected = entries.slice().sort(compareEntries);
      assert.deepEqual(
        sortEntries(entries).map((e) => e.person.id),
        expected.map((e) => e.person.id)
      );
    }
  });

  it('sortEntries falls back correctly when the dates span too long for its packed keys', () => {
    const entries = [
      p('old', 'Old', { date: '1800-01-01' }),
      p('new', 'New', { date: '2100-01-01T00:00:00Z' }),
      p('mid', 'Mid', { date: '2026-11-25' }),
      p('none', 'None')
    ].map(toEntry);
    assert.deepEqual(
      sortEntries(entries).map((e) => e.person.id),
      ['new', 'mid', 'old', 'none']
    );
  });

  it('newestFirst returns the people in list order, and the same array contents when already sorted', () => {
    const people = mixedPeople(500, 9);
    const sorted = newestFirst(people);
    assert.deepEqual(
      sorted,
      people
        .map(toEntry)
        .sort(compareEntries)
        .map((e) => e.person)
    );
    assert.deepEqual(newestFirst(sorted), sorted);
  });

  it('the letter-mask search matches exactly what a plain substring search matches', () => {
    const people = mixedPeople(1_000, 4);
    const model = new InboxModel(people);
    const naive = (term: string) =>
      model
        .entries()
        .filter((e) =>
          `${e.person.name}\n${e.person.via ?? ''}\n${e.person.headline}\n${e.person.tags.join(' ')}`
            .toLowerCase()
            .includes(term)
        )
        .map((e) => e.person.id);
    for (const term of ['e', 'a', 'z', 'É', 'ë', '9', 'x9', 'cto', 'acme', 'math', 'go', 'q', '\n', ' ', 'ada']) {
      const lower = term.toLowerCase().trim();
      if (!lower) continue;
      assert.deepEqual(
        model.view('inbox', term, TODAY).map((e) => e.person.id),
        naive(lower),
        term
      );
    }
  });

  it('letterMask sets one bit per letter and one for digits', () => {
    assert.equal(letterMask('abc'), 0b111);
    assert.equal(letterMask('z'), 1 << 25);
    assert.equal(letterMask('7'), 1 << 26);
    assert.equal(letterMask('é -'), 0);
  });

  it('the cached search list follows data changes', () => {
    const model = new InboxModel([p('a', 'Ada'), p('b', 'Bob')]);
    assert.equal(model.view('inbox', '', TODAY).length, 2);
    model.apply([{ ...p('a', 'Ada'), status: 'accepted' }], []);
    assert.deepEqual(
      model.view('inbox', '', TODAY).map((e) => e.person.id),
      ['b']
    );
    assert.deepEqual(
      model.view('accepted', 'ad', TODAY).map((e) => e.person.id),
      ['a']
    );
    model.reset([p('c', 'Cy')]);
    assert.deepEqual(
      model.view('inbox', '', TODAY).map((e) => e.person.id),
      ['c']
    );
  });

  it('reads the common UTC instants like Date.parse across day boundaries (day cache)', () => {
    for (const iso of [
      '2026-11-24T23:59:59.999Z',
      '2026-11-24T00:00:00.000Z',
      '2026-11-25T00:00:00Z',
      '2026-11-24T12:00:00.000Z',
      '2026-11-24T24:00:00.000Z',
      '2026-11-24T24:00:01Z',
      '2026-11-24T12:60:00Z',
      '2026-11-24T1x:00:00Z',
      '2026-02-31T10:00:00.000Z',
      '0999-01-01T00:00:00Z'
    ]) {
      const expected = Date.parse(iso);
      const actual = parseInstant(iso);
      assert.ok(
        Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)),
        `${iso}: ${actual} vs ${expected}`
      );
    }
  });
});
