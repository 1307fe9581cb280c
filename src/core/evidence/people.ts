/**
 * One row per journal entry with evidence, warmth and cadence: the shape `deliberate people
 * --json` prints (PRODUCT.md) and the sidebar, hover and other helpers read.
 */
import type { Journal, JournalEntry } from '../journal/model';
import { entryKey } from '../journal/identity';
import { cadenceDue, parseCadence, type Cadence, type CadenceDue } from './cadence';
import { entryCadence, evidenceForEntry, journalContact } from './journal';
import type { PersonEvidence, Warmth } from './types';
import { computeWarmth, lastContactOf } from './warmth';

export interface PersonRow {
  id: string | null;
  name: string;
  status: string | null;
  via: string | null;
  link: string | null;
  seen: string | null;
  decided: string | null;
  followUp: string | null;
  tags: string[];
  cadence: string | null;
  lastContact: string | null;
  due: string | null;
  warmth: Warmth;
}

export interface PersonInsight {
  entry: JournalEntry;
  evidence?: PersonEvidence;
  warmth: Warmth;
  lastContact?: string;
  /** The cadence in force: the entry's own, else the default for accepted people. */
  cadence?: Cadence;
  /** Set when the entry's own cadence value does not parse (lint reports it too). */
  cadenceError?: string;
  due?: CadenceDue;
}

/**
 * Warmth and cadence for one entry. `defaultCadence` (the `deliberate.cadence.default` setting)
 * applies only to accepted people without a `- cadence:` line.
 */
export function personInsight(
  entry: JournalEntry,
  evidence: ReadonlyMap<string, PersonEvidence>,
  today: string,
  defaultCadence?: string
): PersonInsight {
  const found = evidenceForEntry(entry, evidence);
  const contact = journalContact(entry);
  const warmth = computeWarmth(found, today, contact);
  const lastContact = lastContactOf(found, contact);
  const own = entryCadence(entry);
  const insight: PersonInsight = { entry, evidence: found, warmth, lastContact };
  const written = own ?? (entry.status === 'accepted' && defaultCadence?.trim() ? defaultCadence : undefined);
  if (written !== undefined) {
    const parsed = parseCadence(written);
    if (parsed.ok) {
      insight.cadence = parsed.cadence;
      insight.due = cadenceDue(parsed.cadence, lastContact, today);
    } else insight.cadenceError = parsed.message;
  }
  return insight;
}

export function personRow(insight: PersonInsight): PersonRow {
  const e = insight.entry;
  return {
    id: entryKey(e) ?? null,
    name: e.name,
    status: e.status ?? null,
    via: e.via ?? null,
    link: e.link ?? null,
    seen: e.seen ?? null,
    decided: e.decided ?? null,
    followUp: e.followUp ?? null,
    tags: [...e.tags],
    cadence: insight.cadence?.text ?? entryCadence(e) ?? null,
    lastContact: insight.lastContact ?? null,
    due: insight.due?.dueOn ?? null,
    warmth: insight.warmth
  };
}

/**
 * The Losing touch list: accepted people past their ideal interval, most overdue × warmest
 * first (a warm relationship going quiet matters more than a cold one). Ties go by name.
 */
export function losingTouch(
  journal: Journal,
  evidence: ReadonlyMap<string, PersonEvidence>,
  today: string,
  defaultCadence?: string
): PersonInsight[] {
  const out: PersonInsight[] = [];
  for (const entry of journal.entries) {
    if (entry.status !== 'accepted') continue;
    const insight = personInsight(entry, evidence, today, defaultCadence);
    if (insight.due?.isDue) out.push(insight);
  }
  const weight = (i: PersonInsight) => (Math.max(0, i.due!.overdueDays) + 1) * (i.warmth.score + 1);
  return out.sort((a, b) => weight(b) - weight(a) || a.entry.name.localeCompare(b.entry.name));
}
