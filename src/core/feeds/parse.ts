/** Feed text → connection events: the fast scanner, and rss-parser as the fallback. */
import type { ConnectionEvent } from '../types';
import { BUILT_IN_PATTERNS, compilePattern, fieldsFromRaw, toEvent, type EventContext } from './events';
import { FeedFormatError, ITEMS_PER_STEP, runSteps, scanFeedSteps } from './scan';
import { parseWithRssParser } from './rssParserPath';

export interface ParseFeedOptions {
  /** Source label each event carries. */
  label: string;
  /** Regex with named groups `person` and optionally `via`, tried before the built-ins. */
  pattern?: string;
  /** Stable key of the feed (its configured url), used for hashed ids. */
  feedKey: string;
  /** The feed's own URL, against which relative links resolve (RFC 3986, after any xml:base). */
  baseUrl?: string;
}

export interface ParsedFeed {
  events: ConnectionEvent[];
  /** Items dropped because they were broken (unbalanced tags, cut off). */
  skipped: number;
  warnings: string[];
  /** How many items/entries the feed held, connection events or not. */
  items?: number;
}

function contextFor(options: ParseFeedOptions): EventContext {
  const patterns = options.pattern ? [compilePattern(options.pattern), ...BUILT_IN_PATTERNS] : BUILT_IN_PATTERNS;
  return { label: options.label, feedKey: options.feedKey, patterns };
}

/**
 * Parses RSS 2.0, RSS 1.0 or Atom text synchronously with the fast scanner. Throws a
 * one-line Error for documents that are not feeds (HTML, JSON, empty, truncated) or a bad
 * pattern. A repeated item (same id, same person) is kept once; two different people under
 * one id (a feed that reuses guids) are both kept, the second with a person-suffixed id. Both
 * cases are counted in the warnings, never dropped silently.
 */
export function parseFeed(xml: string, options: ParseFeedOptions): ParsedFeed {
  return runSteps(parseFeedSteps(xml, options));
}

/** parseFeed as a generator that pauses every ITEMS_PER_STEP items (see scanFeedSteps). */
export function* parseFeedSteps(xml: string, options: ParseFeedOptions): Generator<void, ParsedFeed, void> {
  const context = contextFor(options);
  const scan = yield* scanFeedSteps(xml, options.baseUrl);
  const events: ConnectionEvent[] = [];
  const personById = new Map<string, string>();
  let repeated = 0;
  let sharedIds = 0;
  for (let index = 0; index < scan.items.length; index++) {
    if (index > 0 && index % ITEMS_PER_STEP === 0) yield;
    const event = toEvent(fieldsFromRaw(scan.items[index], scan.kind), context);
    if (!event) continue;
    const earlier = personById.get(event.id);
    if (earlier !== undefined) {
      if (earlier === event.person) {
        repeated++;
        continue;
      }
      event.id = `${event.id}#${event.person.toLowerCase().replace(/\s+/g, '-')}`;
      if (personById.has(event.id)) {
        repeated++;
        continue;
      }
      sharedIds++;
    }
    personById.set(event.id, event.person);
    events.push(event);
  }
  const warnings = [...scan.warnings];
  if (scan.skipped > 0) warnings.push(`${scan.skipped} malformed item${scan.skipped === 1 ? '' : 's'} skipped`);
  if (repeated > 0) warnings.push(`${repeated} repeated item${repeated === 1 ? '' : 's'} shown once`);
  if (sharedIds > 0) {
    warnings.push(
      `${sharedIds} item${sharedIds === 1 ? '' : 's'} reused another person's id; kept with a person-suffixed id`
    );
  }
  return { events, skipped: scan.skipped, warnings, items: scan.items.length + scan.skipped };
}

/**
 * What the service and the CLI call: the scanner, and rss-parser's parseString when the
 * scanner does not recognise the document's root. The scanner's message is kept when
 * rss-parser cannot read it either.
 */
export async function parseFeedText(xml: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  try {
    return parseFeed(xml, options);
  } catch (error) {
    if (!(error instanceof FeedFormatError) || !error.unrecognisedXml) throw error;
    try {
      const { events, items } = await parseWithRssParser(xml, contextFor(options));
      return { events, skipped: 0, warnings: ['read with rss-parser (unusual feed layout)'], items };
    } catch {
      throw error;
    }
  }
}
