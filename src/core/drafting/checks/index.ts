/**
 * Every deterministic check on a draft, in one call. Findings never block anything: they are
 * shown next to the text and the user decides. Sorted by position, then severity.
 */
import { checkLength } from './length';
import { checkPhrases } from './phrases';
import { checkFactIds, checkNameSpelling, checkOtherPeople } from './people';
import { capitalWords } from './words';
import type { CheckInput, Finding } from './types';

export * from './types';
export { STOCK_PHRASES, FOLLOW_UP_PHRASES } from './phrases';
export { nameIndex, type NameIndex } from './people';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function checkDraft(input: CheckInput): Finding[] {
  const length = checkLength(input);
  if (length.some((f) => f.code === 'empty')) return length;
  const lower = input.text.toLowerCase();
  // Names are capitalised: only those words are tokenised.
  const draftWords = capitalWords(input.text);
  const all = [
    ...length,
    ...checkPhrases(input, lower),
    ...checkFactIds(input),
    ...checkOtherPeople(input, draftWords),
    ...checkNameSpelling(input, draftWords)
  ];
  return all.sort((a, b) => a.start - b.start || RANK[a.severity] - RANK[b.severity]);
}

/** The short form the CLI prints with `--json`. */
export function findingSummary(findings: readonly Finding[]): { code: string; severity: string; message: string }[] {
  return findings.map(({ code, severity, message }) => ({ code, severity, message }));
}
