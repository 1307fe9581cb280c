import type { TextEdit } from '../types';
import { diffLines, type LineHunk } from './lineDiff';
import { lineText, type Journal, type JournalSection } from './model';
import { neutraliseStructure, stripInvisibleControls } from './prose';
import { insertLinesAfter, lastContentLine, replaceLines } from './textEdits';

/**
 * Rewrites a section's body (its first to last non-blank line) as the user's new text, with
 * one edit per run of changed lines. Lines already in the file are compared as they are, so
 * saving an answer unchanged gives no edit, and an edited word changes one line in the diff.
 */
export function rewriteSectionBody(journal: Journal, section: JournalSection, lines: readonly string[]): TextEdit[] {
  const end = Math.max(section.headingLine, lastContentLine(journal, section.headingLine + 1, section.endLine));
  if (end === section.headingLine) {
    const body = writtenLines(lines);
    return body.length ? [insertLinesAfter(journal, section.headingLine, ['', ...body])] : [];
  }
  let start = section.headingLine + 1;
  while (start < end && lineText(journal, start).trim() === '') start++;
  const before: string[] = [];
  for (let line = start; line <= end; line++) before.push(lineText(journal, line));
  // Clean only what the user changed: the bytes already in the journal are theirs.
  const cleaned = [...lines];
  for (const hunk of diffLines(before, lines)) {
    for (let k = hunk.newStart; k < hunk.newStart + hunk.newCount; k++) cleaned[k] = stripInvisibleControls(cleaned[k]);
  }
  const after = neutraliseStructure(cleaned);
  return diffLines(before, after).map((hunk) => hunkEdit(journal, start, hunk, after));
}

/** New prose (a new section or entry): every line is the user's new text. */
export function writtenLines(lines: readonly string[]): string[] {
  return neutraliseStructure(lines.map(stripInvisibleControls));
}

function hunkEdit(journal: Journal, bodyStart: number, hunk: LineHunk, after: readonly string[]): TextEdit {
  const from = bodyStart + hunk.oldStart;
  const lines = after.slice(hunk.newStart, hunk.newStart + hunk.newCount);
  if (hunk.oldCount === 0) return insertLinesAfter(journal, from - 1, lines);
  const to = from + hunk.oldCount - 1;
  if (lines.length) return replaceLines(journal, from, to, lines);
  // Deleting whole lines: take the break after them, or before them at the end of the file.
  if (to + 1 < journal.lineCount) {
    return { range: { start: { line: from, character: 0 }, end: { line: to + 1, character: 0 } }, newText: '' };
  }
  return {
    range: {
      start: { line: from - 1, character: lineText(journal, from - 1).length },
      end: { line: to, character: lineText(journal, to).length }
    },
    newText: ''
  };
}
