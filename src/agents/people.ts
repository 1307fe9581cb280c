import type { AgentPerson } from '../core/agents';
import type { Services } from '../services';

/**
 * The journal's people for agent queries, loaded first if no one has read the journal yet.
 * JournalPerson (the store's projection) is already an AgentPerson; nothing is copied.
 */
export async function loadedPeople(services: Services): Promise<{
  people: readonly AgentPerson[];
  byKey: (key: string) => AgentPerson | undefined;
}> {
  // The store loads lazily; its loader is not on the shared interface, so ask for it if present.
  const loader = (services.journal as { journal?: () => Promise<unknown> }).journal;
  if (typeof loader === 'function') await loader.call(services.journal);
  return { people: services.journal.people(), byKey: (key) => services.journal.findById(key) };
}
