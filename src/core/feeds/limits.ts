/**
 * How many connection events the extension keeps per feed (newest first). It bounds
 * workspaceState and the host's memory; what is dropped is counted and shown in the feed's
 * status, never dropped silently.
 */
export const MAX_EVENTS_PER_FEED = 10_000;

/** The events kept for a feed, and how many were dropped by the cap. */
export function capFeedEvents<T>(events: readonly T[]): { kept: T[]; dropped: number } {
  const kept = events.slice(0, MAX_EVENTS_PER_FEED);
  return { kept, dropped: events.length - kept.length };
}

/** The status line's note for a capped feed, or undefined when nothing was dropped. */
export function capNote(dropped: number): string | undefined {
  if (dropped <= 0) return undefined;
  return `${dropped.toLocaleString('en-US')} older items not shown (keeps the newest ${MAX_EVENTS_PER_FEED.toLocaleString('en-US')} per feed)`;
}
