/**
 * The snapshot's people. Each one IS its PersonItem, read through to its source (the feed's
 * ConnectionEvent or the journal's JournalPerson) with getters, so the host holds one small
 * object per person instead of a copied item, a record and an event: the feed service and the
 * journal store keep those sources anyway, and 60,000 copies cost megabytes for as long as the
 * extension runs. Getters are cheap (clip returns the same string unless it is too long).
 */
import type { ConnectionEvent } from '../core/types';
import type { PersonItem } from '../shared/protocol';
import type { JournalPerson } from '../services';
import { truncate } from '../core/text/truncate';
import { bandOf } from '../core/evidence/warmth';

/** Field caps below the protocol's limits, so one hostile feed item cannot get the whole list rejected. */
export const MAX_FIELD = 1_000;

export function clip(text: string, max = MAX_FIELD): string {
  return truncate(text, max);
}

function clipOrNull(text: string | null): string | null {
  return text === null ? null : clip(text);
}

const STATUS = new Set(['new', 'accepted', 'declined', 'deferred']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | undefined): string | null {
  return value && DAY.test(value) ? value : null;
}

/** Shared by every person without tags (all feed people): one frozen array instead of 30,000. */
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

/** The journal's own tags array when it is within the caps (almost always), else a clipped copy. */
function clippedTags(tags: string[]): string[] {
  if (tags.length === 0) return NO_TAGS;
  if (tags.length <= 100 && tags.every((t) => t.length <= MAX_FIELD)) return tags;
  return tags.slice(0, 100).map((t) => clip(t));
}

export interface PersonRecord {
  readonly item: PersonItem;
  warmthScore: number | null;
  readonly event: ConnectionEvent;
  readonly journal?: JournalPerson;
}

/** A journal entry as a ConnectionEvent; the journal stores no exact time. */
export function journalToEvent(person: JournalPerson, id: string): ConnectionEvent {
  return {
    id,
    person: person.name,
    via: person.via ?? null,
    link: person.link ?? null,
    date: person.seen ?? person.decided ?? null,
    title: person.name,
    source: person.source ?? 'Journal',
    headline: person.headline ?? '',
    ...(person.message ? { message: person.message } : {})
  };
}

/** A feed person not (yet) in the journal. */
export class FeedRecord implements PersonItem, PersonRecord {
  /** Set from relationship evidence after the snapshot is built (see warmth.ts); null without evidence. */
  warmthScore: number | null = null;
  constructor(readonly event: ConnectionEvent) {}
  get warmthBand(): PersonItem['warmthBand'] {
    return this.warmthScore === null ? null : bandOf(this.warmthScore);
  }
  get item(): PersonItem {
    return this;
  }
  get journal(): undefined {
    return undefined;
  }
  get id(): string {
    return this.event.id;
  }
  get name(): string {
    return clip(this.event.person);
  }
  get via(): string | null {
    return clipOrNull(this.event.via);
  }
  get source(): string {
    return clip(this.event.source);
  }
  get date(): string | null {
    return clipOrNull(this.event.date);
  }
  get headline(): string {
    return clip(this.event.headline);
  }
  get link(): string | null {
    return clipOrNull(this.event.link);
  }
  get tags(): string[] {
    return NO_TAGS;
  }
  get status(): 'new' {
    return 'new';
  }
  get origin(): 'feed' {
    return 'feed';
  }
  get followUp(): null {
    return null;
  }
  get decided(): null {
    return null;
  }
}

/**
 * A journal entry. `seen` is the feed event this person arrived with earlier this session, if
 * any: it keeps their headline, message and exact time once they are in the journal. The
 * ConnectionEvent is built on first use (a command acting on this person), not for everyone.
 */
export class JournalRecord implements PersonItem, PersonRecord {
  private built: ConnectionEvent | undefined;
  /** Set from relationship evidence after the snapshot is built (see warmth.ts); null without evidence. */
  warmthScore: number | null = null;

  constructor(
    readonly id: string,
    readonly journal: JournalPerson,
    private readonly seen: ConnectionEvent | undefined
  ) {}

  get item(): PersonItem {
    return this;
  }
  get warmthBand(): PersonItem['warmthBand'] {
    return this.warmthScore === null ? null : bandOf(this.warmthScore);
  }
  get event(): ConnectionEvent {
    if (!this.built) {
      const event = journalToEvent(this.journal, this.id);
      event.date = this.eventDate();
      if (this.seen) {
        event.headline = this.seen.headline;
        if (this.seen.message) event.message = this.seen.message;
      }
      this.built = event;
    }
    return this.built;
  }

  private eventDate(): string | null {
    const { seen, journal } = this;
    if (seen?.date && (!journal.seen || seen.date.startsWith(journal.seen))) return seen.date;
    return journal.seen ?? journal.decided ?? null;
  }

  get name(): string {
    return clip(this.journal.name);
  }
  get via(): string | null {
    return clipOrNull(this.journal.via ?? null);
  }
  get source(): string {
    return clip(this.journal.source ?? 'Journal');
  }
  get date(): string | null {
    return clipOrNull(this.eventDate());
  }
  get headline(): string {
    return clip(this.seen ? this.seen.headline : '');
  }
  get link(): string | null {
    return clipOrNull(this.journal.link ?? null);
  }
  get tags(): string[] {
    return clippedTags(this.journal.tags);
  }
  get status(): PersonItem['status'] {
    const status = this.journal.status;
    return status && STATUS.has(status) ? (status as PersonItem['status']) : 'new';
  }
  get origin(): 'journal' {
    return 'journal';
  }
  get followUp(): string | null {
    return day(this.journal.followUp);
  }
  get decided(): string | null {
    return day(this.journal.decided);
  }
}
