import { open, stat, unlink } from 'node:fs/promises';

/** A lock older than this is left over from a crashed writer and is taken over. */
const STALE_MS = 10_000;
const WAIT_MS = 5_000;

/**
 * An advisory lock beside a file (`<file>.lock`, created exclusively): the extension and the CLI
 * take it around every append and compaction, so neither loses the other's lines.
 */
export async function withFileLock<T>(file: string, action: () => Promise<T>): Promise<T> {
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lockPath).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0
      );
      if (age > STALE_MS) {
        await unlink(lockPath).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `the network file is locked by another writer (${lockPath}); try again, or remove the lock file if no Deliberate is running`
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 25 + Math.random() * 50));
    }
  }
  try {
    return await action();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}
