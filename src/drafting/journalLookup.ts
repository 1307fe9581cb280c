/**
 * The journal store parses lazily: its first findById() starts the load and answers undefined
 * until onDidChange fires. A draft started right after activation (CodeLens, sidebar, tests)
 * must still see the user's answers, so the first lookup waits briefly for that first load.
 */
import type { JournalPerson, JournalStore } from '../services';

const FIRST_LOAD_WAIT_MS = 2000;
const settledStores = new WeakSet<JournalStore>();

export async function findInJournal(journal: JournalStore, id: string): Promise<JournalPerson | undefined> {
  const found = journal.findById(id);
  if (found || settledStores.has(journal)) return found;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, FIRST_LOAD_WAIT_MS);
    const subscription = journal.onDidChange(done);
    function done(): void {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
  settledStores.add(journal);
  return journal.findById(id);
}
