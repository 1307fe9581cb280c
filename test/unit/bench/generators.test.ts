import * as assert from 'node:assert/strict';
import { createRandom } from '../../../bench/lib/random';
import { generateFeed } from '../../../bench/generators/feed';
import { CONNECTIONS_HEADER, csvField, generateConnectionsCsv } from '../../../bench/generators/csv';
import { generateJournal } from '../../../bench/generators/journal';
import { generatePeople } from '../../../bench/generators/people';
import { profileUrl, personName } from '../../../bench/generators/names';

describe('bench generators', () => {
  it('draws the same sequence from the same seed and a different one from another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    assert.deepEqual(
      Array.from({ length: 5 }, () => b.next()),
      seqA
    );
    assert.notDeepEqual(
      Array.from({ length: 5 }, () => c.next()),
      seqA
    );
    for (const value of seqA) assert.ok(value >= 0 && value < 1);
  });

  it('produces byte-identical inputs on every call', () => {
    assert.equal(generateFeed(200), generateFeed(200));
    assert.equal(generateConnectionsCsv(200, 10), generateConnectionsCsv(200, 10));
    assert.equal(generateJournal(200).text, generateJournal(200).text);
    assert.deepEqual(generatePeople(200), generatePeople(200));
  });

  it('writes one RSS item per requested item', () => {
    const feed = generateFeed(123);
    assert.equal(feed.match(/<item>/g)?.length, 123);
    assert.match(feed, /is now connected to|has a new connection:/);
  });

  it('writes the Connections.csv preamble, header and one line per row, quoting fields that need it', () => {
    const csv = generateConnectionsCsv(50);
    const lines = csv.trimEnd().split('\n');
    assert.equal(lines[0], 'Notes:');
    assert.equal(lines.indexOf(CONNECTIONS_HEADER), 3);
    assert.equal(lines.length, 4 + 50);
    assert.equal(csvField('Globex, Corp.'), '"Globex, Corp."');
    assert.equal(csvField('VP "Special Projects"'), '"VP ""Special Projects"""');
    assert.equal(csvField('plain'), 'plain');
    assert.ok(
      lines.some((line) => line.includes('"')),
      'some rows carry quoted fields'
    );
  });

  it('makes a journal of the requested entry count whose ids match the CSV rows of the same index', () => {
    const journal = generateJournal(300);
    assert.equal(journal.ids.length, 300);
    assert.equal(journal.text.match(/^## /gm)?.length, 300);
    assert.equal(new Set(journal.ids).size, 300);
    assert.equal(journal.ids[7], profileUrl(personName(7).slug));
    const csv = generateConnectionsCsv(1, 7);
    assert.ok(csv.includes(journal.ids[7]));
  });

  it('gives a 30,000-entry journal the size the issue describes (about 6 MB)', () => {
    const bytes = Buffer.byteLength(generateJournal(30_000).text);
    assert.ok(bytes > 5_000_000 && bytes < 7_000_000, `${bytes} bytes`);
  });

  it('makes people with unique ids and valid statuses', () => {
    const people = generatePeople(1000);
    assert.equal(new Set(people.map((p) => p.id)).size, 1000);
    for (const p of people) {
      assert.ok(['new', 'accepted', 'declined', 'deferred'].includes(p.status));
      assert.equal(p.decided === null, p.status === 'new');
    }
  });
});
