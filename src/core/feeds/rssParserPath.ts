/**
 * The rss-parser route (parseString only — never parseURL, which is unsafe as an HTTP layer).
 * It is the fallback when the fast scanner does not recognise a document, and the reference
 * the unit tests compare the scanner against. Because rss-parser rejects a whole feed for one
 * bad item, the input is cleaned first:
 *  - <!DOCTYPE …> is removed, so no DTD entity is ever defined (billion laughs, XXE);
 *  - every `&name;` that is not an XML predefined entity becomes literal text (`&amp;name;`),
 *    and a bare `&` becomes `&amp;`, which xml2js's strict sax parser would reject;
 *  - an Atom <link> without href is removed (rss-parser reads `link.$.href` and throws);
 *  - an Atom <published>/<updated> that is not a date is emptied (rss-parser calls
 *    toISOString() on it and throws).
 */
import type { ConnectionEvent } from '../types';
import { toEvent, type EventContext } from './events';
import { isoDateOrNull } from './text';
import { removeDoctypes, rewriteElements } from './xmlLex';

const LOOSE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});)/g;
const ATOM_ROOT = /<(?:[A-Za-z_][\w.-]*:)?feed[\s>]/;

export function cleanForRssParser(xml: string): string {
  // Hand-written passes (xmlLex.ts): the regular expressions they replace backtracked on hostile input.
  const cleaned = removeDoctypes(xml).replace(LOOSE_AMPERSAND, '&amp;');
  // RSS <link> holds text; only Atom links carry href, so only Atom gets the link repair.
  if (!ATOM_ROOT.test(cleaned.slice(0, 4096))) return cleaned;
  let repaired = rewriteElements(cleaned, 'link', (attributes) => (/\bhref\s*=/.test(attributes) ? undefined : ''));
  for (const name of ['published', 'updated']) {
    repaired = rewriteElements(repaired, name, (attributes, content) =>
      content !== undefined && isoDateOrNull(content) === null ? `<${name}${attributes}></${name}>` : undefined
    );
  }
  return repaired;
}

interface RssParserItem {
  title?: unknown;
  link?: unknown;
  guid?: unknown;
  id?: unknown;
  isoDate?: unknown;
  pubDate?: unknown;
  content?: unknown;
  summary?: unknown;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export async function parseWithRssParser(
  xml: string,
  context: EventContext
): Promise<{ events: ConnectionEvent[]; items: number }> {
  const { default: Parser } = await import('rss-parser');
  const parser = new Parser({ xml2js: { strict: true } } as ConstructorParameters<typeof Parser>[0]);
  const feed = await parser.parseString(cleanForRssParser(xml));
  const events: ConnectionEvent[] = [];
  for (const item of feed.items as RssParserItem[]) {
    const event = toEvent(
      {
        title: str(item.title) ?? '',
        guid: str(item.guid) ?? str(item.id),
        link: str(item.link),
        date: str(item.isoDate) ?? str(item.pubDate),
        description: str(item.content) ?? str(item.summary)
      },
      context
    );
    if (event) events.push(event);
  }
  return { events, items: feed.items.length };
}
