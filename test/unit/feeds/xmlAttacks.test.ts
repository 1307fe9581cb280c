import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import Parser from 'rss-parser';
import { cleanForRssParser, parseFeed } from '../../../src/core/feeds';
import { parseWithRssParser } from '../../../src/core/feeds/rssParserPath';
import { BUILT_IN_PATTERNS } from '../../../src/core/feeds/events';

const opts = { label: 'Net', feedKey: 'k' };
const context = { label: 'Net', feedKey: 'k', patterns: BUILT_IN_PATTERNS };

const secretDir = mkdtempSync(path.join(tmpdir(), 'deliberate-xxe-'));
const secretFile = path.join(secretDir, 'secret.txt');
writeFileSync(secretFile, 'TOP-SECRET-CONTENT');

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title>
<item><guid>1</guid><title>Mallory is now connected to &lol9;</title></item>
<item><guid>2</guid><title>Alice is now connected to Bob</title></item>
</channel></rss>`;

const xxe = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://${secretFile}"> ]>
<rss version="2.0"><channel><title>t</title>
<item><guid>1</guid><title>Mallory is now connected to &xxe;</title><description>&xxe;</description></item>
</channel></rss>`;

const protoItems = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title>
<__proto__><polluted>yes</polluted></__proto__>
<item><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor>
<guid>1</guid><title>Alice is now connected to Bob</title></item>
<item><guid>__proto__</guid><title>Carol is now connected to __proto__</title></item>
</channel></rss>`;

function assertNotPolluted(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
}

describe('feeds core: XML attacks', () => {
  describe('the scanner (parseFeed)', () => {
    it('billion laughs: no expansion, the entity stays literal text, other items survive', () => {
      const { events } = parseFeed(billionLaughs, opts);
      assert.deepEqual(
        events.map((e) => e.person),
        ['&lol9;', 'Bob']
      );
      assert.ok(events[0].title.length < 100);
    });

    it('external entity: no file read', () => {
      const { events } = parseFeed(xxe, opts);
      assert.equal(events[0].person, '&xxe;');
      assert.ok(!JSON.stringify(events).includes('TOP-SECRET'));
    });

    it('<__proto__> elements: no prototype pollution, and "__proto__" as text is just text', () => {
      const { events } = parseFeed(protoItems, opts);
      assertNotPolluted();
      assert.deepEqual(
        events.map((e) => [e.id, e.person]),
        [
          ['feed:1', 'Bob'],
          ['feed:__proto__', '__proto__']
        ]
      );
    });
  });

  describe('rss-parser / xml2js (the fallback path)', () => {
    it('raw xml2js: billion laughs is rejected, not expanded', async () => {
      await assert.rejects(new Parser().parseString(billionLaughs), /entity|Invalid/i);
    });

    it('raw xml2js: an external entity is rejected, the file is never read', async () => {
      await assert.rejects(new Parser().parseString(xxe), (error: Error) => !error.message.includes('TOP-SECRET'));
    });

    it('raw xml2js: <__proto__> does not pollute Object.prototype', async () => {
      await new Parser().parseString(protoItems).catch(() => undefined);
      assertNotPolluted();
    });

    it('raw rss-parser rejects a whole Atom feed for one bad <published> or a bare <link/>', async () => {
      const atom = (entry: string) =>
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id><title>A is now connected to B</title></entry>${entry}</feed>`;
      await assert.rejects(
        new Parser().parseString(atom('<entry><id>2</id><published>junk</published><title>x</title></entry>'))
      );
      await assert.rejects(new Parser().parseString(atom('<entry><id>2</id><link/><title>x</title></entry>')));
    });

    it('after cleaning, the same feeds parse and keep every item', async () => {
      const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <entry><id>1</id><title>A is now connected to B</title></entry>
        <entry><id>2</id><published>junk</published><title>C is now connected to D</title></entry>
        <entry><id>3</id><link/><link rel="alternate"></link><title>E is now connected to F</title></entry></feed>`;
      const { events } = await parseWithRssParser(atom, context);
      assert.deepEqual(
        events.map((e) => e.person),
        ['B', 'D', 'F']
      );
    });

    it('after cleaning, billion laughs and XXE parse with the entities as literal text', async () => {
      assert.ok(!cleanForRssParser(billionLaughs).includes('<!ENTITY'));
      const laughs = await parseWithRssParser(billionLaughs, context);
      assert.deepEqual(
        laughs.events.map((e) => e.person),
        ['&lol9;', 'Bob']
      );
      const external = await parseWithRssParser(xxe, context);
      assert.equal(external.events[0].person, '&xxe;');
      assert.ok(!JSON.stringify(external.events).includes('TOP-SECRET'));
    });

    it('agrees with the scanner on the fixtures', async () => {
      const { readFileSync } = await import('node:fs');
      for (const name of ['linkedin-network.rss', 'network.rdf']) {
        const xml = readFileSync(path.join(__dirname, '../../fixtures/feeds', name), 'utf8');
        const fast = parseFeed(xml, opts).events.map((e) => [e.id, e.person, e.via, e.link, e.title]);
        const slow = (await parseWithRssParser(xml, context)).events.map((e) => [
          e.id,
          e.person,
          e.via,
          e.link,
          e.title
        ]);
        assert.deepEqual(fast, slow, name);
      }
    });
  });
});
