/**
 * Merges feed events and journal entries into the sidebar's people, and computes what changed
 * between two snapshots so the webview receives a one-row patch for a decision instead of
 * 30,000 rows. No vscode import: the merge is testable in plain Node.
 */
import { detectBursts } from '../core/feeds';
import { inTab, newestFirst } from '../core/inbox';
import { canonicalId } from '../core/journal/identity';
import type { ConnectionEvent } from '../core/types';
import type { BurstInfo, PersonItem } from '../shared/protocol';
import type { JournalPerson } from '../services';
import { FeedRecord, JournalRecord, type PersonRecord } from './records';

export interface PeopleSnapshot {
  /** Newest first. Each item is also its PersonRecord (see records.ts). */
  items: PersonItem[];
  byId: Map<string, PersonRecord>;
  /** The same records by canonicalId: the one place the sidebar decides "same person". */
  byPerson: Map<string, PersonRecord>;
  bursts: BurstInfo[];
}

/** Absurd ids cannot round-trip through the protocol; such people are left out. */
const MAX_ID = 2_000;

/** Journal entries without an id still need a stable key; the name is what the journal shows. */
export function journalKey(person: JournalPerson): string {
  return person.id ? person.id : `journal:${person.name}`;
}

export interface BurstSettings {
  threshold: number;
  windowMinutes: number;
}

/**
 * @param known feed events seen earlier this session, by canonicalId. The journal does not store a
 * headline, invitation message or exact time, so once someone is written to the journal (an
 * answer, a decision) these keep their row from losing its headline or jumping position.
 */
export function buildSnapshot(
  events: readonly ConnectionEvent[],
  journal: readonly JournalPerson[],
  burst: BurstSettings,
  known?: ReadonlyMap<string, ConnectionEvent>
): PeopleSnapshot {
  const byId = new Map<string, PersonRecord>();
  const byPerson = new Map<string, PersonRecord>();
  const items: PersonItem[] = [];
  for (const person of journal) {
    let id = journalKey(person);
    const key = canonicalId(id);
    // Duplicate ids (in any spelling) are a lint error; still show both, apart.
    if (byId.has(id) || byPerson.has(key)) id = `${id}#${person.line + 1}`;
    if (id.length > MAX_ID) continue;
    const record = new JournalRecord(id, person, person.id ? known?.get(key) : undefined);
    byId.set(id, record);
    if (!byPerson.has(key)) byPerson.set(key, record);
    items.push(record);
  }
  const fresh: ConnectionEvent[] = [];
  for (const event of events) {
    // The journal is the truth once a person is in it; absurd ids cannot round-trip, so skip them.
    if (event.id.length > MAX_ID || event.id.length === 0) continue;
    const key = canonicalId(event.id);
    if (byPerson.has(key) || byId.has(event.id)) continue;
    const record = new FeedRecord(event);
    byId.set(event.id, record);
    byPerson.set(key, record);
    items.push(record);
    fresh.push(event);
  }
  // A burst describes what happened, not what is left to decide: people already decided (now
  // in the journal) still count, from the feed events seen this session, so deciding on some
  // keeps the group and its flag ("25 in 8 minutes · 9 left") instead of dissolving it.
  const decidedSeen: ConnectionEvent[] = [];
  if (known) {
    for (const person of journal) {
      const event = person.id ? known.get(person.id) : undefined;
      if (event?.via) decidedSeen.push(event);
    }
  }
  const detected = detectBursts(decidedSeen.length ? [...fresh, ...decidedSeen] : fresh, {
    threshold: burst.threshold,
    windowMinutes: burst.windowMinutes
  });
  const bursts = detected.map((b) => ({
    ...b,
    left: b.eventIds.reduce((n, id) => n + (byId.get(id)?.item.status === 'new' ? 1 : 0), 0)
  }));
  // Sent newest first, so the webview's own sort runs over already-sorted input (linear).
  const sorted = newestFirst(items);
  return { items: sorted, byId, byPerson, bursts };
}

function sameItem(a: PersonItem, b: PersonItem): boolean {
  return (
    a.name === b.name &&
    a.via === b.via &&
    a.source === b.source &&
    a.date === b.date &&
    a.headline === b.headline &&
    a.link === b.link &&
    a.status === b.status &&
    a.origin === b.origin &&
    a.followUp === b.followUp &&
    a.decided === b.decided &&
    (a.warmthScore ?? null) === (b.warmthScore ?? null) &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t === b.tags[i])
  );
}

export interface SnapshotDiff {
  upsert: PersonItem[];
  remove: string[];
  burstsChanged: boolean;
}

export function diffSnapshots(before: PeopleSnapshot, after: PeopleSnapshot): SnapshotDiff {
  const upsert: PersonItem[] = [];
  const remove: string[] = [];
  for (const [id, record] of after.byId) {
    const old = before.byId.get(id);
    if (!old || !sameItem(old.item, record.item)) upsert.push(record.item);
  }
  for (const id of before.byId.keys()) if (!after.byId.has(id)) remove.push(id);
  const burstsChanged = JSON.stringify(before.bursts) !== JSON.stringify(after.bursts);
  return { upsert, remove, burstsChanged };
}

/** Inbox = new people plus deferred ones whose follow-up is due (the badge and status bar). */
export function inboxCount(items: readonly PersonItem[], today: string): number {
  let count = 0;
  for (const item of items) if (inTab(item, 'inbox', today)) count++;
  return count;
}

/** The record a protocol id names: as sent, else the same person in another spelling. */
export function findRecord(snapshot: PeopleSnapshot, id: string): PersonRecord | undefined {
  return snapshot.byId.get(id) ?? snapshot.byPerson.get(canonicalId(id));
}
