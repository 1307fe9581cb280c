import { readHeading } from './headings';
import { closesFence, FENCE_RE } from './parse';
import { CONTROL_CHARS, charClass } from '../text/controls';

/**
 * Prose the extension writes into a section (answers). It must not forge journal structure,
 * and it must keep the user's text byte for byte: an answer saved unchanged is the same
 * bytes, and an edited answer differs only on the lines the user changed. So only lines that
 * would end the section or swallow what follows are neutralised, with a backslash (Markdown
 * still shows the same text): a `#`/`##`/`###` heading outside a fence or comment, the opener
 * of a fence or `<!--` comment that nothing in the body closes. `####` headings, `---`,
 * balanced fences and comments, tabs and trailing spaces stay as they are.
 */

// Bidi embeddings/overrides/isolates and marks, and C0/C1 controls except tab: stripped from
// the lines the user changed (never from lines already in the file).
const BIDI_RE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const CONTROL_RE = new RegExp(charClass(CONTROL_CHARS), 'g');
/** The breaks an editor or the sidebar may send; U+2028/2029 are not line breaks in Markdown or the journal. */
const BREAK_RE = /\r\n|\r|\n/;

/** Text → lines, without the blank lines around it (the section keeps its own blank lines). */
export function proseLines(text: string): string[] {
  const lines = text.split(BREAK_RE);
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/** Invisible direction and control characters out of one line the user wrote. */
export function stripInvisibleControls(line: string): string {
  return line.replace(BIDI_RE, '').replace(CONTROL_RE, '');
}

/**
 * The lines as the parser would read them inside a section, with every line that would end
 * the section, or hide the rest of the file in a fence or comment, backslash-escaped. Follows
 * the parser's own rules (parse.ts): headings of level 1-3 outside fences and comments end a
 * section; a fence or comment left open runs to the end of the file.
 */
export function neutraliseStructure(input: readonly string[]): string[] {
  const lines = [...input];
  // Each pass escapes one unclosed opener; escaping it can change how later lines pair up.
  for (let guard = 0; guard <= lines.length; guard++) {
    const open = walkBlocks(lines);
    if (open < 0) break;
    lines[open] = escapeLine(lines[open]);
  }
  walkBlocks(lines, (i, level) => {
    if (level <= 3) lines[i] = escapeLine(lines[i]);
  });
  return lines;
}

/**
 * Walks the lines as the parser pairs fences and `<!-- -->` comments, calling `onHeading` for
 * each heading outside them. Returns the line of the fence or comment that the body opens and
 * never closes, or -1.
 */
function walkBlocks(lines: readonly string[], onHeading?: (index: number, level: number) => void): number {
  let fence: { char: number; length: number } | undefined;
  let opener = -1;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const heading = readHeading(line);
    if (heading) {
      onHeading?.(i, heading.level);
      continue;
    }
    fence = fenceOpen(line);
    if (fence) opener = i;
    else if (line.startsWith('<!--') && !line.includes('-->', 4)) {
      inComment = true;
      opener = i;
    }
  }
  return fence || inComment ? opener : -1;
}

function fenceOpen(line: string): { char: number; length: number } | undefined {
  const open = FENCE_RE.exec(line);
  if (!open || (open[1].charCodeAt(0) === 96 && open[2].includes('`'))) return undefined;
  return { char: open[1].charCodeAt(0), length: open[1].length };
}

/** A backslash before the first non-space character: same text in Markdown, no structure. */
function escapeLine(line: string): string {
  const indent = /^ {0,3}/.exec(line)![0];
  return `${indent}\\${line.slice(indent.length)}`;
}
