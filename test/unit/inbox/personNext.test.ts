import * as assert from 'node:assert/strict';
import { nextUndecided } from '../../../src/person/next';

describe('person panel: next person after a decision', () => {
  const items = [
    { id: 'a', status: 'new' },
    { id: 'b', status: 'accepted' },
    { id: 'c', status: 'new' },
    { id: 'd', status: 'new' }
  ];
  it('moves to the next undecided person below, skipping decided ones', () => {
    assert.equal(nextUndecided(items, 'a'), 'c');
    assert.equal(nextUndecided(items, 'c'), 'd');
  });
  it('moves up at the end of the list, and to nobody when no one is left', () => {
    assert.equal(nextUndecided(items, 'd'), 'c');
    assert.equal(nextUndecided([{ id: 'x', status: 'new' }], 'x'), undefined);
  });
  it('starts at the top when the decided person has already left the list', () => {
    assert.equal(nextUndecided(items, 'gone'), 'a');
  });
});
