export { networkFileFor, readNetworkFile, appendEdges, compactNetworkFile, loadNetwork } from './store';
export type { LoadedNetwork } from './store';
export { recordFeedEdges } from './record';
export { withFileLock } from './lock';
export { warmthFromEvidence } from './warmth';
export { recordConversationEdges } from './groups';
