import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { eventsNotInJournal } from '../../../src/core/feeds/fresh';
import { parseFeed } from '../../../src/core/feeds/parse';
import {
  addEntriesEdit,
  canonicalId,
  lintJournal,
  parseJournal,
  recordDecisionEdit,
  samePerson
} from '../../../src/core/journal';
import { applyTextEdits } from '../../../src/core/journal/textEdits';
import { parseLinkedInExport } from '../../../src/core/linkedin';
import { toJournalPerson } from '../../../src/journal/projection';
import { buildSnapshot, findRecord } from '../../../src/sidebar/snapshot';

/** The same person, as three layers spell them: a hand-written entry, a feed link, a CSV row. */
const JOURNAL = '# Connections\n\n## Lee Chen\n- id: https://linkedin.com/in/lee-chen/\n- status: new\n';
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Network</title>
<item><title>Jeff Wolfe is now connected to Lee Chen</title><link>https://www.linkedin.com/in/lee-chen?trk=feed</link>
<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>`;
const CSV = 'First Name,Last Name,URL,Connected On\nLee,Chen,http://LinkedIn.com/in/lee-chen/,01 Jan 2026\n';
const TODAY = '2026-11-25';
const BURSTS = { threshold: 10, windowMinutes: 60 };

function feedEvent() {
  const { events } = parseFeed(FEED, { label: 'Network', feedKey: 'test' });
  assert.equal(events.length, 1, 'the fixture feed holds one connection event');
  return events[0];
}

describe('one identity for a person across layers', () => {
  it('folds every spelling of a profile URL and of a synthetic key to one key', () => {
    const spellings = [
      'https://linkedin.com/in/lee-chen/',
      'https://www.linkedin.com/in/lee-chen',
      'http://WWW.LinkedIn.com/in/lee-chen?trk=abc',
      ' https://m.linkedin.com/in/lee-chen#top '
    ];
    for (const s of spellings) assert.equal(canonicalId(s), 'https://www.linkedin.com/in/lee-chen', s);
    assert.ok(samePerson('journal:Lee  Chen', 'journal:lee chen'));
    assert.ok(!samePerson('https://www.linkedin.com/in/lee-chen', 'https://www.linkedin.com/in/lee-chen-2'));
    assert.ok(!samePerson('feed:abc', 'feed:ABC'), 'opaque ids stay case-sensitive');
  });

  it('builds feed ids from links in the canonical spelling', () => {
    assert.equal(feedEvent().id, 'https://www.linkedin.com/in/lee-chen');
  });

  it('feed, CSV and hand-written entry: one entry, one row, one decision', () => {
    const journal = parseJournal(JOURNAL);
    const fromFeed = feedEvent();
    const fromCsv = parseLinkedInExport(CSV, 'Connections.csv').events[0];
    assert.ok(samePerson(fromFeed.id, journal.entries[0].id!) && samePerson(fromCsv.id, journal.entries[0].id!));

    // Imports and feeds add nobody new.
    const added = addEntriesEdit(journal, [fromFeed, fromCsv], { status: 'new', today: TODAY });
    assert.equal(added.added, 0);
    assert.deepEqual(added.edits, []);

    // The feed filter drops the person, the sidebar shows one row and finds it by the feed's id.
    assert.deepEqual(eventsNotInJournal([[fromFeed]], [journal.entries[0].id]), []);
    const people = journal.entries.map((e) => toJournalPerson(journal, e));
    const snapshot = buildSnapshot([fromFeed], people, BURSTS);
    assert.equal(snapshot.items.length, 1);
    assert.equal(snapshot.items[0].origin, 'journal');
    assert.equal(findRecord(snapshot, fromFeed.id), snapshot.byId.get(snapshot.items[0].id));

    // Accepting the feed row changes the hand-written entry; still one entry, no duplicate-id lint.
    const after = parseJournal(
      applyTextEdits(JOURNAL, recordDecisionEdit(journal, fromFeed, 'accepted', { today: TODAY }))
    );
    assert.equal(after.entries.length, 1);
    assert.equal(after.entries[0].status, 'accepted');
    assert.equal(after.entries[0].id, 'https://linkedin.com/in/lee-chen/', 'the user-written id is kept as written');
    assert.ok(!lintJournal(after, { today: TODAY }).some((d) => d.code.includes('duplicate')));
    const next = buildSnapshot(
      [fromFeed],
      after.entries.map((e) => toJournalPerson(after, e)),
      BURSTS
    );
    assert.equal(next.items.length, 1);
    assert.equal(next.items[0].status, 'accepted');
  });

  it('two feeds spelling one person differently give one new row', () => {
    const a = { ...feedEvent(), id: 'https://www.linkedin.com/in/sam' };
    const b = { ...feedEvent(), id: 'https://linkedin.com/in/sam/' };
    assert.equal(eventsNotInJournal([[a], [b]], []).length, 1);
    assert.equal(buildSnapshot([a, b], [], BURSTS).items.length, 1);
  });
});
