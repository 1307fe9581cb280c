/**
 * Native-regex scans shared by the checks, computed once per check run. Two facts keep them cheap:
 * names (other people's, the person's own) are capitalised words, so only those are tokenised; and
 * every phrase list is one alternation regex over the lower-cased draft, not an indexOf per phrase.
 */

export interface Word {
  lower: string;
  start: number;
  end: number;
}

/** Unicode letters (for tokenising names and phrases; not used on the draft). */
export const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** A capitalised word: an upper-case Latin, Greek or Cyrillic letter, then letters, apostrophes, hyphens. */
const CAPITAL_WORD =
  /[A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f][A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff'’-]*/g;

export function capitalWords(text: string): Word[] {
  const out: Word[] = [];
  const pattern = new RegExp(CAPITAL_WORD.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    out.push({ lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Lower-cased words of a short constant or name (phrase lists, names). */
export function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((token) => token);
}

export interface PhraseMatcher {
  /** Global, over lower-cased text: words of a phrase may be separated by any non-word run. */
  pattern: RegExp;
  /** The phrase's words joined by one space → which list it came from. */
  lists: ReadonlyMap<string, string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Built once at load from constant lists (never changed after). */
export function phraseMatcher(lists: Readonly<Record<string, readonly string[]>>): PhraseMatcher {
  const byKey = new Map<string, string>();
  const alternatives: string[] = [];
  for (const [list, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) {
      const words = tokens(phrase);
      byKey.set(words.join(' '), list);
      alternatives.push(words.map(escape).join("[^a-z0-9'’]+"));
    }
  }
  // Longest first, so "i hope this message finds you well" wins over a shorter prefix.
  alternatives.sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(`(?<![a-z0-9'’])(?:${alternatives.join('|')})(?![a-z0-9'’])`, 'g'), lists: byKey };
}

/** Calls `each` with the list and span of every phrase occurrence. `lower` must be `text.toLowerCase()`. */
export function matchPhrases(
  matcher: PhraseMatcher,
  text: string,
  lower: string,
  each: (list: string, start: number, end: number) => void
): void {
  // Lower-casing can change the length (e.g. "İ"); then match the original text case-insensitively.
  const sameOffsets = lower.length === text.length;
  const pattern = new RegExp(matcher.pattern.source, sameOffsets ? 'g' : 'gi');
  const subject = sameOffsets ? lower : text;
  for (let match = pattern.exec(subject); match; match = pattern.exec(subject)) {
    const key = tokens(match[0]).join(' ');
    const list = matcher.lists.get(key);
    if (list) each(list, match.index, match.index + match[0].length);
  }
}
