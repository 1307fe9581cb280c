import { QUESTIONS } from '../types';

/** Edit distance (Levenshtein), O(a·b) with one row; inputs here are short. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** The candidate closest to `value` (prefix matches first), with its distance. */
export function nearest(value: string, candidates: readonly string[]): { value: string; distance: number } {
  const lower = value.trim().toLowerCase();
  const prefixed = lower.length >= 3 ? candidates.find((c) => c.startsWith(lower) || lower.startsWith(c)) : undefined;
  if (prefixed) return { value: prefixed, distance: editDistance(lower, prefixed) };
  let best = { value: candidates[0], distance: Infinity };
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate);
    if (distance < best.distance) best = { value: candidate, distance };
  }
  return best;
}

const normaliseQuestion = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^\s*(?:q(?:uestion)?\s*)?\d+\s*[.):-]?\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const CANONICAL = QUESTIONS.map(normaliseQuestion);

/** Index of the canonical question a heading almost matches (wrong case, punctuation, numbering, a typo), else undefined. */
export function nearMissQuestion(title: string): number | undefined {
  const normal = normaliseQuestion(title);
  if (normal.length < 8) return undefined;
  let best: { index: number; distance: number } | undefined;
  CANONICAL.forEach((canonical, index) => {
    if (Math.abs(canonical.length - normal.length) > 8) return;
    const distance = editDistance(normal, canonical);
    if (!best || distance < best.distance) best = { index, distance };
  });
  if (!best) return undefined;
  const found: { index: number; distance: number } = best;
  return found.distance <= Math.max(2, Math.floor(CANONICAL[found.index].length * 0.2)) ? found.index : undefined;
}
