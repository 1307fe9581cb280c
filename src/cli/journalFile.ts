import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError, type CliIo } from './io';

/** Reads the journal named on the command line; any failure is one actionable line (exit 2). */
export async function readJournalFile(file: string | undefined, io: CliIo, command: string): Promise<{ path: string; text: string }> {
  if (!file) throw new UsageError(`missing <journal>; usage: deliberate ${command} <journal>`);
  const absolute = path.resolve(io.cwd, file);
  try {
    return { path: absolute, text: await readFile(absolute, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new UsageError(`cannot read journal '${file}': ${reason}`);
  }
}
