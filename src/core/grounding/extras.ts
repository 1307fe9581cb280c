/**
 * The card's relationship facts: warmth reasons and the last contact from evidence, shared
 * connections from the network, and, for an introduction request, the path to the target.
 * Either source may be missing (no export imported, no network file yet): the card then simply
 * lacks those facts. Pure: the caller loads the files and passes `today`.
 */
import type { JournalEntry } from '../journal/model';
import { canonicalId, entryKey } from '../journal/identity';
import { computeWarmth, evidenceForEntry, journalContact, lastContactOf, type PersonEvidence } from '../evidence';
import { whoKnows, type IntroPath, type Network } from '../network';
import type { CardExtras } from './fromJournal';

export interface RelationshipSources {
  /** Evidence by key, as `loadEvidence` returns it; absent when there is no evidence file. */
  evidence?: ReadonlyMap<string, PersonEvidence>;
  network?: Network;
  /** YYYY-MM-DD, for warmth decay. */
  today: string;
}

/** The network key of an entry: its canonical id, or the network's `name:` key for id-less entries. */
function networkKeyOf(entry: JournalEntry, network: Network): string | undefined {
  const key = entryKey(entry);
  if (key !== undefined) return key;
  for (const person of network.people.values()) if (person.name === entry.name) return person.key;
  return undefined;
}

/** Warmth and last contact only when evidence exists for the person: journal dates alone are already on the card. */
export function evidenceExtras(
  entry: JournalEntry,
  evidence: ReadonlyMap<string, PersonEvidence> | undefined,
  today: string
): CardExtras {
  const found = evidence ? evidenceForEntry(entry, evidence) : undefined;
  if (!found) return {};
  const contact = journalContact(entry);
  const warmth = computeWarmth(found, today, contact);
  const extras: CardExtras = { warmth: { band: warmth.band, reasons: warmth.reasons } };
  const last = lastContactOf(found, contact);
  if (last) {
    const what =
      last === found.lastContact
        ? 'message or invitation'
        : contact.logDates.includes(last)
          ? 'logged action'
          : 'decision in the journal';
    extras.lastContact = { date: last, what };
  }
  return extras;
}

/** People the user knows (accepted, or linked to the user) who know this person, strongest first. */
export function sharedConnectionsOf(entry: JournalEntry, network: Network | undefined): string[] {
  if (!network) return [];
  const key = networkKeyOf(entry, network);
  if (!key) return [];
  const names: string[] = [];
  for (const row of whoKnows(network, key)) {
    // A shared company is a guess, not knowing someone: it never becomes a fact.
    if (row.known && row.kind !== 'colleague' && !names.includes(row.name)) names.push(row.name);
  }
  return names;
}

/**
 * Everyone the network says knows this person, known to the user or not: naming one of them
 * in a draft is a leak unless the card lists them (checked like other journal names).
 */
export function networkNamesAround(entry: JournalEntry, network: Network | undefined): string[] {
  if (!network) return [];
  const key = networkKeyOf(entry, network);
  return key ? whoKnows(network, key).map((row) => row.name) : [];
}

export function relationshipExtras(entry: JournalEntry, sources: RelationshipSources): CardExtras {
  const extras = evidenceExtras(entry, sources.evidence, sources.today);
  const shared = sharedConnectionsOf(entry, sources.network);
  return shared.length ? { ...extras, sharedConnections: shared } : extras;
}

/** The introduction facts for the bridge person's card: who the target is and how the bridge knows them. */
export function introductionExtras(path: IntroPath): Pick<CardExtras, 'introduction'> {
  if (path.path.length < 2) return {};
  const [, target] = path.path;
  return { introduction: { target: target.name, how: path.reasons } };
}

/** Whether a path leads from `bridgeId` (same person by THE identity function) to a target. */
export function pathStartsWith(path: IntroPath, bridgeId: string): boolean {
  return path.path.length === 2 && canonicalId(path.path[0].id) === canonicalId(bridgeId);
}

/**
 * Warmth 0..1 by network key, from evidence (computeWarmth) and the entry's journal dates; undefined
 * for a person without evidence, so intro paths fall back to their default for them.
 */
export function buildWarmthLookup(
  journal: { entries: readonly JournalEntry[] },
  sources: RelationshipSources
): (key: string) => number | undefined {
  const evidence = sources.evidence;
  if (!evidence || evidence.size === 0) return () => undefined;
  const byKey = new Map<string, JournalEntry>();
  for (const entry of journal.entries) {
    const key = entryKey(entry);
    if (key !== undefined) byKey.set(key, entry);
  }
  const cache = new Map<string, number | undefined>();
  return (key) => {
    const canonical = canonicalId(key);
    if (cache.has(canonical)) return cache.get(canonical);
    const entry = byKey.get(canonical);
    const found = entry ? evidenceForEntry(entry, evidence) : evidence.get(canonical);
    const value = found
      ? computeWarmth(found, sources.today, entry ? journalContact(entry) : undefined).score / 100
      : undefined;
    cache.set(canonical, value);
    return value;
  };
}
