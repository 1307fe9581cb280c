import * as assert from 'node:assert/strict';
import { pairedRuns, repeatedRuns } from '../../../bench/lib/timing';

describe('bench run loops', () => {
  it('throws away the warm-up runs and keeps the measured ones in order', async () => {
    let n = 0;
    const values = await repeatedRuns({ warmup: 2, runs: 3 }, () => ++n);
    assert.deepEqual(values, [3, 4, 5]);
  });

  it('times ours and the baseline back to back, alternating which goes first', async () => {
    const order: string[] = [];
    let tick = 0;
    const result = await pairedRuns(
      { warmup: 1, runs: 3 },
      () => {
        order.push('ours');
        return ++tick;
      },
      () => {
        order.push('base');
        return ++tick * 10;
      }
    );
    assert.deepEqual(order, ['ours', 'base', 'base', 'ours', 'ours', 'base', 'base', 'ours']);
    // Run 0 is the warm-up; runs 1–3 stay paired with their own baseline.
    assert.deepEqual(result.ours, [4, 5, 8]);
    assert.deepEqual(result.baseline, [30, 60, 70]);
  });
});
