/**
 * Contract test against a real Ollama: checks that the wire format the fake speaks, and the
 * mappings we rely on, hold for the server the user actually runs. Uses OLLAMA_HOST or the
 * default host; skipped (with the reason printed) when nothing answers or no model is installed.
 * OLLAMA_CONTRACT_MODEL picks the model, else the smallest installed one.
 */
import assert from 'node:assert/strict';
import { DEFAULT_OLLAMA_HOST, normaliseHost } from '../../src/core/llm/host';
import { listModels, serverVersion, type ModelInfo } from '../../src/node/llm/models';
import { streamChat } from '../../src/node/llm/chat';
import { LlmError } from '../../src/core/llm/errors';
import { runGroundedDraft } from '../../src/node/drafting/grounded';
import { buildDraftPrompt } from '../../src/core/drafting/prompt';
import { buildCard } from '../../src/core/grounding/card';
import { DRAFT_OUTPUT_SCHEMA, MessageFieldExtractor, parseStructuredDraft } from '../../src/core/drafting/structured';

const host = normaliseHost(process.env.OLLAMA_HOST || DEFAULT_OLLAMA_HOST);

describe('contract: real Ollama', function () {
  this.timeout(300_000);
  let model: ModelInfo;

  before(async function () {
    let models: ModelInfo[];
    try {
      models = await listModels(host, { timeoutMs: 3000 });
    } catch (error) {
      console.log(
        `      skipped: no Ollama answers at ${host} (${error instanceof Error ? error.message : String(error)})`
      );
      this.skip();
    }
    const wanted = process.env.OLLAMA_CONTRACT_MODEL;
    const chat = models.filter((m) => !/embed/i.test(m.name) && !/bert/i.test(m.family));
    const picked = wanted
      ? chat.find((m) => m.name === wanted || m.name === `${wanted}:latest`)
      : [...chat].sort((a, b) => a.sizeBytes - b.sizeBytes)[0];
    if (!picked) {
      console.log(
        `      skipped: Ollama at ${host} has ${wanted ? `no model ${wanted}` : 'no chat model installed'} (ollama pull llama3.2:1b)`
      );
      this.skip();
    }
    model = picked;
  });

  it('answers /api/version with a version string', async () => {
    assert.match(await serverVersion(host, { timeoutMs: 3000 }), /^\d+\.\d+/);
  });

  it('lists models with the details the picker shows', () => {
    assert.ok(model.sizeBytes > 0);
    assert.ok(model.family.length > 0);
    assert.ok(model.quantization.length > 0);
  });

  it('streams /api/chat as NDJSON lines of the shape the fake speaks', async () => {
    const response = await fetch(`${host}/api/chat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model: model.name,
        stream: true,
        messages: [{ role: 'user', content: 'Say hi.' }],
        options: { num_predict: 8, num_ctx: 4096 }
      })
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/x-ndjson/);
    const lines = (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(lines.length >= 2);
    for (const line of lines) {
      assert.equal(typeof line.created_at, 'string');
      assert.equal((line.message as { role: string }).role, 'assistant');
      assert.equal(typeof (line.message as { content: string }).content, 'string');
      assert.equal(typeof line.done, 'boolean');
    }
    const last = lines.at(-1)!;
    assert.equal(last.done, true);
    assert.ok(['stop', 'length'].includes(String(last.done_reason)));
    for (const key of ['total_duration', 'load_duration', 'prompt_eval_count', 'eval_count', 'eval_duration']) {
      assert.equal(typeof last[key], 'number', key);
    }
  });

  it('drafts through streamChat, and num_predict 2 ends with length', async () => {
    let text = '';
    const result = await streamChat({
      host,
      model: model.name,
      messages: [{ role: 'user', content: 'Write a long paragraph about the sea.' }],
      numCtx: 4096,
      numPredict: 2,
      keepAlive: '1m',
      firstTokenTimeoutMs: 240_000,
      idleTimeoutMs: 60_000,
      onDelta: (delta) => {
        text += delta;
      }
    });
    assert.equal(result.end, 'length');
    assert.ok(text.length > 0);
  });

  it('honours format (JSON schema): the streamed content is the JSON text the fake streams', async () => {
    const response = await fetch(`${host}/api/chat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model: model.name,
        stream: true,
        format: DRAFT_OUTPUT_SCHEMA,
        messages: [{ role: 'user', content: 'Write a one-line greeting to Ada. Cite the fact id "name".' }],
        options: { num_predict: 120, num_ctx: 4096, temperature: 0 }
      })
    });
    // Ollama before structured outputs (0.5) answers 400 here: the product falls back to plain text.
    if (response.status === 400) {
      console.log(`      note: ${host} rejects an object format: ${await response.text()}`);
      return;
    }
    assert.equal(response.status, 200);
    const lines = (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { message: { content: string }; done: boolean; done_reason?: string });
    const raw = lines.map((line) => line.message.content).join('');
    const extractor = new MessageFieldExtractor();
    let streamed = '';
    for (const line of lines) streamed += extractor.push(line.message.content);
    if (lines.at(-1)?.done_reason === 'stop') {
      const parsed = parseStructuredDraft(raw);
      assert.ok(parsed.ok, raw);
      assert.equal(streamed, parsed.message);
    }
  });

  it('drafts a grounded note end to end (structured, or labelled unchecked on an old server)', async () => {
    const card = buildCard({ name: 'Ada Lovelace', headline: 'Analyst at Engines Ltd' });
    const result = await runGroundedDraft(
      (structured) =>
        buildDraftPrompt({
          person: { person: 'Ada Lovelace', via: null, link: null, source: '', headline: 'Analyst at Engines Ltd' },
          kind: 'note',
          card,
          structured
        }),
      { host, model: model.name, firstTokenTimeoutMs: 240_000, idleTimeoutMs: 60_000 },
      { onDelta: () => {} }
    );
    assert.ok(['checked', 'unchecked', 'invalid-json', 'incomplete'].includes(result.state));
    if (result.state === 'checked') assert.ok(Array.isArray(result.factsUsed));
  });

  it('maps the real "model not found" 404 to the pull suggestion', async () => {
    await assert.rejects(
      streamChat({
        host,
        model: 'deliberate-no-such-model',
        messages: [{ role: 'user', content: 'hi' }],
        numCtx: 4096,
        firstTokenTimeoutMs: 10_000,
        idleTimeoutMs: 10_000,
        onDelta: () => {}
      }),
      (error: unknown) =>
        error instanceof LlmError &&
        error.kind === 'model-missing' &&
        error.message === "Model deliberate-no-such-model isn't installed. Run `ollama pull deliberate-no-such-model`."
    );
  });

  it('cancels a running stream promptly', async () => {
    const controller = new AbortController();
    let cancelledAt = 0;
    const result = await streamChat({
      host,
      model: model.name,
      messages: [{ role: 'user', content: 'Count from 1 to 500.' }],
      numCtx: 4096,
      numPredict: 400,
      firstTokenTimeoutMs: 240_000,
      idleTimeoutMs: 60_000,
      signal: controller.signal,
      onDelta: () => {
        if (!cancelledAt) {
          cancelledAt = Date.now();
          controller.abort();
        }
      }
    });
    assert.equal(result.end, 'cancelled');
    assert.ok(Date.now() - cancelledAt < 200);
  });
});
