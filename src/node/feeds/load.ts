/**
 * One feed source (http(s) URL or file) → parsed events, shared by the extension and the CLI.
 * Every error is one line that names the feed (redacted) or the file, so a broken feed never
 * hides which one broke, and callers simply keep going with the next feed.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JournalFileError, readRegularFileCapped } from '../journalFile';
import { DEFAULT_MAX_BYTES, formatBytes, HttpError, redactText, redactUrl, safeFetch } from '../http';
import { decodeBytes } from '../../core/feeds/decode';
import { type ParsedFeed, type ParseFeedOptions } from '../../core/feeds/parse';
import { parseFeedYielding } from './parseYielding';

export interface FeedSource {
  /** http(s) URL or a file path (relative to baseDir, or absolute). The real URL, token included. */
  url: string;
  label?: string;
  pattern?: string;
}

export interface LoadOptions {
  /** Folder that relative file paths resolve against. */
  baseDir?: string;
  /** Key for hashed ids and status (the configured url, e.g. `secret:<uuid>`); defaults to the redacted url. */
  feedKey?: string;
  etag?: string;
  lastModified?: string;
  signal?: AbortSignal;
  deadlineMs?: number;
  maxBytes?: number;
  /**
   * The parser. Default: the fast scanner only, stepped so that it yields to the event loop
   * (parseFeedYielding). The CLI passes parseFeedText (scanner, then
   * rss-parser's parseString for documents the scanner does not recognise); the extension keeps
   * the default so that rss-parser and xml2js (~160 kB) stay out of its bundle.
   */
  parse?: (text: string, options: ParseFeedOptions) => ParsedFeed | Promise<ParsedFeed>;
}

export type LoadResult =
  | { notModified: true; etag?: string; lastModified?: string }
  | { notModified: false; parsed: ParsedFeed; etag?: string; lastModified?: string };

/** An error whose message already names the feed or file and holds no token. */
export class FeedLoadError extends Error {
  constructor(
    message: string,
    readonly cancelled = false
  ) {
    super(message);
  }
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

/** Resolves a file source: `file:` URLs, absolute paths, or paths relative to baseDir. */
export function resolveFeedPath(url: string, baseDir: string | undefined): string {
  const trimmed = url.trim();
  if (/^file:/i.test(trimmed)) return fileURLToPath(trimmed);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    throw new FeedLoadError(`feed "${redactUrl(trimmed)}": only http(s) URLs and file paths are supported`);
  }
  if (path.isAbsolute(trimmed)) return trimmed;
  if (!baseDir) throw new FeedLoadError(`feed file "${trimmed}": a relative path needs an open workspace folder`);
  return path.resolve(baseDir, trimmed);
}

/** A short display name: the label, else the redacted URL or the path as written. */
export function feedDisplayName(source: FeedSource): string {
  return source.label?.trim() || (isHttpUrl(source.url) ? redactUrl(source.url) : source.url);
}

export async function loadFeed(source: FeedSource, options: LoadOptions = {}): Promise<LoadResult> {
  const label = source.label?.trim() || (isHttpUrl(source.url) ? hostOf(source.url) : path.basename(source.url));
  const feedKey = options.feedKey ?? (isHttpUrl(source.url) ? redactUrl(source.url) : source.url);
  if (isHttpUrl(source.url)) {
    const name = `feed "${redactUrl(source.url)}"`;
    try {
      const result = await safeFetch(source.url, options);
      if (result.notModified) return { notModified: true, etag: result.etag, lastModified: result.lastModified };
      const decoded = decodeBytes(result.bytes, result.contentType);
      const parsed = await parse(
        decoded.text,
        { label, pattern: source.pattern, feedKey, baseUrl: linkBase(source.url) },
        name,
        options.parse ?? parseFeedYielding,
        source.url
      );
      if (decoded.warning) parsed.warnings.push(decoded.warning);
      return { notModified: false, parsed, etag: result.etag, lastModified: result.lastModified };
    } catch (error) {
      if (error instanceof FeedLoadError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new FeedLoadError(
        `${name}: ${redactText(message, source.url)}`,
        error instanceof HttpError && error.kind === 'cancelled'
      );
    }
  }
  const file = resolveFeedPath(source.url, options.baseDir);
  const name = `feed file "${file}"`;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  if (options.signal?.aborted) throw new FeedLoadError(`${name}: cancelled`, true);
  try {
    // A regular file only (never /dev/zero or a FIFO), capped while reading rather than after.
    bytes = await readRegularFileCapped(file, name, maxBytes);
  } catch (error) {
    if (!(error instanceof JournalFileError)) throw new FeedLoadError(`${name} cannot be read: ${String(error)}`);
    if (error.reason === 'too-large') throw new FeedLoadError(`${name} is larger than ${formatBytes(maxBytes)}`);
    if (error.reason === 'not-regular') {
      throw new FeedLoadError(
        /directory/.test(error.message) ? `${name} is a folder, not a feed file` : `${name} is not a regular file`
      );
    }
    if (/no such file/.test(error.message)) throw new FeedLoadError(`${name} does not exist`);
    if (/permission denied/.test(error.message)) throw new FeedLoadError(`${name} cannot be read (permission denied)`);
    throw new FeedLoadError(error.message);
  }
  const decoded = decodeBytes(bytes);
  const parsed = await parse(
    decoded.text,
    { label, pattern: source.pattern, feedKey },
    name,
    options.parse ?? parseFeedYielding
  );
  if (decoded.warning) parsed.warnings.push(decoded.warning);
  return { notModified: false, parsed };
}

async function parse(
  text: string,
  options: ParseFeedOptions,
  name: string,
  parser: NonNullable<LoadOptions['parse']>,
  url?: string
): Promise<ParsedFeed> {
  try {
    return await parser(text, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedLoadError(`${name}: ${url ? redactText(message, url) : message}`);
  }
}

/**
 * The feed URL relative links resolve against, without credentials, query or fragment: a
 * token in the feed URL must never travel into an event's link (`#top` would otherwise keep it).
 */
function linkBase(url: string): string | undefined {
  try {
    const base = new URL(url);
    base.username = '';
    base.password = '';
    base.search = '';
    base.hash = '';
    return base.href;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'feed';
  }
}
