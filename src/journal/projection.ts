import {
  SYNTHETIC_PREFIX,
  canonicalId,
  entryDraft,
  findEntryByKey,
  type Journal,
  type JournalEntry
} from '../core/journal';
import type { ConnectionEvent } from '../core/types';
import type { JournalPerson } from '../services';
import { EntryPerson } from '../core/agents';

/**
 * The services-level view of one entry (what the sidebar and drafting read). A view, not a
 * copy: every field is read from the entry when asked, so holding 30,000 of these costs a few
 * pointers each instead of a second copy of the journal's strings. Answers, draft and log are
 * sliced from the text on each read; callers read them for one person at a time.
 *
 * An entry without an `- id:` line gets its synthetic id (`journal:<normalised name>`), which
 * the journal's edits resolve back to it, so hand-written entries can be decided on too.
 */
class JournalPersonView extends EntryPerson implements JournalPerson {
  get source(): string | undefined {
    return this.entry.source;
  }
  get draft(): string | undefined {
    return entryDraft(this.journal, this.entry);
  }

  /** Plain data for logs and JSON (getters are not own properties). */
  toJSON(): JournalPerson {
    const {
      id,
      name,
      status,
      via,
      link,
      source,
      headline,
      message,
      seen,
      decided,
      followUp,
      tags,
      answers,
      draft,
      log,
      line
    } = this;
    return {
      id,
      name,
      status,
      via,
      link,
      source,
      headline,
      message,
      seen,
      decided,
      followUp,
      tags,
      answers,
      draft,
      log,
      line
    };
  }
}

export function toJournalPerson(journal: Journal, entry: JournalEntry): JournalPerson {
  return new JournalPersonView(journal, entry);
}

/** People by canonicalId, the first one winning (duplicate ids are a lint error). Look up with canonicalId too. */
export function indexPeople(people: readonly JournalPerson[]): Map<string, JournalPerson> {
  const byId = new Map<string, JournalPerson>();
  for (const person of people) {
    if (person.id === undefined) continue;
    const key = canonicalId(person.id);
    if (!byId.has(key)) byId.set(key, person);
  }
  return byId;
}

/** A synthetic id spelled another way (case, spacing, a `#line` suffix) still names the same hand-written entry. */
export function findSyntheticPerson(journal: Journal, id: string): JournalPerson | undefined {
  if (!id.startsWith(SYNTHETIC_PREFIX)) return undefined;
  const entry = findEntryByKey(journal, id);
  return entry ? toJournalPerson(journal, entry) : undefined;
}

/** A journal entry as a ConnectionEvent, for commands invoked from the journal itself. */
export function personToEvent(person: JournalPerson): ConnectionEvent {
  return {
    id: person.id ?? '',
    person: person.name,
    via: person.via ?? null,
    link: person.link ?? null,
    date: person.seen ?? null,
    title: '',
    source: person.source ?? '',
    headline: person.headline ?? '',
    ...(person.message ? { message: person.message } : {})
  };
}
