/** Length and shape per kind: a note fits LinkedIn's limit, an email has a subject line, nothing is empty. */
import { NOTE_CHAR_LIMIT, splitEmail } from '../kinds';
import { finding, type CheckInput, type Finding } from './types';

/** Past this a direct message stops reading like one; a warning, not an error. */
export const MESSAGE_CHAR_SOFT_LIMIT = 1200;
export const EMAIL_CHAR_SOFT_LIMIT = 2500;
/** An introduction request is a short ask (50 to 120 words): past this the bridge is asked to read too much. */
export const INTRO_CHAR_SOFT_LIMIT = 900;

/** UTF-16 offset of the code point at index `limit` of the trimmed text (where the overflow starts). */
function offsetOfChar(text: string, limit: number): number {
  const lead = text.length - text.trimStart().length;
  // Without surrogate pairs a code point is a code unit.
  if (!/[\uD800-\uDBFF]/.test(text)) return Math.min(text.length, lead + limit);
  let count = 0;
  for (let i = lead; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) continue;
    if (count === limit) return i;
    count++;
  }
  return text.length;
}

/** countChars by native scans: the length minus one per surrogate pair, outer whitespace ignored. */
function fastCount(text: string): number {
  const trimmed = text.trim();
  const pairs = trimmed.match(/[\uD800-\uDBFF]/g);
  return trimmed.length - (pairs ? pairs.length : 0);
}

export function checkLength(input: CheckInput): Finding[] {
  const { text, kind } = input;
  const chars = fastCount(text);
  if (chars === 0) return [finding('empty', 'error', 'The draft is empty.')];
  const end = text.trimEnd().length;
  if (kind === 'note') {
    const limit = input.noteLimit === 200 ? 200 : NOTE_CHAR_LIMIT;
    if (chars > limit) {
      return [
        finding(
          'too-long',
          'error',
          `${chars} characters; a LinkedIn note allows ${limit}.`,
          offsetOfChar(text, limit),
          end
        )
      ];
    }
    return [];
  }
  const out: Finding[] = [];
  const soft =
    kind === 'email' ? EMAIL_CHAR_SOFT_LIMIT : kind === 'intro' ? INTRO_CHAR_SOFT_LIMIT : MESSAGE_CHAR_SOFT_LIMIT;
  const what = kind === 'email' ? 'an email' : kind === 'intro' ? 'an introduction request' : 'a message';
  if (chars > soft) {
    out.push(
      finding('too-long', 'warning', `${chars} characters; keep ${what} under ${soft}.`, offsetOfChar(text, soft), end)
    );
  }
  if (kind === 'email') {
    const { subject, body } = splitEmail(text);
    if (!subject) {
      out.push(
        finding(
          'no-subject',
          'error',
          'An email needs a first line "Subject: …".',
          0,
          Math.min(text.indexOf('\n') >>> 0, end)
        )
      );
    } else if (!body) out.push(finding('empty', 'error', 'The email has a subject but no body.'));
  }
  return out;
}
