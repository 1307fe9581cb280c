export { JournalFileError } from './errors';
export { decodeJournalBytes, MAX_JOURNAL_BYTES, readJournalBytes, readRegularFileCapped } from './read';
export { lockPathFor, withJournalLock } from './lock';
export { removeStaleTemporaries, resolveJournalTarget, writeJournalAtomically } from './write';
export { updateJournalFile, type JournalUpdate } from './update';
