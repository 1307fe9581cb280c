import * as assert from 'node:assert/strict';
import { decisionLenses } from '../../../src/journal/decisionLenses';

describe('CodeLens decisions offer only what changes something', () => {
  const titles = (status: string | undefined) => decisionLenses(status).map((l) => l.title);
  it('offers all three on a new entry or one without a status', () => {
    assert.deepEqual(titles('new'), ['Accept', 'Decline', 'Defer']);
    assert.deepEqual(titles(undefined), ['Accept', 'Decline', 'Defer']);
  });
  it('leaves out the status the entry already has', () => {
    assert.deepEqual(titles('accepted'), ['Decline', 'Defer']);
    assert.deepEqual(titles('declined'), ['Accept', 'Defer']);
    assert.deepEqual(titles('deferred'), ['Accept', 'Decline', 'Defer again']);
  });
});
