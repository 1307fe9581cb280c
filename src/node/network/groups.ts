import { readFile } from 'node:fs/promises';
import { localIsoDate } from '../../core/types';
import { parseJournal } from '../../core/journal';
import { edgesFromConversations, peopleFromJournal, type Conversation, type NetworkWarning } from '../../core/network';
import { appendEdges, networkFileFor } from './store';

/**
 * Records the weak `conversation` edges of an imported message export's small group
 * conversations beside the journal (`deliberate import` and the Import LinkedIn Export command
 * both call this), through the store's locked append: a re-import adds nothing. Names are
 * resolved against the journal text given (an open document's, unsaved edits included) or
 * read from disk. Only participants and dates are passed in: no message body reaches here.
 */
export async function recordConversationEdges(
  journalPath: string,
  conversations: readonly Conversation[],
  options: { journalText?: string; today?: string } = {}
): Promise<{ appended: number; edges: number; warnings: NetworkWarning[]; file: string }> {
  const file = networkFileFor(journalPath);
  if (conversations.length === 0) return { appended: 0, edges: 0, warnings: [], file };
  const text = options.journalText ?? (await readFile(journalPath, 'utf8').catch(() => ''));
  const people = peopleFromJournal(parseJournal(text));
  const collected = edgesFromConversations(conversations, people, options.today ?? localIsoDate());
  const appended = await appendEdges(file, collected.edges);
  return { appended, edges: collected.edges.length, warnings: collected.warnings, file };
}
