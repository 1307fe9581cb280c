/** The card and the privacy list for one journal entry: shared by the CLI, the extension and the eval. */
import { entryAnswers, type Journal, type JournalEntry } from '../journal';
import { buildCard, type CardInput, type PersonCard } from './card';

/** What the relationships features may add; absent until they are connected. */
export type CardExtras = Pick<CardInput, 'warmth' | 'lastContact' | 'sharedConnections' | 'introduction'>;

export function cardForEntry(
  journal: Journal,
  entry: JournalEntry,
  profile: string,
  extras: CardExtras = {}
): PersonCard {
  return buildCard({
    name: entry.name,
    headline: entry.headline,
    via: entry.via,
    note: entry.message,
    answers: entryAnswers(journal, entry),
    profile,
    log: entry.log.map((line) => ({ date: line.date, text: line.text })),
    ...extras
  });
}

/** Every other person's name in the journal: naming one of them in this draft is a leak. */
export function otherNamesFor(journal: Journal, entry: JournalEntry): string[] {
  return journal.entries.filter((other) => other !== entry).map((other) => other.name);
}
