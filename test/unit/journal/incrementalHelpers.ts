import type { TextPosition } from '../../../src/core/types';

/** The VS Code position of an offset (a `\r` before `\n` belongs to the line break, not the line). */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  let character = offset - lineStart;
  const lineEnd = text.indexOf('\n', lineStart);
  const contentEnd =
    (lineEnd < 0 ? text.length : lineEnd) - (lineEnd > 0 && text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0);
  if (lineStart + character > contentEnd) character = contentEnd - lineStart;
  return { line, character };
}
