/**
 * Feed items → connection events. A title is matched (after entity decoding and tag
 * stripping) against the feed's own pattern, then the built-in network-activity patterns;
 * an item that matches none is simply not a connection event.
 */
import { sha256Hex } from '../text/sha256';
import type { ConnectionEvent } from '../types';
import { canonicalId } from '../journal/identity';
import { type FeedKind, type RawItem } from './scan';
import { innerText, xhtmlText } from './xmlLex';
import { htmlToText, httpUrlOrNull, isoDateOrNull, plainToText } from './text';
import { truncate } from '../text/truncate';
import { resolveFeedUrl } from './urls';

export const MAX_TITLE = 1000;
export const MAX_NAME = 200;
export const MAX_HEADLINE = 500;
const MAX_ID = 2048;

/** LinkedIn's old Network Activity feed: "X is now connected to Y", "X has a new connection: Y". */
export const BUILT_IN_PATTERNS: readonly RegExp[] = [
  /^(?<via>.+?)\s+is now connected to\s+(?<person>.+?)[.!]?$/i,
  /^(?<via>.+?)\s+has a new connection:?\s+(?<person>.+?)[.!]?$/i
];

/** Compiles a user pattern, insisting on a `person` group; throws a one-line message. */
export function compilePattern(pattern: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch (error) {
    throw new Error(
      `invalid pattern ${JSON.stringify(pattern.slice(0, 80))}: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`
    );
  }
  if (!/\(\?<person>/.test(pattern)) {
    throw new Error(`pattern ${JSON.stringify(pattern.slice(0, 80))} needs a named group (?<person>…)`);
  }
  return regex;
}

export interface EventContext {
  label: string;
  feedKey: string;
  patterns: readonly RegExp[];
}

/** Plain fields of one item, whatever the dialect. */
export interface ItemFields {
  title: string;
  /** 'html' (RSS titles and Atom type="html"): tags stripped and HTML entities decoded; 'text': literal. */
  titleFormat?: 'html' | 'text';
  guid?: string;
  link?: string;
  date?: string;
  description?: string;
}

export function fieldsFromRaw(item: RawItem, kind: FeedKind = 'rss'): ItemFields {
  const f = item.fields;
  const text = (name: string) => {
    const raw = f.get(name);
    return raw === undefined ? undefined : innerText(capRaw(raw));
  };
  // Only the alternate link (or one without rel) is the item's page; enclosures, replies and
  // self links never are. In RSS the item's own <link> comes first, then an atom:link.
  const alternate = item.links.find((l) => l.rel === 'alternate')?.href;
  const ownLink = text('link')?.trim();
  const link = kind === 'atom' ? alternate : ownLink ? (resolveAgainst(ownLink, item.base) ?? ownLink) : alternate;
  const dateCandidates = [text('pubDate'), text('published'), text('updated'), text('dc:date'), text('issued')];
  const date =
    dateCandidates.find((d) => d !== undefined && isoDateOrNull(d) !== null) ??
    dateCandidates.find((d) => d !== undefined);
  const title = titleOf(item, kind);
  return {
    ...title,
    guid: text('guid') ?? text('id'),
    link,
    date,
    description: text('description') ?? text('summary') ?? text('content:encoded') ?? text('content')
  };
}

/** Atom text constructs honour `type` (text by default); RSS titles are HTML in practice. */
function titleOf(item: RawItem, kind: FeedKind): { title: string; titleFormat: 'html' | 'text' } {
  const key = item.fields.has('title') ? 'title' : 'dc:title';
  const found = item.fields.get(key);
  if (found === undefined) return { title: '', titleFormat: 'html' };
  const raw = capRaw(found);
  if (key === 'dc:title' || kind !== 'atom') return { title: innerText(raw), titleFormat: 'html' };
  const type = (item.types.get(key) ?? 'text').trim().toLowerCase();
  if (type === 'xhtml') return { title: xhtmlText(raw), titleFormat: 'text' };
  if (type === 'html' || type === 'text/html') return { title: innerText(raw), titleFormat: 'html' };
  return { title: innerText(raw), titleFormat: 'text' };
}

/**
 * Text is capped to 64 × its limit after decoding (see htmlToText); capping the raw XML first
 * (an entity is at most 10 characters) keeps decoding a 10 MB hostile title from costing seconds.
 */
const MAX_RAW_FIELD = MAX_TITLE * 64 * 10;
function capRaw(raw: string): string {
  return raw.length > MAX_RAW_FIELD ? raw.slice(0, MAX_RAW_FIELD) : raw;
}

function resolveAgainst(reference: string, base: string | undefined): string | undefined {
  return base ? resolveFeedUrl(reference, base) : undefined;
}

/** Returns the event, or undefined when the title matches no pattern. */
export function toEvent(fields: ItemFields, context: EventContext): ConnectionEvent | undefined {
  const title =
    fields.titleFormat === 'text' ? plainToText(fields.title, MAX_TITLE) : htmlToText(fields.title, MAX_TITLE);
  if (!title) return undefined;
  let person: string | undefined;
  let via: string | null = null;
  for (const pattern of context.patterns) {
    const groups = pattern.exec(title)?.groups;
    const candidate = groups?.person?.trim();
    if (!candidate) continue;
    person = truncate(candidate, MAX_NAME);
    via = groups?.via?.trim() ? truncate(groups.via.trim(), MAX_NAME) : null;
    break;
  }
  if (!person) return undefined;
  const link = httpUrlOrNull(fields.link);
  const guid = fields.guid?.trim();
  let id: string;
  if (guid) id = `feed:${guid.slice(0, MAX_ID)}`;
  // A link is a person's URL: one spelling of it, so the same person from two feeds is one id.
  else if (link) id = canonicalId(link);
  else id = `feed:${sha256Hex(`${context.feedKey}\n${title}`).slice(0, 32)}`;
  return {
    id,
    person,
    via,
    link,
    date: isoDateOrNull(fields.date),
    title,
    source: context.label,
    headline: fields.description ? htmlToText(fields.description, MAX_HEADLINE) : ''
  };
}
