/**
 * The evaluation set: synthetic person cards with expectations, and the scoring shared by
 * `npm run eval` (live Ollama) and the unit test over recorded model outputs.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DraftKind } from '../../src/core/types';
import { buildCard, type CardInput, type PersonCard } from '../../src/core/grounding/card';
import type { DraftOutcome } from '../../src/core/grounding/outcome';

export interface EvalCard {
  id: string;
  kind: DraftKind;
  card: CardInput;
  otherNames: string[];
  expect: { mustMention: string[]; mustNotMention: string[]; maxChars: number };
}

export function loadEvalCards(): EvalCard[] {
  return JSON.parse(readFileSync(path.join(__dirname, 'cards.json'), 'utf8')) as EvalCard[];
}

export function cardOf(spec: EvalCard): PersonCard {
  return buildCard(spec.card);
}

export interface EvalScore {
  passed: number;
  total: number;
  failures: string[];
}

/** One point per expectation: no error finding, each must/must-not mention, the length. */
export function scoreDraft(spec: EvalCard, outcome: DraftOutcome): EvalScore {
  const failures: string[] = [];
  const lower = outcome.text.toLowerCase();
  const errors = outcome.findings.filter((f) => f.severity === 'error');
  let total = 0;
  const expect = (ok: boolean, what: string) => {
    total++;
    if (!ok) failures.push(what);
  };
  expect(errors.length === 0, `no error findings (got ${errors.map((f) => f.code).join(', ')})`);
  expect(outcome.state === 'checked', `grounded output (got ${outcome.state})`);
  for (const word of spec.expect.mustMention) expect(lower.includes(word.toLowerCase()), `mentions "${word}"`);
  for (const word of spec.expect.mustNotMention) {
    expect(!lower.includes(word.toLowerCase()), `does not mention "${word}"`);
  }
  expect(Array.from(outcome.text.trim()).length <= spec.expect.maxChars, `at most ${spec.expect.maxChars} characters`);
  return { passed: total - failures.length, total, failures };
}
