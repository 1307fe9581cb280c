import assert from 'node:assert/strict';
import {
  formatBytes,
  listModels,
  pullModel,
  PullProgressTracker,
  sameModel,
  serverVersion,
  type PullProgress
} from '../../../src/node/llm/models';
import { LlmError } from '../../../src/core/llm/errors';
import { startFakeOllama, type FakeOllama } from '../../support/fakeOllama';

describe('drafting: models, pull and version', () => {
  let fake: FakeOllama;
  before(async () => {
    fake = await startFakeOllama();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => fake.reset());

  it('lists installed models with size, family and quantization', async () => {
    const models = await listModels(fake.url);
    assert.deepEqual(
      models.map((m) => m.name),
      ['llama3.2:latest', 'qwen2.5:7b']
    );
    assert.equal(models[0].family, 'llama');
    assert.equal(models[0].quantization, 'Q4_K_M');
    assert.equal(models[0].parameterSize, '3.2B');
    assert.equal(formatBytes(models[0].sizeBytes), '2.0 GB');
  });

  it('returns an empty list when nothing is installed', async () => {
    fake.set({ models: [] });
    assert.deepEqual(await listModels(fake.url), []);
  });

  it('reads the server version', async () => {
    assert.equal(await serverVersion(fake.url), '0.12.6');
  });

  it('pulls with a percentage over all layers that only goes up and ends at 100', async () => {
    const progress: PullProgress[] = [];
    const ok = await pullModel(fake.url, 'smollm2', (p) => progress.push(p));
    assert.equal(ok, true);
    assert.equal(progress[0].status, 'pulling manifest');
    assert.equal(progress[0].percent, undefined);
    const percents = progress.map((p) => p.percent).filter((p): p is number => p !== undefined);
    for (let i = 1; i < percents.length; i++) assert.ok(percents[i] >= percents[i - 1], percents.join(','));
    assert.equal(progress.at(-1)!.status, 'success');
    assert.equal(progress.at(-1)!.percent, 100);
    assert.ok((await listModels(fake.url)).some((m) => m.name === 'smollm2:latest'));
  });

  it('weights layers by size, not by count', () => {
    const tracker = new PullProgressTracker();
    assert.equal(tracker.update({ status: 'pulling b', digest: 'b', total: 100, completed: 0 }).percent, 0);
    assert.equal(tracker.update({ status: 'pulling a', digest: 'a', total: 900, completed: 900 }).percent, 90);
    // A layer announced late lowers the true ratio; the bar holds instead of jumping back.
    assert.equal(tracker.update({ status: 'pulling c', digest: 'c', total: 1000, completed: 0 }).percent, 90);
  });

  it('reports a pull error line as a readable message', async () => {
    fake.set({ pullError: 'pull model manifest: file does not exist' });
    await assert.rejects(
      pullModel(fake.url, 'no-such-model', () => {}),
      (error: unknown) =>
        error instanceof LlmError &&
        error.message === "Couldn't pull no-such-model: pull model manifest: file does not exist"
    );
  });

  it('stops a pull when cancelled and returns false', async () => {
    fake.set({ pullDelayMs: 40 });
    const controller = new AbortController();
    const ok = await pullModel(
      fake.url,
      'smollm2',
      (p) => {
        if (p.percent !== undefined) controller.abort();
      },
      { signal: controller.signal }
    );
    assert.equal(ok, false);
  });

  it('treats name and name:latest as the same model', () => {
    assert.equal(sameModel('llama3.2', 'llama3.2:latest'), true);
    assert.equal(sameModel('llama3.2:1b', 'llama3.2:latest'), false);
  });
});
