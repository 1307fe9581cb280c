/**
 * Untrusted text (names, messages, feed fields, model output) must never forge journal
 * structure or hide what it says. Names and metadata values become one clean line; prose
 * keeps its lines but cannot open a heading, a fence or a comment that would swallow entries.
 */
import { CONTROL_CHARS, charClass } from '../text/controls';

// Bidi embeddings/overrides/isolates and marks: they can make text display unlike what it is.
const BIDI_RE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Zero-width characters that can make two names look identical (ZWJ is kept in prose for emoji).
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;
// C0/C1 controls except tab; line breaks are handled separately. Matching controls is the point here.
const CONTROL_RE = new RegExp(charClass(CONTROL_CHARS), 'g');
const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/** One line, no invisible or direction-changing characters, collapsed spaces. */
export function cleanLine(text: string): string {
  // Almost every field (CSV rows, feed names) is already clean: one scan instead of five regexes.
  if (isCleanLine(text)) return text;
  return text
    .replace(LINE_BREAK_RE, ' ')
    .replace(BIDI_RE, '')
    .replace(ZERO_WIDTH_RE, '')
    .replace(CONTROL_RE, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const HEADING_PUNCT_RE = /[\\#*_`<>[\]]/;

/** A name for a `## ` heading: one line, with Markdown's structural punctuation escaped. */
export function escapeHeadingName(name: string): string {
  const clean = cleanLine(name);
  return HEADING_PUNCT_RE.test(clean) ? clean.replace(/[\\#*_`<>[\]]/g, (ch) => `\\${ch}`) : clean;
}

/**
 * True when cleanLine would return `text` unchanged: printable characters, single inner spaces,
 * and a printable ASCII character at each end (so `trim()` has nothing to remove). Anything
 * unusual answers false and takes the regex path, which is always correct.
 */
function isCleanLine(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  if (!isPrintableAscii(text.charCodeAt(0)) || !isPrintableAscii(text.charCodeAt(length - 1))) return false;
  let previousSpace = false;
  for (let i = 1; i < length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c > 32 && c < 127) continue;
    if (c < 0xa0 || isInvisible(c)) return false;
  }
  return true;
}

function isPrintableAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/** The characters the regexes above remove or treat as breaks (and a few neighbours, to stay simple). */
function isInvisible(c: number): boolean {
  return (
    c === 0x061c ||
    c === 0x180e ||
    c === 0xfeff ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x2028 && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069)
  );
}

/** A metadata value: one clean line. */
export function cleanValue(value: string): string {
  return cleanLine(value);
}

/** A date value: YYYY-MM-DD taken from an ISO 8601 string, else undefined. */
export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  // Fast path for the usual `YYYY-MM-DD…` (no regex, no match array).
  if (value.length >= 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && isDigits(value, DAY_DIGITS)) {
    return value.length === 10 ? value : value.slice(0, 10);
  }
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return match ? match[1] : undefined;
}

const DAY_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

function isDigits(value: string, positions: readonly number[]): boolean {
  for (const i of positions) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
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
