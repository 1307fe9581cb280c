import * as assert from 'node:assert/strict';
import { dueFollowUps, parseJournal } from '../../../src/core/journal';
import { seedJournal, shiftFeedDates } from '../../../scripts/demo/data';

describe('demo data relative to today', () => {
  const now = new Date(2027, 2, 10, 12, 0, 0);
  it('moves the feed so its newest item is two hours ago, keeping the gaps', () => {
    const rss =
      '<item><pubDate>Tue, 24 Nov 2026 09:12:00 GMT</pubDate></item><item><pubDate>Tue, 24 Nov 2026 09:02:00 GMT</pubDate></item>';
    const dates = [...shiftFeedDates(rss, now).matchAll(/<pubDate>([^<]+)</g)].map((m) => Date.parse(m[1]));
    assert.equal(dates[0], now.getTime() - 2 * 3_600_000);
    assert.equal(dates[0] - dates[1], 10 * 60_000);
  });
  it('shifts journal dates and adds someone due today and someone deferred until later', () => {
    const seeded = seedJournal('## A\n- id: a\n- status: accepted\n- seen: 2026-11-24\n', '2026-11-25', now);
    assert.match(seeded, /- seen: 2027-03-09/);
    const due = dueFollowUps(parseJournal(seeded), '2027-03-10');
    assert.deepEqual(
      due.map((e) => e.name),
      ['Dana Whitfield']
    );
    assert.match(seeded, /## Ravi Menon[\s\S]*- follow-up: 2027-03-22/);
  });
});
