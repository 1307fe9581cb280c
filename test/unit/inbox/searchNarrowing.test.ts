import * as assert from 'node:assert/strict';
import { InboxModel } from '../../../src/core/inbox';
import { p } from './fixtures';

const TODAY = '2026-11-25';
const names = ['Ada Lovelace', 'Adam Long', 'Ada Byron', 'Lee Chen', 'Madalena Lima', 'Bob Adams', 'Adaeze Lo'];
const people = names.map((name, i) =>
  p(`id${i}`, name, { via: i % 2 ? 'Ada Ltd' : null, tags: i === 3 ? ['ada'] : [] })
);
const ids = (entries: readonly { person: { id: string } }[]) => entries.map((e) => e.person.id);

describe('search narrowing and corrections', () => {
  it('typing on and backspacing give exactly what a fresh search gives', () => {
    const typed = new InboxModel(people);
    // Not vacuous: the sequence passes through non-empty, shrinking and growing results.
    assert.deepEqual(
      ['a', 'ada l', 'ada lo'].map((q) => new InboxModel(people).view('inbox', q, TODAY).length),
      [7, 6, 3]
    );
    const queries = ['a', 'ad', 'ada', 'ada ', 'ada l', 'ada lo', 'ada l', 'ada ', 'ada', 'ad', 'lo ada', 'x', ''];
    for (const query of queries) {
      const fresh = new InboxModel(people).view('inbox', query, TODAY);
      assert.deepEqual(ids(typed.view('inbox', query, TODAY)), ids(fresh), JSON.stringify(query));
    }
  });

  it('forgets remembered results when the people change', () => {
    const model = new InboxModel(people);
    assert.equal(model.view('inbox', 'zoe', TODAY).length, 0);
    model.apply([p('new', 'Zoe Ada')], []);
    assert.deepEqual(ids(model.view('inbox', 'zoe', TODAY)), ['new']);
    assert.deepEqual(ids(model.view('inbox', 'zoe a', TODAY)), ['new']);
  });
});
