/**
 * A fast, forgiving, synchronous scanner for RSS 2.0, RSS 1.0 and Atom. It finds each
 * <item>/<entry> and reads only that item's direct children, so one broken item is skipped
 * and counted while the rest survive. It never interprets a DTD: <!DOCTYPE> is skipped and
 * only the XML predefined entities are decoded, so billion-laughs and XXE payloads stay inert
 * text, and element names are never used as object keys, so `<__proto__>` is just a name.
 * Every scan is hand-written and linear (see xmlLex.ts): no input makes it backtrack.
 *
 * Children are keyed by namespace, not by prefix: an element in the feed's own namespace is
 * keyed by its local name (`title`), Dublin Core and content elements as `dc:…`/`content:…`,
 * Atom elements inside RSS as `atom:…`, and anything else (`media:title`, `itunes:title`) by its
 * namespace URI, so it can never stand in for the item's own field.
 *
 * Why not rss-parser here: its parseString is async, builds an xml2js tree of the whole
 * document and rejects the entire feed on one bad <published> or a <link/> without
 * attributes. rss-parser stays the fallback for documents whose root this scanner does not
 * recognise (see rssParserPath.ts).
 */
import { parseAttributes, skipProlog, tagEnd } from './xmlLex';
import { resolveFeedUrl } from './urls';

export type FeedKind = 'rss' | 'rdf' | 'atom';

export interface RawItem {
  /** Field key (see above) → raw inner XML (first non-empty occurrence wins). */
  fields: Map<string, string>;
  /** The `type` attribute of each field that had one (Atom text constructs). */
  types: Map<string, string>;
  /** Links from the feed's own or the Atom namespace (href resolved where a base is known), in order. */
  links: { href: string; rel: string }[];
  /** The base URL in force for this item (feed URL, root and item xml:base), if absolute. */
  base?: string;
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

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
const KNOWN_NAMESPACES: Record<string, string> = {
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  [ATOM_NS]: 'atom',
  'http://purl.org/atom/ns#': 'atom'
};
/** Prefixes whose meaning every feed reader assumes even when a feed forgets to declare them. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: ATOM_NS,
  xml: 'http://www.w3.org/XML/1998/namespace'
};

/** Identifies the document type from its first element, with clear messages for non-feeds. */
export function sniffRoot(xml: string): { kind: FeedKind; rootName: string; bodyStart: number } {
  const trimmed = xml.trimStart();
  if (trimmed.length === 0) throw new FeedFormatError('the response is empty, not a feed');
  if (trimmed[0] === '{' || trimmed[0] === '[') throw new FeedFormatError('got JSON, not an RSS or Atom feed');
  const start = skipProlog(xml);
  if (/<!DOCTYPE\s+html/i.test(xml.slice(0, start))) {
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

/** Namespace scope: prefix ('' for the default) → URI. */
type Scope = Map<string, string>;

function withDeclarations(parent: Scope, attributes: Map<string, string>): Scope {
  let scope = parent;
  for (const [name, value] of attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    if (scope === parent) scope = new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return scope;
}

const BOUNDARY_NAME = /(\/?)(?:([A-Za-z_][\w.-]*):)?(item|entry)(?=[\s/>])/y;

export function scanFeed(xml: string, feedUrl?: string): ScanResult {
  return runSteps(scanFeedSteps(xml, feedUrl));
}

/** Items between two pauses of a stepped scan. */
export const ITEMS_PER_STEP = 200;

/** Drives a stepped computation to its end synchronously. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * scanFeed as a generator that pauses (yields) every ITEMS_PER_STEP items, so a caller in the
 * extension host can give the event loop a turn between steps (see src/node/feeds). Pure: the
 * generator itself never waits.
 */
export function* scanFeedSteps(xml: string, feedUrl?: string): Generator<void, ScanResult, void> {
  const { kind, rootName, bodyStart } = sniffRoot(xml);
  const itemName = kind === 'atom' ? 'entry' : 'item';
  const rootEnd = tagEnd(xml, bodyStart + 1 + rootName.length);
  const rootAttributes = parseAttributes(
    rootEnd.end >= 0 ? xml.slice(bodyStart + 1 + rootName.length, rootEnd.end) : ''
  );
  const rootScope = withDeclarations(new Map(), rootAttributes);
  const context: FeedContext = {
    scope: rootScope,
    base: resolveFeedUrl(rootAttributes.get('xml:base'), feedUrl) ?? feedUrl
  };
  const items: RawItem[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  let open = -1;
  let openTag = '';
  let openPrefix = '';
  for (let i = bodyStart; ;) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) break;
    if (xml.startsWith('<![CDATA[', lt) || xml.startsWith('<!--', lt)) {
      const cdata = xml[lt + 2] === '[';
      const end = xml.indexOf(cdata ? ']]>' : '-->', lt + (cdata ? 9 : 4));
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    BOUNDARY_NAME.lastIndex = lt + 1;
    const m = BOUNDARY_NAME.exec(xml);
    if (!m || m[3] !== itemName) {
      i = lt + 1;
      continue;
    }
    const gt = xml.indexOf('>', BOUNDARY_NAME.lastIndex);
    if (gt === -1) break; // no tag can end after this point
    i = gt + 1;
    const selfClosing = xml[gt - 1] === '/';
    if (m[1] !== '/') {
      if (open !== -1) skipped++; // an item that never closed before the next one began
      open = selfClosing ? -1 : gt + 1;
      openTag = xml.slice(BOUNDARY_NAME.lastIndex, selfClosing ? gt - 1 : gt);
      openPrefix = m[2] ?? '';
    } else if (open !== -1) {
      const item = readItem(xml.slice(open, lt), openTag, openPrefix, context);
      if (item) items.push(item);
      else skipped++;
      open = -1;
      if ((items.length + skipped) % ITEMS_PER_STEP === 0) yield;
    }
  }
  const tail = xml.slice(-rootName.length - 4096).trimEnd();
  const closed =
    tail.endsWith('>') &&
    new RegExp(`</${rootName.replace(/[.]/g, '\\.')}\\s*>$`).test(tail.slice(-rootName.length - 64));
  if (open !== -1) skipped++;
  if (!closed) {
    if (items.length === 0) throw new FeedFormatError('the feed XML is truncated or malformed (no closing root tag)');
    warnings.push(`the feed XML ends early (truncated?); kept the ${items.length} complete items`);
  }
  return { kind, items, skipped, warnings };
}

interface FeedContext {
  scope: Scope;
  base?: string;
}

const TAG_NAME = /(\/?)([A-Za-z_][\w.:-]*)/y;

/** Reads one item's direct children. Returns undefined when its tags do not balance. */
function readItem(
  inner: string,
  itemAttributeText: string,
  itemPrefix: string,
  feed: FeedContext
): RawItem | undefined {
  const itemAttributes = parseAttributes(itemAttributeText);
  const scope = withDeclarations(feed.scope, itemAttributes);
  const base = resolveFeedUrl(itemAttributes.get('xml:base'), feed.base) ?? feed.base;
  // The item's own fields are the children in the item's own namespace (none for RSS 2.0).
  const ownNs = scope.get(itemPrefix) ?? (itemPrefix === '' ? '' : (CONVENTIONAL_PREFIXES[itemPrefix] ?? itemPrefix));
  const fields = new Map<string, string>();
  const types = new Map<string, string>();
  const links: { href: string; rel: string }[] = [];
  const stack: string[] = [];
  let childKey = '';
  let childStart = 0;
  for (let i = 0; ;) {
    const lt = inner.indexOf('<', i);
    if (lt === -1) break;
    const special = inner.startsWith('<![CDATA[', lt)
      ? ']]>'
      : inner.startsWith('<!--', lt)
        ? '-->'
        : inner.startsWith('<?', lt)
          ? '?>'
          : '';
    if (special) {
      const end = inner.indexOf(special, lt + 2);
      if (end === -1) return undefined; // an unterminated CDATA, comment or PI: the item is broken
      i = end + special.length;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(inner);
    if (!m) {
      i = lt + 1; // a stray "<" in text
      continue;
    }
    const { end, resume } = tagEnd(inner, TAG_NAME.lastIndex);
    if (end === -1) return undefined;
    i = resume;
    if (end === -2) continue; // "<name" followed by another "<": text, not a tag
    const name = m[2];
    if (m[1] === '/') {
      if (stack.pop() !== name) return undefined;
      if (stack.length === 0 && !fields.get(childKey)) fields.set(childKey, inner.slice(childStart, lt));
      continue;
    }
    const selfClosing = inner[end - 1] === '/';
    if (stack.length === 0) {
      const attributes = parseAttributes(inner.slice(TAG_NAME.lastIndex, selfClosing ? end - 1 : end));
      const key = fieldKey(name, withDeclarations(scope, attributes), ownNs);
      const type = attributes.get('type');
      if (type !== undefined && !types.has(key)) types.set(key, type);
      const href = attributes.get('href');
      if ((key === 'link' || key === 'atom:link') && href !== undefined) {
        const linkBase = resolveFeedUrl(attributes.get('xml:base'), base) ?? base;
        links.push({
          href: resolveFeedUrl(href, linkBase) ?? href,
          rel: (attributes.get('rel') ?? 'alternate').trim()
        });
      }
      if (selfClosing) {
        if (!fields.has(key)) fields.set(key, '');
        continue;
      }
      childKey = key;
      childStart = end + 1;
    }
    if (!selfClosing) stack.push(name);
  }
  return stack.length === 0 ? { fields, types, links, base } : undefined;
}

function fieldKey(name: string, scope: Scope, ownNs: string): string {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const local = colon === -1 ? name : name.slice(colon + 1);
  const ns = scope.get(prefix) ?? (prefix === '' ? '' : CONVENTIONAL_PREFIXES[prefix]);
  if (ns === undefined) return name; // an undeclared prefix: keep it distinct
  if (ns === ownNs) return local;
  const known = KNOWN_NAMESPACES[ns];
  return known ? `${known}:${local}` : `{${ns}}${local}`;
}
