import { entryAnswers, entryDraft, type Journal, type JournalEntry } from '../core/journal';
import type { ConnectionEvent } from '../core/types';
import type { JournalPerson } from '../services';

/** The services-level view of one entry (what the sidebar and drafting read). */
export function toJournalPerson(journal: Journal, entry: JournalEntry): JournalPerson {
  const person: JournalPerson = {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    tags: entry.tags,
    answers: entryAnswers(journal, entry),
    log: entry.log.map((l) => ({ date: l.date, text: l.text })),
    line: entry.headingLine
  };
  if (entry.via) person.via = entry.via;
  if (entry.link) person.link = entry.link;
  if (entry.source) person.source = entry.source;
  if (entry.seen) person.seen = entry.seen;
  if (entry.decided) person.decided = entry.decided;
  if (entry.followUp) person.followUp = entry.followUp;
  const draft = entryDraft(journal, entry);
  if (draft !== undefined) person.draft = draft;
  return person;
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
    headline: ''
  };
}
