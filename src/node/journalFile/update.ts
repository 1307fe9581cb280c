/**
 * Read-modify-write of a journal for the CLI (and the MCP server): under the journal's lock,
 * read strictly, compute the new text, and write it only if nobody changed the file meanwhile;
 * a change by a writer that does not take the lock (VS Code saving the document) makes us read
 * again and recompute, a few times, before giving up with a clear message.
 */
import { JournalFileError } from './errors';
import { withJournalLock } from './lock';
import { readJournalBytes } from './read';
import { resolveJournalTarget, writeJournalAtomically } from './write';

const ATTEMPTS = 3;

export interface JournalUpdate<T> {
  /** The new text; undefined (or the same text) writes nothing. */
  text: string | undefined;
  result: T;
}

export async function updateJournalFile<T>(
  file: string,
  shown: string,
  transform: (text: string) => JournalUpdate<T> | Promise<JournalUpdate<T>>,
  options: { missingAsEmpty?: boolean; lockWaitMs?: number } = {}
): Promise<{ changed: boolean; result: T }> {
  const { target } = await resolveJournalTarget(file, shown);
  return withJournalLock(
    target,
    shown,
    async () => {
      for (let attempt = 1; ; attempt++) {
        const { bytes, text } = await readJournalBytes(target, shown, { missingAsEmpty: options.missingAsEmpty });
        const update = await transform(text);
        if (update.text === undefined || update.text === text) return { changed: false, result: update.result };
        try {
          await writeJournalAtomically(target, update.text, shown, bytes);
          return { changed: true, result: update.result };
        } catch (error) {
          if (!(error instanceof JournalFileError) || error.reason !== 'changed' || attempt >= ATTEMPTS) throw error;
        }
      }
    },
    options.lockWaitMs
  );
}
