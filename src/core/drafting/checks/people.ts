/**
 * Checks against the card: fact ids the card does not have, other journal people named in the
 * draft (a privacy leak: the model saw only this card, so such a name came from elsewhere or was
 * invented), and the person's own name misspelled. Names are matched on word tokens through a
 * Set, so the cost grows with the draft and the number of names, not their product.
 */
import { finding, type CheckInput, type Finding } from './types';

interface Word {
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    out.push({ lower: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return out;
}

function nameTokens(name: string): string[] {
  return (name.toLowerCase().match(WORD) ?? []).filter((token) => token.length > 1);
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

/** Full names of other journal people (two tokens or more) found in the draft as consecutive words. */
export function checkOtherPeople(input: CheckInput, draftWords: readonly Word[]): Finding[] {
  if (!input.otherNames?.length || !draftWords.length) return [];
  const allowed = new Set(input.card.namesOnCard.map((name) => nameTokens(name).join(' ')));
  const firstIndex = new Map<string, number[]>();
  draftWords.forEach((word, index) => {
    const list = firstIndex.get(word.lower);
    if (list) list.push(index);
    else firstIndex.set(word.lower, [index]);
  });
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const name of input.otherNames) {
    const tokens = nameTokens(name);
    if (tokens.length < 2) continue;
    const starts = firstIndex.get(tokens[0]);
    if (!starts) continue;
    const key = tokens.join(' ');
    if (allowed.has(key) || reported.has(key)) continue;
    for (const at of starts) {
      if (tokens.every((token, offset) => draftWords[at + offset]?.lower === token)) {
        reported.add(key);
        const last = draftWords[at + tokens.length - 1];
        out.push(
          finding(
            'other-person',
            'error',
            `Names ${name.trim()}, another person from your journal who is not on this card.`,
            draftWords[at].start,
            last.end
          )
        );
        break;
      }
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
    const first = input.text[word.start];
    if (word.lower.length < 3 || first === first.toLowerCase() || known.has(word.lower)) continue;
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
