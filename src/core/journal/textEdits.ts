import type { TextEdit } from '../types';
import { lineText, type Journal } from './model';

/**
 * Primitive edits on a parsed journal. Positions are 0-based lines and UTF-16 characters of
 * the text without its BOM, exactly like a VS Code document. Inserted lines use the file's
 * own line break, and a file without a final newline keeps having none.
 */

export function lastLine(journal: Journal): number {
  return journal.lineCount - 1;
}

/** Inserts whole lines after `afterLine` (-1 = before the first line). */
export function insertLinesAfter(journal: Journal, afterLine: number, newLines: readonly string[]): TextEdit {
  const { eol } = journal;
  const last = lastLine(journal);
  if (afterLine < last) {
    const at = { line: afterLine + 1, character: 0 };
    return { range: { start: at, end: at }, newText: newLines.map((l) => l + eol).join('') };
  }
  const at = { line: last, character: lineText(journal, last).length };
  return { range: { start: at, end: at }, newText: newLines.map((l) => eol + l).join('') };
}

/** Replaces lines `from..to` (inclusive) with `newLines`, keeping the break after `to`. */
export function replaceLines(journal: Journal, from: number, to: number, newLines: readonly string[]): TextEdit {
  return {
    range: { start: { line: from, character: 0 }, end: { line: to, character: lineText(journal, to).length } },
    newText: newLines.join(journal.eol)
  };
}

/** Appends a block at the end of the file, separated from what is there by one blank line. */
export function appendBlock(journal: Journal, block: readonly string[]): TextEdit {
  return appendText(journal, block.join(journal.eol));
}

/**
 * appendBlock for text already joined with the file's line break (no trailing break). When the
 * file ends inside an unclosed code fence or `<!--` comment, the block is closed first with one
 * line of its own marker (`\`\`\``, `~~~`, `-->`): the documented, minimal edit that keeps the
 * appended entries entries.
 */
export function appendText(journal: Journal, unclosedText: string): TextEdit {
  const { eol } = journal;
  const closer = journal.openBlockCloser;
  const text = closer === undefined ? unclosedText : closer + eol + eol + unclosedText;
  const last = lastLine(journal);
  const lastText = lineText(journal, last);
  const endsWithNewline = last > 0 && lastText === '';
  if (last === 0 && lastText === '') {
    const at = { line: 0, character: 0 };
    return { range: { start: at, end: at }, newText: text + eol };
  }
  if (endsWithNewline) {
    const previousBlank = lineText(journal, last - 1).trim() === '';
    const at = { line: last, character: 0 };
    return { range: { start: at, end: at }, newText: (previousBlank ? '' : eol) + text + eol };
  }
  // No final newline: keep it that way.
  const at = { line: last, character: lastText.length };
  const separator = lastText.trim() === '' ? eol : eol + eol;
  return { range: { start: at, end: at }, newText: separator + text };
}

/** Last non-blank line in [from, to), or `from - 1` when all are blank. */
export function lastContentLine(journal: Journal, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (lineText(journal, i).trim() !== '') return i;
  }
  return from - 1;
}

/**
 * Applies LSP-style edits to text. Positions refer to the text without its BOM, as in the
 * editor; the BOM and untouched bytes are kept. Edits must not overlap; their order in the
 * array does not matter except for inserts at the same position, which apply in array order.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const lineStarts = lineOffsets(body, edits);
  const offsetOf = (line: number, character: number): number => {
    const start = lineStarts.get(line);
    if (start === undefined) return body.length;
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    if (end > start && body.charCodeAt(end - 1) === 13) end--;
    return Math.min(start + character, end);
  };
  const resolved = edits.map((edit, order) => ({
    start: offsetOf(edit.range.start.line, edit.range.start.character),
    end: offsetOf(edit.range.end.line, edit.range.end.character),
    text: edit.newText,
    order
  }));
  resolved.sort((a, b) => a.start - b.start || a.order - b.order);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of resolved) {
    if (edit.start < cursor) throw new Error('overlapping text edits');
    parts.push(body.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(body.slice(cursor));
  return (bom ? '\uFEFF' : '') + parts.join('');
}

/** Start offsets of just the lines the edits mention (one forward scan, stops early). */
function lineOffsets(body: string, edits: readonly TextEdit[]): Map<number, number> {
  const wanted = new Set<number>();
  let max = 0;
  for (const edit of edits) {
    wanted.add(edit.range.start.line);
    wanted.add(edit.range.end.line);
    max = Math.max(max, edit.range.end.line, edit.range.start.line);
  }
  const starts = new Map<number, number>();
  let offset = 0;
  for (let line = 0; line <= max; line++) {
    if (wanted.has(line)) starts.set(line, offset);
    const next = body.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return starts;
}
