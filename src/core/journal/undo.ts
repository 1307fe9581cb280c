/**
 * Undo for the extension's own journal writes: the smallest edits that turn the text a write
 * left back into the text it found, so "Undo" after Accept/Decline/Defer restores the previous
 * lines byte for byte and the git diff of the undo is exactly the reverse of the decision.
 * Pure: both texts come from the caller (the store captures them when it computes the write).
 */
import type { TextEdit } from '../types';
import { diffLines } from './lineDiff';

/** What an undoable write needs to remember. Texts are without BOM, as the journal model holds them. */
export interface WriteUndo {
  /** The text the write found. */
  before: string;
  /** The text the write left; undo refuses when the journal no longer holds exactly this. */
  after: string;
}

/** Splits into lines that keep their own break (`\n` or `\r\n`), so joining gives the exact bytes back. */
function linesWithBreaks(text: string): string[] {
  if (text === '') return [];
  return text.split(/(?<=\n)/);
}

/**
 * Edits (positions in `current`, VS Code style: 0-based line and UTF-16 character) that turn
 * `current` into `previous`. Only differing lines are replaced; common lines are left alone.
 */
export function restoreEdits(current: string, previous: string): TextEdit[] {
  if (current === previous) return [];
  const now = linesWithBreaks(current);
  const then = linesWithBreaks(previous);
  const endsWithBreak = current.endsWith('\n');
  const position = (line: number) => {
    if (line < now.length) return { line, character: 0 };
    // The end of the text: after the last break, or the end of a last line that has none.
    if (endsWithBreak || now.length === 0) return { line: now.length, character: 0 };
    return { line: now.length - 1, character: now[now.length - 1].length };
  };
  return diffLines(now, then).map((hunk) => ({
    range: { start: position(hunk.oldStart), end: position(hunk.oldStart + hunk.oldCount) },
    newText: then.slice(hunk.newStart, hunk.newStart + hunk.newCount).join('')
  }));
}

/** Why an undo cannot be applied to the journal as it is now, or undefined when it can. */
export function undoBlocker(currentText: string, undo: WriteUndo): string | undefined {
  if (currentText === undo.after) return undefined;
  return 'The journal changed after that decision, so Undo would overwrite newer text; undo it in the journal editor instead.';
}
