import { entryAnswers, entryKey, findEntryByKey, type Journal, type JournalEntry } from '../journal';
import type { ConnectionEvent } from '../types';
import { PeopleIndex, type AgentPerson } from './people';

/**
 * AgentPerson over one parsed journal entry. A view: answers and log are sliced from the text
 * when read, so an index of 30,000 people costs a few pointers each.
 */
export class EntryPerson implements AgentPerson {
  readonly id: string | undefined;

  constructor(
    protected readonly journal: Journal,
    readonly entry: JournalEntry
  ) {
    this.id = entryKey(entry);
  }
  get name(): string {
    return this.entry.name;
  }
  get status(): string | undefined {
    return this.entry.status;
  }
  get via(): string | undefined {
    return this.entry.via;
  }
  get link(): string | undefined {
    return this.entry.link;
  }
  get headline(): string | undefined {
    return this.entry.headline;
  }
  get message(): string | undefined {
    return this.entry.message;
  }
  get tags(): string[] {
    return this.entry.tags;
  }
  get seen(): string | undefined {
    return this.entry.seen;
  }
  get decided(): string | undefined {
    return this.entry.decided;
  }
  get followUp(): string | undefined {
    return this.entry.followUp;
  }
  get answers(): Record<number, string> {
    return entryAnswers(this.journal, this.entry);
  }
  get log(): { date: string; text: string }[] {
    return this.entry.log.map((l) => ({ date: l.date, text: l.text }));
  }
  get line(): number {
    return this.entry.headingLine;
  }
}

/** The people of a parsed journal, indexed for agent queries, with lookup by entry key. */
export class JournalPeople {
  readonly index: PeopleIndex;

  constructor(readonly journal: Journal) {
    this.index = new PeopleIndex(journal.entries.map((entry) => new EntryPerson(journal, entry)));
  }

  /** The person an entry key (id, canonical URL, or `journal:<name>`) names, by the one identity. */
  byKey(key: string): AgentPerson | undefined {
    const entry = findEntryByKey(this.journal, key);
    if (!entry) return undefined;
    return this.index.people.find((p) => (p as EntryPerson).entry === entry);
  }
}

/** The ConnectionEvent the journal's edit functions take for an existing person. */
export function personEvent(person: AgentPerson): ConnectionEvent {
  return {
    id: person.id ?? '',
    person: person.name,
    via: person.via ?? null,
    link: person.link ?? null,
    date: person.seen ?? null,
    title: '',
    source: '',
    headline: person.headline ?? ''
  };
}
