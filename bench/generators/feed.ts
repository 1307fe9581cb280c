/**
 * A network-activity RSS 2.0 feed like LinkedIn's old one: "X is now connected to Y" items
 * with guid, link, description (some CDATA, some entities) and pubDate. A small pool of
 * "via" people connecting to many at once produces realistic "yes-to-all" bursts.
 */
import { createRandom } from '../lib/random';
import { COMPANIES, personName, POSITIONS, profileUrl } from './names';

const TITLE_FORMS = [
  (via: string, person: string) => `${via} is now connected to ${person}`,
  (via: string, person: string) => `${via} has a new connection: ${person}`
];

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function generateFeed(items: number, seed = 0xfeed): string {
  const random = createRandom(seed);
  const vias = Array.from({ length: 40 }, (_, i) => {
    const { first, last } = personName(1_000_000 + i);
    return `${first} ${last}`;
  });
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    '    <title>Network Activity</title>',
    '    <link>https://www.linkedin.com/</link>',
    '    <description>Your network&apos;s activity</description>'
  ];
  // Newest first, a few minutes apart; bursts come from the same via many times in a row.
  let time = Date.UTC(2026, 10, 24, 12, 0, 0);
  let via = random.pick(vias);
  for (let i = 0; i < items; i++) {
    if (!random.chance(0.85)) via = random.pick(vias);
    time -= random.int(5, 600) * 1000;
    const { first, last, slug } = personName(i);
    const person = `${first} ${last}`;
    const title = random.pick(TITLE_FORMS)(via, person);
    const headline = `${random.pick(POSITIONS)} at ${random.pick(COMPANIES)}`;
    const description = random.chance(0.3) ? `<![CDATA[<p>${headline}</p>]]>` : xmlEscape(headline);
    parts.push(
      '    <item>',
      `      <title>${xmlEscape(title)}</title>`,
      `      <guid isPermaLink="false">net-${i}</guid>`,
      `      <link>${profileUrl(slug)}</link>`,
      `      <description>${description}</description>`,
      `      <pubDate>${new Date(time).toUTCString()}</pubDate>`,
      '    </item>'
    );
  }
  parts.push('  </channel>', '</rss>', '');
  return parts.join('\n');
}
