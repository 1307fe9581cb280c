/**
 * A fast, forgiving, synchronous scanner for RSS 2.0, RSS 1.0 and Atom. It finds each
 * <item>/<entry> and reads only that item's direct children, so one broken item is skipped
 * and counted while the rest survive. It never interprets a DTD: <!DOCTYPE> is skipped and
 * only the XML predefined entities are decoded, so billion-laughs and XXE payloads stay inert
 * text, and element names are never used as object keys, so `<__proto__>` is just a name.
 *
 * Why not rss-parser here: its parseString is async, builds an xml2js tree of the whole
 * document and rejects the entire feed on one bad <published> or a <link/> without
 * attributes. This scanner does less work than fast-xml-parser's full parse of the same
 * string (the benchmark's yardstick). rss-parser stays the fallback for documents whose root
 * this scanner does not recognise (see rssParserFallback.ts).
 */
import { decodeXmlEntities } from './text';

export type FeedKind = 'rss' | 'rdf' | 'atom';

export interface RawItem {
  /** Element local name → raw inner XML (first occurrence wins). */
  fields: Map<string, string>;
  /** Atom links (href, rel) in document order. */
  links: { href: string; rel: string }[];
}

export interface ScanResult {
  kind: FeedKind;
  items: RawItem[];
  skipped: number;
  warnings: string[];
}

/** The document is not a feed we can read; the message is one actionable line. */
export class FeedFormatError extends Error {
  constructor(
    message: string,
    readonly unrecognisedXml = false
  ) {
    super(message);
  }
}

const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^<>[\]]|\[[\s\S]*?\])*>)*/i;

/** Identifies the document type from its first element, with clear messages for non-feeds. */
export function sniffRoot(xml: string): { kind: FeedKind; rootName: string; bodyStart: number } {
  const trimmed = xml.trimStart();
  if (trimmed.length === 0) throw new FeedFormatError('the response is empty, not a feed');
  if (trimmed[0] === '{' || trimmed[0] === '[') throw new FeedFormatError('got JSON, not an RSS or Atom feed');
  const prolog = PROLOG.exec(xml);
  const start = prolog ? prolog[0].length : 0;
  if (/<!DOCTYPE\s+html/i.test(prolog?.[0] ?? '')) {
    throw new FeedFormatError('got an HTML page (a login or error page?), not an RSS or Atom feed');
  }
  const match = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(xml.slice(start, start + 256));
  if (!match) throw new FeedFormatError('not XML: an RSS or Atom feed starts with "<"');
  const local = match[2];
  const lower = local.toLowerCase();
  if (lower === 'html' || lower === 'head' || lower === 'body') {
    throw new FeedFormatError('got an HTML page (a login or error page?), not an RSS or Atom feed');
  }
  const rootName = (match[1] ?? '') + local;
  if (local === 'rss') return { kind: 'rss', rootName, bodyStart: start };
  if (local === 'RDF') return { kind: 'rdf', rootName, bodyStart: start };
  if (local === 'feed') return { kind: 'atom', rootName, bodyStart: start };
  throw new FeedFormatError(`not an RSS or Atom feed (root element <${rootName.slice(0, 40)}>)`, true);
}

// One pass over the document: CDATA and comments are matched whole so that markup inside them
// is never mistaken for an item boundary.
const ITEM_BOUNDARY =
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<(\/?)(?:[A-Za-z_][\w.-]*:)?(item|entry)(?=[\s/>])[^>]*>/g;
// Inside one item: CDATA, comments, and tags with their attributes.
// Unquoted attribute values (`isPermaLink=false`) are not XML, but are accepted so that such an
// item is read rather than skipped.
const ITEM_TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))*)\s*(\/?)>|<\?[\s\S]*?\?>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

export function scanFeed(xml: string): ScanResult {
  const { kind, rootName, bodyStart } = sniffRoot(xml);
  const itemName = kind === 'atom' ? 'entry' : 'item';
  const items: RawItem[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  let open = -1;
  ITEM_BOUNDARY.lastIndex = bodyStart;
  for (let m = ITEM_BOUNDARY.exec(xml); m; m = ITEM_BOUNDARY.exec(xml)) {
    if (m[2] !== itemName) continue;
    const selfClosing = m[0].endsWith('/>');
    if (m[1] !== '/') {
      if (open !== -1) skipped++; // an item that never closed before the next one began
      if (selfClosing) {
        open = -1;
        continue;
      }
      open = m.index + m[0].length;
    } else if (open !== -1) {
      const item = readItem(xml.slice(open, m.index));
      if (item) items.push(item);
      else skipped++;
      open = -1;
    }
  }
  const closed = new RegExp(`</${rootName.replace(/[.]/g, '\\.')}\\s*>\\s*$`).test(xml.slice(-rootName.length - 4096));
  if (open !== -1) skipped++;
  if (!closed) {
    if (items.length === 0) throw new FeedFormatError('the feed XML is truncated or malformed (no closing root tag)');
    warnings.push(`the feed XML ends early (truncated?); kept the ${items.length} complete items`);
  }
  return { kind, items, skipped, warnings };
}

/** Reads one item's direct children. Returns undefined when its tags do not balance. */
function readItem(inner: string): RawItem | undefined {
  const fields = new Map<string, string>();
  const links: { href: string; rel: string }[] = [];
  const stack: string[] = [];
  let childName = '';
  let childStart = 0;
  ITEM_TOKEN.lastIndex = 0;
  for (let m = ITEM_TOKEN.exec(inner); m; m = ITEM_TOKEN.exec(inner)) {
    const name = m[2];
    if (name === undefined) continue; // CDATA, comment or PI: content, not structure
    if (m[1] === '/') {
      if (stack.pop() !== name) return undefined;
      if (stack.length === 0 && !fields.has(childName)) fields.set(childName, inner.slice(childStart, m.index));
      continue;
    }
    const selfClosing = m[4] === '/';
    if (stack.length === 0) {
      const local = localName(name);
      if (local === 'link' && m[3]) readAtomLink(m[3], links);
      if (selfClosing) {
        if (!fields.has(local)) fields.set(local, '');
        continue;
      }
      childName = local;
      childStart = m.index + m[0].length;
    }
    if (!selfClosing) stack.push(name);
  }
  return stack.length === 0 ? { fields, links } : undefined;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  // Keep well-known prefixed names distinct (dc:date, content:encoded) from plain ones.
  if (colon === -1) return name;
  const prefix = name.slice(0, colon);
  return prefix === 'content' || prefix === 'dc' ? name : name.slice(colon + 1);
}

function readAtomLink(attributes: string, links: { href: string; rel: string }[]): void {
  let href: string | undefined;
  let rel = 'alternate';
  ATTRIBUTE.lastIndex = 0;
  for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
    const value = decodeXmlEntities(a[2] ?? a[3] ?? a[4] ?? '');
    if (a[1] === 'href') href = value;
    else if (a[1] === 'rel') rel = value;
  }
  // A <link/> without href is ignored here; rss-parser would reject the whole feed for it.
  if (href !== undefined) links.push({ href, rel });
}

/** Raw inner XML → its text: CDATA sections verbatim, everything else entity-decoded. */
export function innerText(raw: string): string {
  if (raw.indexOf('<![CDATA[') === -1) return decodeXmlEntities(raw);
  let out = '';
  let last = 0;
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  for (let m = cdata.exec(raw); m; m = cdata.exec(raw)) {
    out += decodeXmlEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + decodeXmlEntities(raw.slice(last));
}
