import assert from 'node:assert/strict';
import { FrameThrottle } from '../../../src/core/drafting/throttle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('drafting: frame throttle', () => {
  it('coalesces a burst of marks into one flush', async () => {
    let flushes = 0;
    const throttle = new FrameThrottle(() => {
      flushes++;
    }, 16);
    for (let i = 0; i < 2000; i++) throttle.mark();
    assert.equal(flushes, 0);
    await sleep(40);
    assert.equal(flushes, 1);
  });

  it('keeps flushes at least one interval apart under a steady stream', async () => {
    const times: number[] = [];
    const throttle = new FrameThrottle(() => {
      times.push(Date.now());
    }, 20);
    const end = Date.now() + 150;
    while (Date.now() < end) {
      throttle.mark();
      await sleep(1);
    }
    await sleep(40);
    assert.ok(times.length >= 3, `flushes: ${times.length}`);
    for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] >= 18, `gap ${times[i] - times[i - 1]}`);
  });

  it('flushes immediately on now() and drops the scheduled flush', async () => {
    let flushes = 0;
    const throttle = new FrameThrottle(() => {
      flushes++;
    }, 16);
    throttle.mark();
    throttle.now();
    assert.equal(flushes, 1);
    await sleep(40);
    assert.equal(flushes, 1);
  });
});
