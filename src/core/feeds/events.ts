/**
 * Feed items → connection events. A title is matched (after entity decoding and tag
 * stripping) against the feed's own pattern, then the built-in network-activity patterns;
 * an item that matches none is simply not a connection event.
 */
import { sha256Hex } from '../text/sha256';
import type { ConnectionEvent } from '../types';
import { innerText, type RawItem } from './scan';
import { htmlToText, httpUrlOrNull, isoDateOrNull } from './text';
import { truncate } from '../text/truncate';

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
  guid?: string;
  link?: string;
  date?: string;
  description?: string;
}

export function fieldsFromRaw(item: RawItem): ItemFields {
  const f = item.fields;
  const text = (name: string) => {
    const raw = f.get(name);
    return raw === undefined ? undefined : innerText(raw);
  };
  let link: string | undefined;
  if (item.links.length > 0) link = (item.links.find((l) => l.rel === 'alternate') ?? item.links[0]).href;
  else link = text('link');
  const dateCandidates = [text('pubDate'), text('published'), text('updated'), text('dc:date')];
  const date =
    dateCandidates.find((d) => d !== undefined && isoDateOrNull(d) !== null) ??
    dateCandidates.find((d) => d !== undefined);
  return {
    title: text('title') ?? text('dc:title') ?? '',
    guid: text('guid') ?? text('id'),
    link,
    date,
    description: text('description') ?? text('summary') ?? text('content:encoded') ?? text('content')
  };
}

/** Returns the event, or undefined when the title matches no pattern. */
export function toEvent(fields: ItemFields, context: EventContext): ConnectionEvent | undefined {
  const title = htmlToText(fields.title, MAX_TITLE);
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
  else if (link) id = link;
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
