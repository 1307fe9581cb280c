/**
 * Untrusted text (feeds, CSV exports, the journal, earlier model output) is cleaned before it
 * goes into a prompt: invisible characters are a known way to smuggle instructions past a
 * human reviewer, and unbounded fields would crowd out the instructions.
 */

/**
 * C0/C1 controls (keeping tab and newline), bidi embeddings/overrides/isolates and marks,
 * zero-width and invisible format characters, soft hyphen, and the Unicode tag block.
 */

const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

export function stripInvisible(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');
}

/** Cleans and caps one field: at most `maxChars` code points, blank runs collapsed, "…" when cut. */
export function sanitizeField(text: string | null | undefined, maxChars: number): string {
  if (!text) return '';
  let clean = stripInvisible(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length > maxChars) {
    const points = Array.from(clean);
    if (points.length > maxChars) {
      clean = `${points
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
    }
  }
  return clean;
}

/** A one-line field (name, link): newlines become spaces so a field cannot fake a new label. */
export function sanitizeLine(text: string | null | undefined, maxChars: number): string {
  return sanitizeField(text, maxChars).replace(/\s*\n\s*/g, ' ');
}

/** Limits for each kind of field, in code points. */
export const FIELD_LIMITS = {
  name: 120,
  via: 120,
  headline: 300,
  link: 300,
  source: 80,
  message: 1500,
  answer: 1500,
  profile: 2000,
  logLine: 300,
  logLines: 20,
  previousDraft: 3000,
  /** The user's own regenerate note ("shorter", "mention the meetup"). */
  revisionNote: 200
} as const;

/**
 * Model output is untrusted too. A draft never needs bidi overrides, C0/C1 controls or Unicode
 * tag characters (all ways to make text read differently than it is), so they are dropped.
 * Zero-width joiners stay: emoji sequences and several scripts need them. The test-then-replace
 * shape keeps the common case (a clean chunk) free of allocation, and plain ASCII free of regex.
 */

const UNSAFE_OUTPUT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{e0000}-\u{e007f}]/u;

const UNSAFE_OUTPUT_ALL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{e0000}-\u{e007f}]/gu;

export function cleanModelOutput(delta: string): string {
  return mayHideText(delta) && UNSAFE_OUTPUT.test(delta) ? delta.replace(UNSAFE_OUTPUT_ALL, '') : delta;
}

/**
 * False when every code unit is printable ASCII, tab, LF or CR: such a chunk (nearly every
 * chunk of an English draft) holds nothing UNSAFE_OUTPUT matches, so the Unicode-aware regex
 * is skipped. A plain loop over a few characters is cheaper than any regex call per chunk.
 */
export function mayHideText(delta: string): boolean {
  for (let i = 0; i < delta.length; i++) {
    const c = delta.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) return true;
  }
  return false;
}
