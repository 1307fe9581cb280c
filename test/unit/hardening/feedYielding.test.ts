import * as assert from 'node:assert/strict';
import { parseFeed } from '../../../src/core/feeds';
import { parseFeedYielding } from '../../../src/node/feeds';

function feed(items: number): string {
  const parts = ['<?xml version="1.0"?><rss version="2.0"><channel>'];
  for (let i = 0; i < items; i++) {
    parts.push(`<item><title>Ana is now connected to P${i} &amp; co</title><guid>g${i}</guid></item>`);
  }
  return parts.join('') + '</channel></rss>';
}

describe('hardening: large feeds do not hold the extension host', () => {
  it('parseFeedYielding gives the event loop turns while parsing, with the same result as parseFeed', async () => {
    const xml = feed(30_000);
    const options = { label: 't', feedKey: 'k' };
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const parsed = await parseFeedYielding(xml, options);
    running = false;
    assert.ok(turns >= 3, `the event loop ran ${turns} times during the parse`);
    assert.deepEqual(parsed, parseFeed(xml, options));
    assert.equal(parsed.events.length, 30_000);
  });
});
