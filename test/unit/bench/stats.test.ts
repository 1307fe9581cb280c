import * as assert from 'node:assert/strict';
import { checkGoal, median, perRunRatios, summarize } from '../../../bench/lib/stats';
import { toResults, verdict } from '../../../bench/report';
import { goalFor, GOALS } from '../../../bench/goals';

describe('bench statistics', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([7]), 7);
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    median(values);
    assert.deepEqual(values, [3, 1, 2]);
  });

  it('refuses to summarise nothing instead of inventing a number', () => {
    assert.throws(() => median([]), /no values/);
    assert.throws(() => summarize([]), /no values/);
  });

  it('summarises median, min, max and run count', () => {
    assert.deepEqual(summarize([10, 30, 20, 50, 40]), { median: 30, min: 10, max: 50, runs: 5 });
  });

  it('pairs ratios run by run, which differs from the ratio of medians', () => {
    const ours = [10, 20, 90];
    const baseline = [10, 40, 30];
    assert.deepEqual(perRunRatios(ours, baseline), [1, 0.5, 3]);
    assert.equal(median(perRunRatios(ours, baseline)), 1);
    assert.notEqual(median(ours) / median(baseline), 1);
  });

  it('rejects unpaired runs and a baseline that took no time', () => {
    assert.throws(() => perRunRatios([1, 2], [1]), /unpaired/);
    assert.throws(() => perRunRatios([1], [0]), /no measurable time/);
  });

  it('says by how much a value misses its aim and must', () => {
    const check = checkGoal(12, 10, 5);
    assert.equal(check.meetsMust, false);
    assert.equal(check.meetsAim, false);
    assert.equal(check.overMust, 2);
    assert.equal(check.overAim, 7);
    assert.equal(check.overMustPercent, 20);
    assert.equal(check.overAimPercent, 140);
  });

  it('treats a value exactly on the goal as meeting it', () => {
    const check = checkGoal(1.2, 1.2, 1.0);
    assert.equal(check.meetsMust, true);
    assert.equal(check.meetsAim, false);
  });
});

describe('bench report', () => {
  it('keeps the goals of issues 7 and 10 as written', () => {
    assert.ok(!GOALS.some((goal) => goal.name === 'webview.filter.30k.ms' || goal.name === 'webview.render.30k.ms'));
    assert.equal(new Set(GOALS.map((g) => g.name)).size, GOALS.length, 'one goal per metric');
    // Issue 10's journal model goals.
    assert.deepEqual([goalFor('csv.import.30k.ratio').must, goalFor('csv.import.30k.ratio').aim], [10, 6]);
    assert.deepEqual([goalFor('journal.decide.30k.ratio').must, goalFor('journal.decide.30k.ratio').aim], [2, 1.2]);
    assert.deepEqual(
      [goalFor('journal.keystroke.30k.ratio').must, goalFor('journal.keystroke.30k.ratio').aim],
      [2, 1.2]
    );
    assert.equal(goalFor('scale.journal.parse').must, 3.6);
    assert.equal(goalFor('scale.csv.import').must, 3.6);
    assert.ok(!GOALS.some((g) => g.name === 'journal.edit.30k.ms'), 'the old edit metric is gone');
    assert.deepEqual([goalFor('draft.checks.ratio').must, goalFor('draft.checks.ratio').aim], [10, 3]);
    assert.deepEqual([goalFor('evidence.messages.200k.ratio').must, goalFor('warmth.30k.ratio').must], [8, 10]);
    assert.deepEqual([goalFor('feed.parse.10k.ratio').must, goalFor('feed.parse.10k.ratio').aim], [1.2, 1.0]);
    assert.deepEqual([goalFor('webview.filter.30k.ratio').must, goalFor('webview.filter.30k.ratio').aim], [1.5, 1.2]);
    assert.deepEqual([goalFor('webview.render.30k.ratio').must, goalFor('webview.render.30k.ratio').aim], [2, 1.3]);
    assert.equal(goalFor('scale.webview.filter').must, 3.6);
    assert.deepEqual([goalFor('memory.host.30k.mb').must, goalFor('memory.host.30k.mb').aim], [100, 60]);
  });

  it('words verdicts for meeting the aim, missing only the aim, and missing the must', () => {
    const goal = goalFor('journal.parse.30k.ratio');
    assert.equal(verdict(4, goal), 'meets aim');
    assert.match(verdict(6, goal), /^meets must; misses aim by 1\.00× \(\+20%\)$/);
    assert.match(verdict(12, goal), /^MISSES MUST by 2\.00× \(\+20%\); misses aim by 7\.00× \(\+140%\)$/);
  });

  it('writes the median of per-run ratios as the value, with the baseline median beside it', () => {
    const results = toResults([
      {
        name: 'feed.parse.10k.ratio',
        samples: [0.5, 0.7, 0.6],
        ours: [5, 7, 6],
        baseline: { label: 'XMLParser.parse', samples: [10, 10, 10] }
      },
      { name: 'activation.ratio', notMeasured: 'extension failed to activate' }
    ]);
    assert.deepEqual(results.metrics, [
      {
        name: 'feed.parse.10k.ratio',
        value: 0.6,
        unit: 'ratio',
        runs: 3,
        min: 0.5,
        max: 0.7,
        baseline: 'XMLParser.parse',
        baselineValue: 10
      }
    ]);
    assert.deepEqual(results.notMeasured, [{ name: 'activation.ratio', reason: 'extension failed to activate' }]);
  });
});
