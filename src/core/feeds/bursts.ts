/**
 * "Yes-to-all" burst detection: one person (`via`) connecting to many people in a short
 * window. This is the source post's own story — someone accepting ~25 invitations at once —
 * so the sidebar flags these events for extra care instead of treating them as deliberate.
 */
import type { ConnectionEvent } from '../types';

export interface Burst {
  via: string;
  /** Ids of the events in the burst, oldest first. */
  eventIds: string[];
  /** ISO 8601 of the first and last event. */
  start: string;
  end: string;
  count: number;
}

export interface BurstOptions {
  /** Minimum events in one window (default 10). */
  threshold?: number;
  /** Window length in minutes (default 60). */
  windowMinutes?: number;
}

export const DEFAULT_BURST_THRESHOLD = 10;
export const DEFAULT_BURST_WINDOW_MINUTES = 60;

interface Timed {
  id: string;
  time: number;
}

/**
 * Groups events by `via` (case-insensitive, trimmed) and slides a window over each group's
 * timeline. Overlapping qualifying windows merge into one burst, so 25 accepts in 70 minutes
 * are one burst, not two. Events without a date or a `via` cannot be placed, so they are never
 * part of a burst. Duplicate ids count once. Result order: by start time, then via.
 */
export function detectBursts(events: readonly ConnectionEvent[], options: BurstOptions = {}): Burst[] {
  const threshold = Math.max(2, Math.floor(options.threshold ?? DEFAULT_BURST_THRESHOLD));
  const windowMs = Math.max(1, options.windowMinutes ?? DEFAULT_BURST_WINDOW_MINUTES) * 60_000;

  const groups = new Map<string, { via: string; items: Timed[]; seen: Set<string> }>();
  for (const event of events) {
    const via = event.via?.trim();
    if (!via || !event.date) continue;
    const time = Date.parse(event.date);
    if (Number.isNaN(time)) continue;
    const key = via.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { via, items: [], seen: new Set() };
      groups.set(key, group);
    }
    if (group.seen.has(event.id)) continue;
    group.seen.add(event.id);
    group.items.push({ id: event.id, time });
  }

  const bursts: Burst[] = [];
  for (const { via, items } of groups.values()) {
    if (items.length < threshold) continue;
    items.sort((a, b) => a.time - b.time);
    let open: { first: number; last: number } | undefined;
    let left = 0;
    for (let right = 0; right < items.length; right++) {
      while (items[right].time - items[left].time > windowMs) left++;
      if (right - left + 1 < threshold) continue;
      if (open && left <= open.last) {
        open.last = right;
      } else {
        if (open) bursts.push(toBurst(via, items, open.first, open.last));
        open = { first: left, last: right };
      }
    }
    if (open) bursts.push(toBurst(via, items, open.first, open.last));
  }
  return bursts.sort((a, b) => a.start.localeCompare(b.start) || a.via.localeCompare(b.via));
}

function toBurst(via: string, items: Timed[], first: number, last: number): Burst {
  const slice = items.slice(first, last + 1);
  return {
    via,
    eventIds: slice.map((item) => item.id),
    start: new Date(slice[0].time).toISOString(),
    end: new Date(slice[slice.length - 1].time).toISOString(),
    count: slice.length
  };
}
