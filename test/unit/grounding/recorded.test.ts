import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseStructuredDraft } from '../../../src/core/drafting/structured';
import { draftOutcome } from '../../../src/core/grounding/outcome';
import { cardOf, loadEvalCards, scoreDraft } from '../../eval/evaluate';

interface Recorded {
  card: string;
  what: string;
  raw: string;
  codes: string[];
  noteLimit?: number;
  passesAll: boolean;
}

const recorded = JSON.parse(readFileSync(path.join(__dirname, '../../eval/recorded.json'), 'utf8')) as Recorded[];
const cards = new Map(loadEvalCards().map((spec) => [spec.id, spec]));

describe('grounding: checks on recorded model outputs (the eval set, offline)', () => {
  it('has about twenty cards, each with expectations', () => {
    assert.ok(cards.size >= 18);
    for (const spec of cards.values()) {
      assert.ok(spec.expect.maxChars > 0 && spec.expect.mustMention.length > 0, spec.id);
    }
  });

  for (const sample of recorded) {
    it(`${sample.card}: ${sample.what}`, () => {
      const spec = cards.get(sample.card);
      assert.ok(spec, sample.card);
      const parsed = parseStructuredDraft(sample.raw);
      assert.ok(parsed.ok);
      const outcome = draftOutcome({
        text: parsed.message,
        kind: spec.kind,
        card: cardOf(spec),
        state: 'checked',
        factsUsed: parsed.factsUsed,
        otherNames: spec.otherNames,
        noteLimit: sample.noteLimit
      });
      assert.deepEqual(outcome.findings.map((f) => f.code).sort(), [...sample.codes].sort());
      const score = scoreDraft(spec, outcome);
      assert.equal(score.passed === score.total, sample.passesAll, score.failures.join('; '));
    });
  }
});
