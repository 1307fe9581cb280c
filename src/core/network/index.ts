/**
 * Who knows whom: edges from feeds, the journal, message exports and imports; who-knows,
 * introduction paths and best bridges. Pure TypeScript; file I/O is in src/node/network.
 */
export * from './types';
export { edgeKey, makeEdge, mergeEdge, changesEdge, dedupeEdges, compareEdges, isEdge } from './edges';
export type { EdgeInput } from './edges';
export { peopleFromJournal, nameKey, isNameKey, companyOfHeadline, normaliseCompany, NAME_PREFIX } from './people';
export type { PeopleIndex, NameResolution } from './people';
export {
  edgesFromEvents,
  edgesFromJournal,
  edgesFromConversations,
  edgesFromSharedCompany,
  BURST_THRESHOLD,
  SMALL_GROUP,
  COLLEAGUE_LIMIT
} from './sources';
export type { CollectedEdges, Conversation, ConversationParticipant } from './sources';
export { parseKnowsValue, KNOWS_KEY } from './knows';
export type { KnowsItem } from './knows';
export { NETWORK_HEADER, formatEdgeLine, parseEdgeLine, parseNetworkText } from './tsv';
export type { ParsedNetworkFile } from './tsv';
export { buildNetwork, displayName, otherEnd } from './build';
export type { Network } from './build';
export { whoKnows, introPaths, bestBridges, bandOf } from './queries';
export type { WhoKnowsRow, IntroPath, IntroTarget, IntroOptions, Band, Bridge } from './queries';
export { personNetworkSummary, SUMMARY_PEOPLE } from './summary';
export type { PersonNetworkSummary } from './summary';
export { introductionRequestText, INTRODUCTION_REQUEST_INSTRUCTIONS } from './introRequest';
export { neighbourhood } from './neighbourhood';
export type { Neighbourhood, GraphNode, GraphEdge } from './neighbourhood';
export { lintKnows, KNOWS_LINT_CODES } from './knowsLint';
export { resolveNetworkPerson, resolveIntroTarget } from './resolve';
export type { NetworkPersonResolution } from './resolve';
