import * as path from 'node:path';
import { JournalFileError, readJournalBytes, updateJournalFile, type JournalUpdate } from '../node/journalFile';
import { UsageError, type CliIo } from './io';

/** Exactly one journal argument: a second one is a mistake to report, not to ignore. */
export function singleJournalArgument(positionals: string[], command: string): string | undefined {
  if (positionals.length > 1) {
    throw new UsageError(
      `expected one journal, got ${positionals.length} (${positionals.slice(1).join(', ')} unexpected); usage: deliberate ${command} <journal>`
    );
  }
  return positionals[0];
}

/**
 * Reads the journal named on the command line (a regular UTF-8 file, size-capped while
 * reading; see src/node/journalFile); any failure is one actionable line (exit 2).
 */
export async function readJournalFile(
  file: string | undefined,
  io: CliIo,
  command: string
): Promise<{ path: string; text: string }> {
  if (!file) throw new UsageError(`missing <journal>; usage: deliberate ${command} <journal>`);
  const absolute = path.resolve(io.cwd, file);
  try {
    return { path: absolute, text: (await readJournalBytes(absolute, `journal '${file}'`)).text };
  } catch (error) {
    throw asUsageError(error);
  }
}

/**
 * Read-modify-write of the journal under its lock, refusing to overwrite a concurrent change
 * (see updateJournalFile). Every failure leaves the journal byte-for-byte as it was (exit 2).
 */
export async function updateJournal<T>(
  file: string,
  shown: string,
  transform: (text: string) => JournalUpdate<T>,
  options: { missingAsEmpty?: boolean } = {}
): Promise<{ changed: boolean; result: T }> {
  try {
    return await updateJournalFile(file, shown, transform, options);
  } catch (error) {
    throw asUsageError(error);
  }
}

function asUsageError(error: unknown): Error {
  if (error instanceof JournalFileError) return new UsageError(error.message);
  return error instanceof Error ? error : new Error(String(error));
}
