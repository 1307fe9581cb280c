/**
 * Relationship evidence, warmth and cadence: the pure API other areas (network, drafts, agents,
 * the person panel) build on. No I/O here; src/node/evidence loads and stores the file.
 */
export type { PersonEvidence, JournalContact, Warmth, WarmthBand } from './types';
export { emptyEvidence, daysBetween, dayNumber } from './types';
export {
  computeWarmth,
  warmthScore,
  warmthScorer,
  warmthReasons,
  lastContactOf,
  bandOf,
  warmthLine,
  HALF_LIFE_DAYS,
  BAND_FLOORS
} from './warmth';
export type { Cadence, CadenceDue, CadenceParse, Interval, CadenceUnit } from './cadence';
export { parseCadence, cadenceDue, addInterval } from './cadence';
export { EVIDENCE_HEADER, serialiseEvidence, parseEvidence, mergeEvidence, mergePerson } from './store';
export type { ParsedEvidence } from './store';
export { evidenceKey, nameKey, evidenceForEntry, journalContact, entryCadence } from './journal';
export type { PersonRow, PersonInsight } from './people';
export { personInsight, personRow, losingTouch } from './people';
export { buildEvidence, GROUP_EDGE_LIMIT } from './export';
export type { ExportText, FileReport, EvidenceImport, GroupConversation } from './export';
export { classifyExportText, EvidenceFormatError, REQUIRED_COLUMNS } from './classify';
export type { EvidenceFileKind } from './classify';
export { findDuplicates, mergeEntriesEdits } from './duplicates';
export type { DuplicatePair } from './duplicates';
