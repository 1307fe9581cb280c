// Installed only into the test extensions folder of a code-server run, never into the product.
// It reads where the suite is from the environment (code-server passes its environment to the
// extension host), runs it, and writes the results where the Node-side script waits for them.
const fs = require('fs');
const { runSuite } = require('./runSuite');

async function activate() {
  const suiteDir = process.env.DELIBERATE_TEST_SUITE;
  const resultsPath = process.env.DELIBERATE_TEST_RESULTS;
  if (!suiteDir || !resultsPath) return;
  let results;
  try {
    results = await runSuite({
      suiteDir,
      mochaPath: process.env.DELIBERATE_MOCHA,
      grep: process.env.DELIBERATE_TEST_GREP || undefined,
      timeoutMs: Number(process.env.DELIBERATE_TEST_TIMEOUT_MS || 60000)
    });
  } catch (error) {
    results = {
      passed: 0,
      failed: 1,
      pending: 0,
      tests: [],
      failures: [{ title: 'runner', message: String((error && error.stack) || error) }]
    };
  }
  fs.writeFileSync(resultsPath + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(resultsPath + '.tmp', resultsPath);
}

module.exports = { activate, deactivate() {} };
