import { randomBytes } from 'node:crypto';
import { chmod, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
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

/** Reads the journal named on the command line; any failure is one actionable line (exit 2). */
export async function readJournalFile(
  file: string | undefined,
  io: CliIo,
  command: string
): Promise<{ path: string; text: string }> {
  if (!file) throw new UsageError(`missing <journal>; usage: deliberate ${command} <journal>`);
  const absolute = path.resolve(io.cwd, file);
  try {
    return { path: absolute, text: await readFile(absolute, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new UsageError(`cannot read journal '${file}': ${reason}`);
  }
}

/**
 * Replaces the journal's content atomically without harming the user's file: a symlink is
 * followed (the link stays a link and its target gets the text), a file without write bits is
 * refused even for root, and the original permissions are kept. A failure leaves the journal
 * byte-for-byte as it was.
 */
export async function writeJournalFile(file: string, text: string, shown: string): Promise<void> {
  let target = file;
  let mode: number | undefined;
  try {
    target = await realpath(file);
    const info = await stat(target);
    mode = info.mode & 0o7777;
    if ((mode & 0o222) === 0) {
      throw new UsageError(`cannot write journal ${shown}: it is read-only; the journal was not changed`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UsageError(`cannot write journal ${shown}: ${(error as Error).message}; the journal was not changed`);
    }
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode: mode ?? 0o644 });
    if (mode !== undefined) await chmod(temp, mode); // writeFile's mode is filtered by the umask
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`cannot write journal ${shown}: ${(error as Error).message}; the journal was not changed`);
  }
}
