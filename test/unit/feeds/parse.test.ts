import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { parseFeed, parseFeedText, FeedFormatError } from '../../../src/core/feeds';

const fixtures = path.join(__dirname, '../../fixtures/feeds');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const opts = { label: 'Net', feedKey: 'k' };
const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;

describe('feeds core: parseFeed', () => {
  it('reads LinkedIn-style "is now connected to" and "has a new connection" items', () => {
    const { events, skipped } = parseFeed(fixture('linkedin-network.rss'), opts);
    assert.equal(skipped, 0);
    assert.deepEqual(
      events.map((e) => [e.person, e.via]),
      [
        ['Sam Patel', 'Maria Lopez'],
        ['Joël Durand', 'Maria Lopez'],
        ['Ada Nwosu', 'Kenji Sato'],
        ['Lee Chen', 'Priya Shah']
      ]
    );
    const [sam, joel, ada, lee] = events;
    assert.equal(sam.id, 'feed:urn:li:activity:1001');
    assert.equal(sam.link, 'https://www.linkedin.com/in/sam-patel');
    assert.equal(sam.date, '2026-11-24T09:15:00.000Z');
    assert.equal(sam.headline, 'Sam Patel — Data engineer at Northwind');
    assert.equal(sam.source, 'Net');
    assert.equal(joel.title, 'Maria Lopez is now connected to Joël Durand');
    assert.equal(ada.link, null, 'javascript: links are dropped');
    assert.equal(ada.date, '2026-11-23T18:00:00.000Z', 'dc:date is read');
    assert.equal(lee.date, null, 'a junk pubDate gives a null date, not a lost item');
    assert.equal(lee.id, 'https://www.linkedin.com/in/lee-chen', 'without guid the link is the id');
  });

  it('applies a per-feed pattern to GitHub Atom and skips "starred" items; a bad <published> and a bare <link/> do not sink the feed', () => {
    const { events, skipped } = parseFeed(fixture('github-following.atom'), {
      ...opts,
      pattern: '^(?<via>\\S+) started following (?<person>\\S+)$'
    });
    assert.equal(skipped, 0);
    assert.deepEqual(
      events.map((e) => e.person),
      ['hubot', 'monalisa']
    );
    assert.equal(events[0].id, 'feed:tag:github.com,2008:FollowEvent/5001');
    assert.equal(events[0].link, 'https://github.com/hubot');
    assert.equal(events[0].headline, 'hubot has 12 repositories');
    assert.equal(events[1].date, '2026-11-23T09:00:00.000Z', 'falls back to <updated> when <published> is junk');
    assert.equal(events[1].link, null);
  });

  it('reads RSS 1.0 (RDF)', () => {
    const { events } = parseFeed(fixture('network.rdf'), opts);
    assert.deepEqual(
      events.map((e) => [e.person, e.via, e.date]),
      [['Tom Berg', 'Ana Silva', '2026-11-20T08:00:00.000Z']]
    );
  });

  it('hashes feed and title when an item has neither guid nor link, stably', () => {
    const xml = rss('<item><title>A is now connected to B</title></item>');
    const one = parseFeed(xml, opts).events[0].id;
    assert.match(one, /^feed:[0-9a-f]{32}$/);
    assert.equal(parseFeed(xml, opts).events[0].id, one);
    assert.notEqual(parseFeed(xml, { ...opts, feedKey: 'other' }).events[0].id, one);
  });

  it('keeps a duplicate guid once', () => {
    const item = '<item><guid>g1</guid><title>A is now connected to B</title></item>';
    assert.equal(parseFeed(rss(item + item), opts).events.length, 1);
  });

  it('skips and counts an item whose tags do not balance, keeping the others', () => {
    const xml = rss(
      '<item><title>A is now connected to B</title></item><item><title>C is now connected to D</titl></item><item><title>E is now connected to F</title></item>'
    );
    const { events, skipped, warnings } = parseFeed(xml, opts);
    assert.deepEqual(
      events.map((e) => e.person),
      ['B', 'F']
    );
    assert.equal(skipped, 1);
    assert.match(warnings.join(' '), /1 malformed item skipped/);
  });

  it('reads an item with an unquoted attribute instead of skipping it', () => {
    const { events, skipped } = parseFeed(
      rss('<item><guid isPermaLink=false>g9</guid><title>A is now connected to B</title></item>'),
      opts
    );
    assert.equal(skipped, 0);
    assert.equal(events[0].id, 'feed:g9');
  });

  it('rejects a bad pattern with a one-line message', () => {
    assert.throws(() => parseFeed(rss(''), { ...opts, pattern: '(' }), /invalid pattern/);
    assert.throws(() => parseFeed(rss(''), { ...opts, pattern: '(?<who>.+)' }), /needs a named group \(\?<person>/);
  });

  describe('documents that are not feeds', () => {
    const cases: [string, string, RegExp][] = [
      ['an empty body', '   \n', /empty/],
      ['JSON', '{"items": []}', /JSON/],
      [
        'an HTML login page',
        '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>',
        /HTML page/
      ],
      [
        'XHTML without a doctype',
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        /HTML page/
      ],
      ['plain text', 'Service Unavailable', /not XML/],
      ['truncated XML', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>A is now conn', /truncated/],
      [
        'an unknown root',
        '<?xml version="1.0"?><opml version="2.0"><body/></opml>',
        /not an RSS or Atom feed \(root element <opml>\)/
      ]
    ];
    for (const [name, xml, message] of cases) {
      it(`${name}: a FeedFormatError with a clear message`, () => {
        assert.throws(
          () => parseFeed(xml, opts),
          (error: unknown) =>
            error instanceof FeedFormatError && message.test(error.message) && !/\n/.test(error.message)
        );
      });
    }

    it('truncated after complete items keeps them and warns', () => {
      const xml =
        '<rss version="2.0"><channel><item><title>A is now connected to B</title></item><item><title>C is now';
      const { events, skipped, warnings } = parseFeed(xml, opts);
      assert.deepEqual(
        events.map((e) => e.person),
        ['B']
      );
      assert.equal(skipped, 1);
      assert.match(warnings.join(' '), /truncated/);
    });

    it('parseFeedText keeps the scanner message when rss-parser cannot read an unknown root either', async () => {
      await assert.rejects(
        parseFeedText('<?xml version="1.0"?><opml version="2.0"><body/></opml>', opts),
        /root element <opml>/
      );
    });
  });

  describe('hostile input', () => {
    it('100 KB titles are capped; the person is still found', () => {
      const long = 'x'.repeat(100_000);
      const { events } = parseFeed(rss(`<item><title>A is now connected to B ${long}</title></item>`), opts);
      assert.equal(events.length, 1);
      assert.ok(events[0].title.length <= 1000, `title length ${events[0].title.length}`);
      assert.ok(events[0].person.length <= 200);
      assert.ok(events[0].title.endsWith('…'));
    });

    it('strips controls and bidi overrides from names', () => {
      const { events } = parseFeed(
        rss('<item><title>A is now connected to Eve\u202Egnp.exe\u0007</title></item>'),
        opts
      );
      assert.equal(events[0].person, 'Evegnp.exe');
    });

    it('10,000 items all become events', () => {
      let items = '';
      for (let i = 0; i < 10_000; i++) {
        items += `<item><guid>g${i}</guid><title>Via ${i % 7} is now connected to Person ${i}</title><pubDate>Tue, 24 Nov 2026 09:15:00 GMT</pubDate></item>`;
      }
      const { events, skipped } = parseFeed(rss(items), opts);
      assert.equal(events.length, 10_000);
      assert.equal(skipped, 0);
      assert.equal(events[9_999].person, 'Person 9999');
    });

    it('entity references in the wrong place (&nbsp;, bare &) are read as text', () => {
      const { events } = parseFeed(
        rss('<item><title>AT&T&nbsp;Bot is now connected to Zoë &amp; Co</title></item>'),
        opts
      );
      assert.deepEqual([events[0].via, events[0].person], ['AT&T Bot', 'Zoë & Co']);
    });
  });
});

describe('parseFeed: repeated ids are counted, never silently dropped', () => {
  const rss = (items: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;
  const item = (guid: string, title: string) => `<item><guid>${guid}</guid><title>${title}</title></item>`;

  it('keeps one copy of a repeated item and says so', () => {
    const parsed = parseFeed(rss(item('g1', 'A is now connected to B') + item('g1', 'A is now connected to B')), {
      label: 'x',
      feedKey: 'k'
    });
    assert.equal(parsed.events.length, 1);
    assert.ok(
      parsed.warnings.some((w) => /1 repeated item shown once/.test(w)),
      parsed.warnings.join('; ')
    );
  });

  it('keeps two different people who share a guid, with distinct ids', () => {
    const parsed = parseFeed(
      rss(item('g1', 'A is now connected to B') + item('g1', 'A is now connected to Cara Diaz')),
      { label: 'x', feedKey: 'k' }
    );
    assert.deepEqual(
      parsed.events.map((e) => e.person),
      ['B', 'Cara Diaz']
    );
    assert.notEqual(parsed.events[0].id, parsed.events[1].id);
    assert.equal(parsed.events[1].id, `${parsed.events[0].id}#cara-diaz`);
    assert.ok(
      parsed.warnings.some((w) => /reused another person's id/.test(w)),
      parsed.warnings.join('; ')
    );
  });
});
