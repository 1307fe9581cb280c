/**
 * The one definition of the characters untrusted text (feeds, CSV, journal, model output) may
 * not carry into the UI or the journal: control characters, and the invisible or direction-
 * changing ones that can disguise a name. Each sanitiser composes its pattern from these
 * classes (written as regex class bodies) instead of spelling its own copy.
 */

/** C0 controls except tab, LF and CR. */
export const C0_EXCEPT_WHITESPACE = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F';
/** All C0 controls, tab, LF and CR included. */
export const C0_ALL = '\\u0000-\\u001F';
export const DELETE = '\\u007F';
/** DEL and the C1 controls. */
export const DELETE_AND_C1 = '\\u007F-\\u009F';
/** Zero-width characters and marks, bidi embeddings/overrides and isolates. */
export const ZERO_WIDTH_AND_BIDI = '\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069';
export const NO_BREAK_SPACE = '\\u00A0';
export const BYTE_ORDER_MARK = '\\uFEFF';

/** Control characters a line of text must not hold (tab, LF, CR allowed): C0 rest, DEL, C1. */
export const CONTROL_CHARS = `${C0_EXCEPT_WHITESPACE}${DELETE_AND_C1}`;

/** A character class of the given class bodies, e.g. charClass(CONTROL_CHARS, ZERO_WIDTH_AND_BIDI). */
export function charClass(...parts: string[]): string {
  return `[${parts.join('')}]`;
}
