/**
 * The evidence file beside the journal: `<journal>.evidence.tsv`. Loading never fails on a
 * missing file (no evidence yet); unreadable lines are reported, not dropped silently.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseEvidence, serialiseEvidence, type PersonEvidence } from '../../core/evidence';

export function evidencePath(journalPath: string): string {
  return `${journalPath}.evidence.tsv`;
}

export interface LoadedEvidence {
  people: Map<string, PersonEvidence>;
  /** 1-based lines of the file that could not be read. */
  badLines: number[];
  path: string;
  exists: boolean;
}

export async function loadEvidence(journalPath: string): Promise<LoadedEvidence> {
  const file = evidencePath(journalPath);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { people: new Map(), badLines: [], path: file, exists: false };
    }
    throw error;
  }
  const parsed = parseEvidence(text);
  return { ...parsed, path: file, exists: true };
}

/** Writes atomically (temp file + rename); returns false when the bytes would not change. */
export async function saveEvidence(journalPath: string, people: Iterable<PersonEvidence>): Promise<boolean> {
  const file = evidencePath(journalPath);
  const text = serialiseEvidence(people);
  const before = await readFile(file, 'utf8').catch(() => undefined);
  if (before === text) return false;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return true;
}
