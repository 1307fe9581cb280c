/**
 * Public face of the feeds core: feed text → connection events, bursts, and byte decoding.
 * Pure TypeScript (no vscode): used by the extension, the CLI and the benchmark.
 */
export { detectBursts, DEFAULT_BURST_THRESHOLD, DEFAULT_BURST_WINDOW_MINUTES } from './bursts';
export type { Burst, BurstOptions } from './bursts';
export { decodeBytes, charsetFromContentType, type DecodedText } from './decode';
export { FeedFormatError } from './scan';
export { compilePattern, BUILT_IN_PATTERNS } from './events';
export { cleanForRssParser } from './rssParserPath';

export { parseFeed, parseFeedSteps, parseFeedText } from './parse';
export type { ParseFeedOptions, ParsedFeed } from './parse';
export { selectFeedSettings, type FeedSettingEntry } from './settings';
