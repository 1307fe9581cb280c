import * as assert from 'node:assert/strict';
import { MAX_EVENTS_PER_FEED, capFeedEvents, capNote } from '../../../src/core/feeds/limits';

describe('per-feed cap', () => {
  it('keeps the newest MAX_EVENTS_PER_FEED and counts what it drops', () => {
    const events = Array.from({ length: MAX_EVENTS_PER_FEED + 7 }, (_, i) => i);
    const { kept, dropped } = capFeedEvents(events);
    assert.equal(kept.length, MAX_EVENTS_PER_FEED);
    assert.equal(kept[0], 0);
    assert.equal(dropped, 7);
    assert.deepEqual(capFeedEvents([1, 2]), { kept: [1, 2], dropped: 0 });
  });

  it('says so in the status only when something was dropped', () => {
    assert.equal(capNote(0), undefined);
    assert.equal(capNote(2500), '2,500 older items not shown (keeps the newest 10,000 per feed)');
  });
});
