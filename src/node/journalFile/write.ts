/**
 * Replacing a journal's content without harming the user's file:
 * - a symlink is followed (the link stays a link); a dangling one is refused, not replaced;
 * - owner, group and mode are kept (a write as root does not hand the file to root);
 * - the new text goes to a temporary file beside the journal, fsynced, renamed over it, and the
 *   folder is fsynced, so a killed process leaves either the old or the new journal, never half;
 * - temporary files left by a killed writer are removed on the next write;
 * - when the caller passes the bytes it read, the journal is compared just before the rename,
 *   and a change by anyone else (the editor, another tool) is reported instead of overwritten.
 */
import { randomBytes } from 'node:crypto';
import { chmod, chown, lstat, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { JournalFileError } from './errors';
import { processAlive } from './lock';
import { describeErrno, MAX_JOURNAL_BYTES, readRegularFileCapped } from './read';

const TEMP_PREFIX = 'deliberate-';
/** Temporary files of the older naming (no pid) are removed once they are this old. */
const OLD_TEMP_AGE_MS = 60 * 60 * 1000;

export interface ResolvedJournal {
  /** The file that really holds the text (symlinks followed). */
  target: string;
  /** Undefined when the journal does not exist yet. */
  existing?: { mode: number; uid: number; gid: number };
}

/** Follows symlinks and checks that what is there can be replaced. */
export async function resolveJournalTarget(file: string, shown: string): Promise<ResolvedJournal> {
  let link;
  try {
    link = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { target: file };
    throw new JournalFileError(
      `cannot write ${shown}: ${describeErrno(error)}; the journal was not changed`,
      'unwritable'
    );
  }
  let target = file;
  if (link.isSymbolicLink()) {
    try {
      target = await realpath(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new JournalFileError(
        code === 'ENOENT'
          ? `cannot write ${shown}: it is a symbolic link to a file that does not exist; create the target or remove the link; nothing was written`
          : `cannot write ${shown}: ${describeErrno(error)}; the journal was not changed`,
        'unwritable'
      );
    }
  }
  const info = await stat(target);
  if (!info.isFile()) {
    throw new JournalFileError(
      `cannot write ${shown}: it is not a regular file; the journal was not changed`,
      'not-regular'
    );
  }
  const mode = info.mode & 0o7777;
  if ((mode & 0o222) === 0) {
    throw new JournalFileError(`cannot write ${shown}: it is read-only; the journal was not changed`, 'unwritable');
  }
  return { target, existing: { mode, uid: info.uid, gid: info.gid } };
}

/**
 * Writes `text` over the journal atomically. With `expected`, refuses (reason 'changed') when
 * the journal's bytes are no longer the ones the caller read.
 */
export async function writeJournalAtomically(
  file: string,
  text: string,
  shown: string,
  expected?: Uint8Array
): Promise<void> {
  const { target, existing } = await resolveJournalTarget(file, shown);
  const dir = path.dirname(target);
  await removeStaleTemporaries(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${TEMP_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  );
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', existing?.mode ?? 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing) {
      await chmod(temp, existing.mode); // open's mode is filtered by the umask
      const uid = process.getuid?.();
      if (uid !== undefined && (uid === 0 || existing.uid === uid)) {
        await chown(temp, existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
          // Only root can give a file away; anyone else keeps their own ownership, which is the journal's.
          if (uid === 0) throw error;
        });
      }
    }
    if (expected !== undefined) await assertUnchanged(target, expected, shown);
    await rename(temp, target);
    renamed = true;
    await syncDirectory(dir);
  } catch (error) {
    if (!renamed) await unlink(temp).catch(() => undefined);
    if (error instanceof JournalFileError) throw error;
    throw new JournalFileError(
      `cannot write ${shown}: ${describeErrno(error)}${renamed ? '' : '; the journal was not changed'}`,
      'unwritable'
    );
  }
}

async function assertUnchanged(target: string, expected: Uint8Array, shown: string): Promise<void> {
  let now: Buffer;
  try {
    now = await readRegularFileCapped(target, shown, MAX_JOURNAL_BYTES);
  } catch (error) {
    if (expected.length === 0 && error instanceof JournalFileError && /no such file/.test(error.message)) return;
    throw error;
  }
  if (!now.equals(expected)) {
    throw new JournalFileError(
      `${shown} was changed by someone else (the editor or another tool) while deliberate was writing; nothing was overwritten; run the command again`,
      'changed'
    );
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  // Some file systems refuse fsync on a directory (EINVAL); the rename itself has happened.
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/** Removes `.<journal>.deliberate-<pid>-….tmp` files whose writer is gone. */
export async function removeStaleTemporaries(target: string): Promise<number> {
  const dir = path.dirname(target);
  const base = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(base) || !name.endsWith('.tmp')) continue;
    const rest = name.slice(base.length, -'.tmp'.length);
    let stale = false;
    if (rest.startsWith(TEMP_PREFIX)) {
      stale = !processAlive(Number.parseInt(rest.slice(TEMP_PREFIX.length), 10));
    } else if (/^[0-9a-f]{12}$/.test(rest)) {
      const info = await stat(path.join(dir, name)).catch(() => undefined);
      stale = info !== undefined && Date.now() - info.mtimeMs > OLD_TEMP_AGE_MS;
    }
    if (
      stale &&
      (await unlink(path.join(dir, name)).then(
        () => true,
        () => false
      ))
    ) {
      removed++;
    }
  }
  return removed;
}
