/**
 * The journal core: a lossless model of `*.connections.md`, minimal text edits, lint rules,
 * fmt and follow-ups. Pure TypeScript shared by the extension and the CLI.
 */
export type {
  Journal,
  JournalEntry,
  JournalSection,
  JournalDiagnostic,
  JournalFix,
  MetadataLine,
  LogLine,
  DraftBlock,
  Severity,
  SectionKind
} from './model';
export { METADATA_KEYS, DATE_KEYS, lineText, printJournal } from './model';
export { parseJournal } from './parse';
export {
  journalIds,
  addEntriesEdit,
  recordDecisionEdit,
  setMetadataEdit,
  setMetadataEdits,
  setFollowUpEdit,
  setAnswerEdit,
  setDraftEdit,
  appendLogEdit,
  findEntry,
  entryBlock
} from './edits';
export { applyTextEdits } from './textEdits';
export { applyTextChange, applyTextChanges, offsetAt } from './incremental';
export { lintJournal, LINT_CODES } from './lint';
export { formatJournal } from './format';
export { dueFollowUps, entryAnswers, entryDraft, sectionBody } from './followUps';
export { isValidIsoDate, repairDate, addDays } from './dates';
export { cleanLine, escapeHeadingName } from './sanitize';
export { nearMissQuestion } from './nearest';
export {
  SYNTHETIC_PREFIX,
  EntryNotResolvedError,
  canonicalId,
  samePerson,
  entryPersonKey,
  entryKey,
  normaliseName,
  syntheticId,
  findEntryByKey
} from './identity';
