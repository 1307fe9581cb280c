/**
 * Untrusted text (names, messages, feed fields, model output) must never forge journal
 * structure or hide what it says. Names and metadata values become one clean line; prose
 * keeps its lines but cannot open a heading, a fence or a comment that would swallow entries.
 */

// Bidi embeddings/overrides/isolates and marks: they can make text display unlike what it is.
const BIDI_RE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Zero-width characters that can make two names look identical (ZWJ is kept in prose for emoji).
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;
// C0/C1 controls except tab; line breaks are handled separately. Matching controls is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** One line, no invisible or direction-changing characters, collapsed spaces. */
export function cleanLine(text: string): string {
  return text
    .replace(LINE_BREAK_RE, ' ')
    .replace(BIDI_RE, '')
    .replace(ZERO_WIDTH_RE, '')
    .replace(CONTROL_RE, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A name for a `## ` heading: one line, with Markdown's structural punctuation escaped. */
export function escapeHeadingName(name: string): string {
  const clean = cleanLine(name);
  return clean.replace(/[\\#*_`<>[\]]/g, (ch) => `\\${ch}`);
}

/** A metadata value: one clean line. */
export function cleanValue(value: string): string {
  return cleanLine(value);
}

/** A date value: YYYY-MM-DD taken from an ISO 8601 string, else undefined. */
export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match ? match[1] : undefined;
}

/**
 * Multi-line prose (answers, log text kept on one line elsewhere). Bidi controls go; each line
 * that Markdown or our parser would read as a heading, fence, comment or setext underline is
 * backslash-escaped so it renders as the same text but cannot end the entry.
 */
export function cleanProseLines(text: string): string[] {
  const lines = text.replace(BIDI_RE, '').replace(CONTROL_RE, '').split(LINE_BREAK_RE);
  while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
  while (lines.length > 1 && lines[0].trim() === '') lines.shift();
  return lines.map(escapeStructuralLine);
}

function escapeStructuralLine(line: string): string {
  const trimmed = line.replace(/[ \t]+$/, '');
  const indent = /^ {0,3}/.exec(trimmed)![0];
  const rest = trimmed.slice(indent.length);
  if (/^(#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|<!--|={2,}\s*$|-{2,}\s*$)/.test(rest)) return `${indent}\\${rest}`;
  return trimmed;
}

/** Lines for a fenced block whose fence no line of the text can close. */
export function fencedBlock(text: string, info: string): string[] {
  const lines = text.replace(BIDI_RE, '').replace(CONTROL_RE, '').split(LINE_BREAK_RE);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  let longest = 2;
  for (const line of lines) {
    const run = /^ {0,3}(`+)/.exec(line);
    if (run && run[1].length > longest) longest = run[1].length;
  }
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${cleanLine(info).replace(/`/g, '')}`, ...lines, fence];
}
