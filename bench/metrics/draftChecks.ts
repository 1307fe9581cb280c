/**
 * draft.checks.ratio: every draft check (length, placeholders, stock phrases, follow-up, asks,
 * refusal/injection, fact ids, other people's names, name spelling) on a 2,000-character draft
 * with a 200-fact card and 200 other journal names (indexed once per journal) ÷ a bare pass that runs one `includes` per
 * fact over the same text. Each timed section repeats the work so it lasts well over a timer tick.
 */
import { checkDraft, nameIndex } from '../../src/core/drafting/checks';
import type { CardFact, PersonCard } from '../../src/core/grounding/card';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { pairedRuns, timeOnce, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';
import { createRandom } from '../lib/random';

const FACTS = 200;
const REPEAT = 200;
/**
 * The bare pass is ~10× shorter than ours; timing it for ~as long (then scaling back to REPEAT passes)
 * exposes both sides to the same scheduler noise on a shared machine.
 */
const BARE_SCALE = 8;
const WORDS = ['loops', 'engine', 'notes', 'meetup', 'compiler', 'tools', 'share', 'review', 'team', 'data'];

function benchCard(): PersonCard {
  const facts: CardFact[] = [{ id: 'name', source: 'name', label: 'Name', text: 'Ada Lovelace' }];
  for (let i = 1; i < FACTS; i++) {
    facts.push({
      id: `f${i}`,
      source: 'log',
      label: 'Past action',
      text: `2026-10-${(i % 28) + 1}: ${WORDS[i % 10]} ${i}`
    });
  }
  return { name: 'Ada Lovelace', facts, byId: new Map(facts.map((f) => [f.id, f])), namesOnCard: ['Ada Lovelace'] };
}

function benchDraft(): string {
  const random = createRandom(13);
  let text = 'Hi Ada, thanks for connecting. ';
  while (text.length < 2_000) {
    const word = WORDS[Math.floor(random.next() * WORDS.length)];
    text += random.next() < 0.1 ? `${word}. ` : `${word} `;
  }
  return text.slice(0, 2_000);
}

export async function draftChecks(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'draft.checks.ratio';
  try {
    const card = benchCard();
    const text = benchDraft();
    const factsUsed = card.facts.map((fact) => fact.id);
    const otherNames = Array.from({ length: FACTS }, (_, i) => `Person${i} Surname${i}`);
    // The names are indexed once per journal (as the host holds its parsed journal), not per draft.
    const input = { text, kind: 'message' as const, card, factsUsed, otherPeople: nameIndex(otherNames) };
    const check = checkDraft(input);
    if (check.some((f) => f.code === 'unknown-fact' || f.code === 'other-person')) {
      throw new Error(`unexpected findings on the bench draft: ${check.map((f) => f.code).join(', ')}`);
    }
    const ours = () => {
      let findings = 0;
      for (let i = 0; i < REPEAT; i++) findings += checkDraft(input).length;
      return findings;
    };
    const bare = () => {
      let hits = 0;
      for (let i = 0; i < REPEAT * BARE_SCALE; i++) {
        for (const fact of card.facts) if (text.includes(fact.text)) hits++;
      }
      return hits;
    };
    const runs = await pairedRuns(
      plan,
      () => timeOnce(ours),
      () => timeOnce(bare) / BARE_SCALE
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'one includes per fact over the draft', samples: runs.baseline },
      note: `${text.length}-character draft, ${FACTS}-fact card, ${FACTS} other names indexed beforehand; ${REPEAT} passes per run (the bare side timed over ${REPEAT * BARE_SCALE} and scaled)`
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}
