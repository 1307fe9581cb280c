import * as assert from 'node:assert/strict';
import { activationMs, activationRatio } from '../../../bench/metrics/activationRows';

describe('bench activation rows (Running Extensions editor)', () => {
  const rows = [
    { name: 'Git', activation: 'Startup Activation: 12ms' },
    { name: 'Deliberate', activation: 'Startup Activation: 205ms' },
    { name: 'Bench Minimal Activation', activation: 'Activation: 0ms' },
    { name: 'Still Going', activation: 'Activating...' }
  ];

  it('reads the startup and the later activation forms for the named row only', () => {
    assert.equal(activationMs(rows, ['Deliberate', 'deliberate.deliberate']), 205);
    assert.equal(activationMs(rows, ['Bench Minimal Activation']), 0);
  });

  it('has no time for a row still activating or missing, so the caller keeps waiting', () => {
    assert.equal(activationMs(rows, ['Still Going']), undefined);
    assert.equal(activationMs(rows, ['Absent']), undefined);
  });

  it('does not take a name that only starts with ours', () => {
    assert.equal(
      activationMs([{ name: 'Deliberate Extra', activation: 'Activation: 3ms' }], ['Deliberate']),
      undefined
    );
  });

  it('divides by the floor when the baseline rounds to 0 ms and by the baseline above it', () => {
    assert.equal(activationRatio(205, 0, 1), 205);
    assert.equal(activationRatio(200, 4, 1), 50);
  });
});
