export { loadFeed, FeedLoadError, feedDisplayName, isHttpUrl, resolveFeedPath } from './load';
export type { FeedSource, LoadOptions, LoadResult } from './load';
export { parseFeedYielding } from './parseYielding';
