/**
 * Checks against the card: fact ids the card does not have, other journal people named in the
 * draft (a privacy leak: the model saw only this card, so such a name came from elsewhere or was
 * invented), and the person's own name misspelled. Names are matched on word tokens through a
 * Set, so the cost grows with the draft and the number of names, not their product.
 */
import { finding, type CheckInput, type Finding } from './types';

import { tokens, type Word } from './words';

function nameTokens(name: string): string[] {
  return tokens(name).filter((token) => token.length > 1);
}

export function checkFactIds(input: CheckInput): Finding[] {
  if (!input.factsUsed) return [];
  const unknown = input.factsUsed.filter((id) => !input.card.byId.has(id));
  if (!unknown.length) return [];
  return [
    finding(
      'unknown-fact',
      'error',
      `The model cites ${unknown.length === 1 ? 'a fact' : 'facts'} not on the card (${unknown.slice(0, 5).join(', ')}): it may have invented something.`
    )
  ];
}

export interface NamedPerson {
  name: string;
  tokens: string[];
}

/** Other people's names by their first word: built once per journal, not once per draft. */
export type NameIndex = ReadonlyMap<string, readonly NamedPerson[]>;

/** Names of one word are skipped: a first name alone is too common to call a leak. */
export function nameIndex(names: readonly string[]): NameIndex {
  const index = new Map<string, NamedPerson[]>();
  for (const name of names) {
    const tokens = nameTokens(name);
    if (tokens.length < 2) continue;
    const person = { name: name.trim(), tokens };
    const list = index.get(tokens[0]);
    if (list) list.push(person);
    else index.set(tokens[0], [person]);
  }
  return index;
}

/** Full names of other journal people, written capitalised and consecutive in the draft: one Map lookup per capitalised word. */
export function checkOtherPeople(input: CheckInput, draftWords: readonly Word[]): Finding[] {
  const index = input.otherPeople ?? (input.otherNames?.length ? nameIndex(input.otherNames) : undefined);
  if (!index?.size || !draftWords.length) return [];
  let allowed: Set<string> | undefined;
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (let at = 0; at < draftWords.length; at++) {
    const candidates = index.get(draftWords[at].lower);
    if (!candidates) continue;
    for (const person of candidates) {
      const tokens = person.tokens;
      let same = true;
      for (let t = 1; t < tokens.length && same; t++) {
        const previous = draftWords[at + t - 1];
        const next = draftWords[at + t];
        // Consecutive capitalised words: only blanks between them ("Grace Hopper", not "Grace. Hopper").
        same = next?.lower === tokens[t] && input.text.slice(previous.end, next.start).trim() === '';
      }
      if (!same) continue;
      const key = tokens.join(' ');
      allowed ??= new Set(input.card.namesOnCard.map((name) => nameTokens(name).join(' ')));
      if (allowed.has(key) || reported.has(key)) continue;
      reported.add(key);
      out.push(
        finding(
          'other-person',
          'error',
          `Names ${person.name}, another person from your journal who is not on this card.`,
          draftWords[at].start,
          draftWords[at + tokens.length - 1].end
        )
      );
    }
  }
  return out;
}

/** Edit distance with an early exit once it exceeds `max`. */
function withinDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * A capitalised word, not at a sentence start, with the same first letter as a part of the
 * person's name and one edit away (two for long names): "Jon" for "John", "Schmitt" for "Schmidt".
 */
export function checkNameSpelling(input: CheckInput, draftWords: readonly Word[]): Finding[] {
  const tokens = nameTokens(input.card.name).filter((token) => token.length >= 3);
  if (!tokens.length) return [];
  const known = new Set(input.card.namesOnCard.flatMap(nameTokens));
  const out: Finding[] = [];
  for (const word of draftWords) {
    // Capitalised: the draft's first letter differs from its lower-case form (no string per word).
    if (word.lower.length < 3 || input.text.charCodeAt(word.start) === word.lower.charCodeAt(0)) continue;
    if (known.has(word.lower)) continue;
    const before = input.text.slice(Math.max(0, word.start - 3), word.start).trimEnd();
    if (before === '' || /[.!?:]$/.test(before)) continue;
    for (const token of tokens) {
      if (token[0] !== word.lower[0]) continue;
      const max = token.length >= 7 ? 2 : 1;
      if (withinDistance(word.lower, token, max) <= max) {
        out.push(
          finding(
            'name-misspelled',
            'error',
            `"${input.text.slice(word.start, word.end)}" looks like a misspelling of ${input.card.name}.`,
            word.start,
            word.end
          )
        );
        break;
      }
    }
  }
  return out;
}
