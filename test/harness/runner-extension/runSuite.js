// Runs the integration suite with mocha inside a VS Code extension host and returns a plain
// result object. Shared by the code-server runner extension and the test-electron entry, so
// both hosts run the same suite the same way.
const path = require('path');
const fs = require('fs');

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) return findTests(full);
      return d.name.endsWith('.test.js') ? [full] : [];
    })
    .sort();
}

async function runSuite({ suiteDir, mochaPath, grep, timeoutMs }) {
  const Mocha = require(mochaPath);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: timeoutMs || 60000, reporter: function Silent() {} });
  if (grep) mocha.grep(grep);
  for (const file of findTests(suiteDir)) mocha.addFile(file);
  const results = { passed: 0, failed: 0, pending: 0, tests: [], failures: [] };
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => {
      results.passed++;
      results.tests.push({ title: t.fullTitle(), state: 'passed', ms: t.duration });
    });
    runner.on('pending', (t) => {
      results.pending++;
      results.tests.push({ title: t.fullTitle(), state: 'pending' });
    });
    runner.on('fail', (t, err) => {
      results.failed++;
      results.tests.push({ title: t.fullTitle(), state: 'failed' });
      results.failures.push({
        title: t.fullTitle(),
        message: String((err && err.message) || err),
        stack: String((err && err.stack) || '')
      });
    });
  });
  return results;
}

module.exports = { runSuite, findTests };
