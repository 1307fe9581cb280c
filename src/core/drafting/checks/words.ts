/**
 * The draft as words, computed once per check run and shared by the checks that match phrases
 * and names: walking 400 words with Map lookups is cheaper than an indexOf scan per phrase.
 */

export interface Word {
  lower: string;
  start: number;
  end: number;
}

export const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
/**
 * Letters of lower-cased text, by range: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic and
 * the other alphabetic blocks up to CJK, minus General Punctuation. A native regex over the whole
 * draft is several times faster than a per-character loop; the Unicode-property WORD regex is the
 * fallback when lower-casing changed the length (offsets would drift).
 */
const LOWER_WORD =
  /[a-z\u00df-\u00f6\u00f8-\u024f\u0370-\u1fff\u2c00-\ud7ff][a-z'\-\u2019\u00df-\u00f6\u00f8-\u024f\u0370-\u1fff\u2c00-\ud7ff]*/g;

/** `lower` is `text.toLowerCase()` when the caller has it. */
export function words(text: string, lower: string = text.toLowerCase()): Word[] {
  const out: Word[] = [];
  if (lower.length !== text.length) {
    for (const match of text.matchAll(WORD)) {
      const start = match.index ?? 0;
      out.push({ lower: match[0].toLowerCase(), start, end: start + match[0].length });
    }
    return out;
  }
  // One native match for all words (no match object per word), then offsets by indexOf from the last one.
  const found = lower.match(LOWER_WORD);
  if (!found) return out;
  let at = 0;
  for (const word of found) {
    at = lower.indexOf(word, at);
    out.push({ lower: word, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}

export interface Phrase {
  list: string;
  text: string;
  tokens: string[];
}

/** Phrases by their first word, built once at load from constant lists (never changed after). */
export type PhraseTable = ReadonlyMap<string, readonly Phrase[]>;

export function phraseTable(lists: Readonly<Record<string, readonly string[]>>): PhraseTable {
  const table = new Map<string, Phrase[]>();
  for (const [list, phrases] of Object.entries(lists)) {
    for (const text of phrases) {
      const tokens = words(text).map((word) => word.lower);
      const entry = table.get(tokens[0]);
      if (entry) entry.push({ list, text, tokens });
      else table.set(tokens[0], [{ list, text, tokens }]);
    }
  }
  return table;
}

/** Calls `each` with the first and last word of every occurrence (punctuation between words is ignored). */
export function matchPhrases(
  table: PhraseTable,
  draftWords: readonly Word[],
  each: (phrase: Phrase, first: Word, last: Word) => void
): void {
  for (let i = 0; i < draftWords.length; i++) {
    const candidates = table.get(draftWords[i].lower);
    if (!candidates) continue;
    for (const phrase of candidates) {
      let ok = true;
      for (let t = 1; t < phrase.tokens.length && ok; t++) ok = draftWords[i + t]?.lower === phrase.tokens[t];
      if (ok) each(phrase, draftWords[i], draftWords[i + phrase.tokens.length - 1]);
    }
  }
}
