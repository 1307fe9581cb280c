/**
 * The search box: what a person is matched on (a lowercase key built once), the letter mask
 * that lets a keystroke skip most substring tests, and query parsing.
 */
import type { InboxEntry } from './entry';

export function searchKeyOf(entry: InboxEntry): string {
  if (entry.searchKey === undefined) {
    entry.searchKey =
      `${entry.person.name}\n${entry.person.via ?? ''}\n${entry.person.headline}\n${entry.person.tags.join(' ')}`.toLowerCase();
    entry.searchMask = letterMask(entry.searchKey);
  }
  return entry.searchKey;
}

/**
 * One bit per letter a–z (bits 0–25) and one for any digit (bit 26) occurring in the text.
 * A person can only match a term whose bits are all in their key's mask, so a keystroke
 * skips most substring searches, and a one-letter term needs none at all.
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
  }
  return mask;
}

/** Splits a query into lowercase terms; every term must occur in the search key. */
export function parseQuery(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

export function matches(entry: InboxEntry, terms: readonly string[]): boolean {
  const key = searchKeyOf(entry);
  for (const term of terms) if (!key.includes(term)) return false;
  return true;
}
