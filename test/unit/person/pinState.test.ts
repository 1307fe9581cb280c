/** The person panel's saved state as the serializer reads it back: the pin survives, bad values do not. */
import * as assert from 'node:assert/strict';
import { parsePanelMessage, restorePanelState } from '../../../src/shared/personProtocol';

describe('person panel pin state', () => {
  it('reads a pinned id back, and defaults to following', () => {
    assert.equal(restorePanelState({ personId: 'x:ada', pinnedId: 'x:ada' }).pinnedId, 'x:ada');
    assert.equal(restorePanelState({ personId: 'x:ada' }).pinnedId, null);
    assert.equal(restorePanelState(undefined).pinnedId, null);
  });

  it('ignores a pinned id that is not a short non-empty string', () => {
    for (const pinnedId of ['', 42, { id: 'x' }, 'x'.repeat(2_001)]) {
      assert.equal(restorePanelState({ pinnedId }).pinnedId, null, JSON.stringify(pinnedId).slice(0, 40));
    }
  });

  it('accepts a pin request with a boolean only', () => {
    const pin = (pinned: unknown) =>
      parsePanelMessage({ type: 'request', requestId: 'r1', request: { type: 'pin', pinned } }).ok;
    assert.equal(pin(true), true);
    assert.equal(pin(false), true);
    assert.equal(pin('yes'), false);
  });
});
