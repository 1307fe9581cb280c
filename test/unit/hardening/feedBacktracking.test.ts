import * as assert from 'node:assert/strict';
import { parseFeed } from '../../../src/core/feeds';
import { htmlToText } from '../../../src/core/feeds/text';
import { cleanForRssParser } from '../../../src/core/feeds';

const OPTIONS = { label: 't', feedKey: 'k' };
const RSS_OPEN = '<?xml version="1.0"?><rss version="2.0"><channel>';

/** Runs `fn` and fails when it takes longer than `ms` (generous: these inputs took minutes to hours). */
function within<T>(ms: number, fn: () => T): T {
  const started = Date.now();
  const result = fn();
  const elapsed = Date.now() - started;
  assert.ok(elapsed < ms, `took ${elapsed} ms (limit ${ms} ms)`);
  return result;
}

function outcome(xml: string): string {
  try {
    return `${parseFeed(xml, OPTIONS).events.length} events`;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('hardening: no catastrophic backtracking in the feed scanner', () => {
  it('a DOCTYPE of 40 `[]` pairs without `>` (ran for hours)', () => {
    const xml = '<!DOCTYPE rss [' + '[]'.repeat(40);
    assert.match(
      within(2000, () => outcome(xml)),
      /not XML|not an RSS/
    );
  });

  it('the same with 200,000 pairs', () => {
    within(2000, () => outcome('<!DOCTYPE rss [' + '[]'.repeat(200_000)));
  });

  it('`<item ` repeated without `>` (240 KB took 14 s; here 2.4 MB)', () => {
    within(2000, () => outcome(RSS_OPEN + '<item '.repeat(400_000)));
  });

  it('`<?` repeated inside an item (320 KB took 29 s; here 3.2 MB)', () => {
    const xml = `${RSS_OPEN}<item><title>Ana is now connected to Bo</title>${'<?'.repeat(1_600_000)}</item></channel></rss>`;
    within(2000, () => outcome(xml));
  });

  it('titles full of `&lt;!--` (9.5 MB took 76 s)', () => {
    const title = '&lt;!--'.repeat(1_400_000);
    const xml = `${RSS_OPEN}<item><title>Ana is now connected to ${title}</title></item></channel></rss>`;
    within(3000, () => outcome(xml));
  });

  it('unterminated CDATA and comments, repeated, in items and titles', () => {
    within(2000, () =>
      outcome(`${RSS_OPEN}<item><title>${'<![CDATA['.repeat(300_000)}</title></item></channel></rss>`)
    );
    within(2000, () => outcome(`${RSS_OPEN}${'<!--'.repeat(500_000)}`));
    within(2000, () => outcome(`${RSS_OPEN}<item>${'<a b="'.repeat(300_000)}</item></channel></rss>`));
    within(2000, () => outcome(`${RSS_OPEN}<item>${'<a b=c '.repeat(300_000)}</item></channel></rss>`));
  });

  it('HTML stripping is linear on hostile titles', () => {
    within(2000, () => htmlToText('<!--'.repeat(2_000_000), 1000));
    within(2000, () => htmlToText('<a'.repeat(2_000_000), 1000));
    within(2000, () => htmlToText('<script>'.repeat(2_000_000), 1000));
  });

  it('the rss-parser fallback cleaning is linear too (DOCTYPE pairs, <link and <published without >)', () => {
    within(2000, () => cleanForRssParser('<x><!DOCTYPE x [' + '[]'.repeat(200_000)));
    within(2000, () => cleanForRssParser('<feed>' + '<link '.repeat(400_000)));
    within(2000, () => cleanForRssParser('<feed>' + '<published '.repeat(300_000)));
    assert.equal(
      cleanForRssParser(
        '<feed><!DOCTYPE feed [<!ENTITY a "b">]><link/><link href="h"/><published>junk</published></feed>'
      ),
      '<feed><link href="h"/><published></published></feed>'
    );
  });

  it('a large well-formed feed still parses every item', () => {
    const items = Array.from(
      { length: 20_000 },
      (_, i) => `<item><title>Ana is now connected to P${i}</title><guid>g${i}</guid></item>`
    );
    const parsed = within(5000, () => parseFeed(`${RSS_OPEN}${items.join('')}</channel></rss>`, OPTIONS));
    assert.equal(parsed.events.length, 20_000);
  });
});
