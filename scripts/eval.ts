/**
 * `npm run eval`: drafts every card of the evaluation set (test/eval/cards.json) against the
 * configured Ollama three times and prints, per card and in total, how many expectations pass.
 * Host and model: OLLAMA_HOST / DELIBERATE_MODEL (defaults http://127.0.0.1:11434, llama3.2);
 * EVAL_RUNS overrides the run count. Without an answering Ollama it says so and exits 0.
 */
import { buildDraftPrompt } from '../src/core/drafting/prompt';
import { draftOutcome } from '../src/core/grounding/outcome';
import { normaliseHost, displayHost } from '../src/core/llm/host';
import { runGroundedDraft } from '../src/node/drafting/grounded';
import { cardOf, loadEvalCards, scoreDraft } from '../test/eval/evaluate';

async function ollamaAnswers(host: string): Promise<boolean> {
  try {
    const response = await fetch(`${host}/api/version`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const host = normaliseHost(process.env.OLLAMA_HOST);
  const model = process.env.DELIBERATE_MODEL?.trim() || 'llama3.2';
  const runs = Math.max(1, Number(process.env.EVAL_RUNS) || 3);
  if (!(await ollamaAnswers(host))) {
    process.stdout.write(
      `eval: no Ollama answers at ${displayHost(host)}; nothing drafted (set OLLAMA_HOST to run it).\n`
    );
    return 0;
  }
  // ollama-js warns about skipped lines on console.warn; the eval output stays a table.
  console.warn = () => {};
  let passed = 0;
  let total = 0;
  for (const spec of loadEvalCards()) {
    const card = cardOf(spec);
    const person = { person: spec.card.name, via: spec.card.via ?? null, link: null, source: '', headline: '' };
    const scores: string[] = [];
    const failures = new Set<string>();
    for (let run = 0; run < runs; run++) {
      try {
        const result = await runGroundedDraft(
          (structured) => buildDraftPrompt({ person, kind: spec.kind, card, structured }),
          { host, model, firstTokenTimeoutMs: 300_000, idleTimeoutMs: 60_000 },
          { onDelta: () => {} }
        );
        const outcome = draftOutcome({ ...result, kind: spec.kind, card, otherNames: spec.otherNames });
        const score = scoreDraft(spec, outcome);
        passed += score.passed;
        total += score.total;
        scores.push(`${score.passed}/${score.total}`);
        for (const failure of score.failures) failures.add(failure);
      } catch (error) {
        scores.push('error');
        failures.add(error instanceof Error ? error.message : String(error));
      }
    }
    const why = failures.size ? `  (${[...failures].join('; ')})` : '';
    process.stdout.write(`${spec.id.padEnd(20)} ${scores.join(' ')}${why}\n`);
  }
  process.stdout.write(`total: ${passed}/${total} checks passed over ${runs} runs with ${model}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
);
