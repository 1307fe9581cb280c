/**
 * draft.overhead.ratio: the product's grounded drafting pipeline with structured output on (prompt
 * with the card, runGroundedDraft → streamChat with `format`, its deadlines and cancel wiring, the
 * streaming message extractor, the sink: append + frame throttle, the checks once at the end)
 * against the bare ollama-js `for await` loop sending the same `format`, both reading the same
 * ~2,000-chunk no-delay JSON stream from the
 * fake Ollama. The fake runs in its own process, as a real Ollama would, so its work is not
 * billed to either side.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { Ollama } from 'ollama';
import { buildDraftPrompt, FrameThrottle, type DraftPrompt } from '../../src/core/drafting';
import { runGroundedDraft } from '../../src/node/drafting/grounded';
import { buildCard } from '../../src/core/grounding/card';
import { draftOutcome } from '../../src/core/grounding/outcome';
import { DRAFT_OUTPUT_SCHEMA } from '../../src/core/drafting/structured';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { timeOnceAsync, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';

const CHUNKS = 2_000;
const STREAMS_PER_RUN = 10;
const MODEL = 'llama3.2';
const repoRoot = join(__dirname, '..', '..');

interface FakeProcess {
  url: string;
  child: ChildProcess;
}

async function startFake(): Promise<FakeProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(repoRoot, 'test', 'support', 'fakeOllama.ts'),
      '--port',
      '0',
      '--chunk-count',
      String(CHUNKS),
      '--chunk-delay-ms',
      '0'
    ],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fake Ollama did not start: ${stderr.trim()}`)), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fake Ollama exited ${code}: ${stderr.trim()}`));
    });
  });
  return { url, child };
}

const PERSON = {
  person: 'Ada Lovelace',
  via: 'Jeff Wolfe',
  link: 'https://www.linkedin.com/in/ada',
  source: 'Network',
  headline: 'Analyst at Analytical Engines'
};

const CARD = buildCard({
  name: PERSON.person,
  via: PERSON.via,
  headline: PERSON.headline,
  profile: 'I help civic-tech groups ship.'
});

/** The product side: what a grounded draft does (structured output on), minus VS Code (config, consent). */
function draftPrompt(structured = true): DraftPrompt {
  const prompt = buildDraftPrompt({
    person: PERSON,
    kind: 'email',
    profile: 'I help civic-tech groups ship.',
    card: CARD,
    structured
  });
  // The fake stops at num_predict like Ollama; lift the kind's token budget so both sides read all 2,000 chunks.
  return { ...prompt, numPredict: Math.max(prompt.numPredict, CHUNKS * 2) };
}

async function productDraft(host: string): Promise<number> {
  let text = '';
  let flushes = 0;
  const throttle = new FrameThrottle(() => {
    flushes++;
  });
  const result = await runGroundedDraft(
    draftPrompt,
    { host, model: MODEL, firstTokenTimeoutMs: 60_000, idleTimeoutMs: 60_000 },
    {
      onDelta: (delta) => {
        text += delta;
        throttle.mark();
      }
    }
  );
  throttle.now();
  if (result.chat.end !== 'done') throw new Error(`product draft ended '${result.chat.end}'`);
  if (result.state !== 'checked') throw new Error(`product draft was ${result.state}, not checked`);
  if (flushes === 0) throw new Error('the sink was never flushed');
  // The checks run once per finished draft, as the pane and the CLI do.
  const outcome = draftOutcome({ ...result, kind: 'email', card: CARD });
  return outcome.findings ? text.length : 0;
}

/** The bare loop, sending the same request body (messages and options) as the product. */
async function rawLoop(host: string, prompt: DraftPrompt): Promise<number> {
  const client = new Ollama({ host });
  let text = '';
  const options = { num_ctx: prompt.numCtx, num_predict: prompt.numPredict, temperature: 0.7 };
  const request = {
    model: MODEL,
    messages: prompt.messages,
    stream: true as const,
    options,
    format: DRAFT_OUTPUT_SCHEMA
  };
  for await (const part of await client.chat(request)) {
    text += part.message.content;
  }
  return text.length;
}

export async function draftOverhead(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'draft.overhead.ratio';
  let fake: FakeProcess | undefined;
  try {
    fake = await startFake();
    const host = fake.url;
    const prompt = draftPrompt();
    const [ours, raw] = [await productDraft(host), await rawLoop(host, prompt)];
    // The raw loop reads the JSON text; the product shows only the message inside it.
    if (ours === 0 || raw <= ours) throw new Error(`product pipeline showed ${ours} characters of the ${raw} streamed`);
    // One stream takes about 10 ms and varies with the scheduler, so a run is several streams
    // per side, interleaved (order alternating); the run's ratio is the ratio of their sums.
    // No forced GC before each stream (unlike the parse metrics): both sides allocate alike, and
    // a full GC before every 10 ms stream is a state a real draft never starts from.
    const runs = { ours: [] as number[], baseline: [] as number[] };
    for (let run = 0; run < plan.warmup + plan.runs; run++) {
      let ours = 0;
      let baseline = 0;
      for (let i = 0; i < STREAMS_PER_RUN; i++) {
        if (i % 2 === 0) {
          ours += await timeOnceAsync(() => productDraft(host), undefined, false);
          baseline += await timeOnceAsync(() => rawLoop(host, prompt), undefined, false);
        } else {
          baseline += await timeOnceAsync(() => rawLoop(host, prompt), undefined, false);
          ours += await timeOnceAsync(() => productDraft(host), undefined, false);
        }
      }
      if (run >= plan.warmup) {
        runs.ours.push(ours);
        runs.baseline.push(baseline);
      }
    }
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'ollama-js for await over the same stream', samples: runs.baseline },
      note: `${CHUNKS} chunks, ${STREAMS_PER_RUN} streams per side per run (ms columns are per ${STREAMS_PER_RUN} streams), no forced GC between streams, fake Ollama in its own process`
    };
  } catch (error) {
    return notMeasured(name, error);
  } finally {
    fake?.child.kill('SIGTERM');
  }
}
