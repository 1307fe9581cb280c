/**
 * An advisory lock beside the journal (`.<name>.deliberate.lock`, holding the writer's pid) so
 * that two CLI or MCP writers serialise instead of both reading the same text and the last one
 * renaming over the other's work. A lock whose process is gone, or older than STALE_MS, is taken
 * over; a live one is waited for, then reported.
 */
import { open, readFile, stat, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { JournalFileError } from './errors';

const STALE_MS = 10 * 60 * 1000;
const POLL_MS = 25;

export function lockPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.deliberate.lock`);
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `action` while holding the journal's lock; waits up to `waitMs` (15 s, or
 * DELIBERATE_LOCK_WAIT_MS) for another writer.
 */
export async function withJournalLock<T>(
  target: string,
  shown: string,
  action: () => Promise<T>,
  waitMs = Number(process.env.DELIBERATE_LOCK_WAIT_MS) || 15_000
): Promise<T> {
  const lockPath = lockPathFor(target);
  const giveUpAt = Date.now() + waitMs;
  let holder = '';
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o644);
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new JournalFileError(
          `cannot lock ${shown}: ${(error as Error).message}; the journal was not changed`,
          'busy'
        );
      }
    }
    holder = await readFile(lockPath, 'utf8').catch(() => '');
    const pid = Number.parseInt(holder, 10);
    const age = await stat(lockPath).then(
      (info) => Date.now() - info.mtimeMs,
      () => 0
    );
    // A lock with no pid yet is being written right now: give it a moment unless it is old.
    if ((holder.trim() !== '' && !processAlive(pid)) || age > STALE_MS) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() >= giveUpAt) {
      throw new JournalFileError(
        `another deliberate process (pid ${Number.isInteger(pid) ? pid : '?'}) is writing ${shown}; try again when it has finished; the journal was not changed`,
        'busy'
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await action();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}
