import { readFile } from 'node:fs/promises';
import type { ConnectionEvent } from '../../core/types';
import { localIsoDate } from '../../core/types';
import { parseJournal } from '../../core/journal';
import { edgesFromEvents, peopleFromJournal, type NetworkWarning } from '../../core/network';
import { appendEdges, networkFileFor } from './store';

/**
 * Records the edges of one feed's events beside the journal (the extension's refresh and
 * `deliberate feed --journal` both call this). Names are resolved against the journal text
 * given (an open document's, unsaved edits included) or read from disk.
 */
export async function recordFeedEdges(
  journalPath: string,
  events: readonly ConnectionEvent[],
  options: { source?: string; journalText?: string; today?: string } = {}
): Promise<{ appended: number; edges: number; warnings: NetworkWarning[]; file: string }> {
  const text = options.journalText ?? (await readFile(journalPath, 'utf8').catch(() => ''));
  const people = peopleFromJournal(parseJournal(text));
  const collected = edgesFromEvents(events, people, { source: options.source, today: options.today ?? localIsoDate() });
  const file = networkFileFor(journalPath);
  const appended = await appendEdges(file, collected.edges);
  return { appended, edges: collected.edges.length, warnings: collected.warnings, file };
}
