// Entry that @vscode/test-electron loads in desktop VS Code's extension host: it runs the
// same compiled suite with the same runner as the code-server run.
const path = require('path');
const { runSuite } = require('./runner-extension/runSuite');

exports.run = async function run() {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const results = await runSuite({
    suiteDir: path.join(repoRoot, 'out', 'test', 'integration'),
    mochaPath: path.join(repoRoot, 'node_modules', 'mocha'),
    grep: process.env.DELIBERATE_TEST_GREP || undefined,
    timeoutMs: 60000
  });
  for (const t of results.tests)
    console.log(`  ${t.state === 'passed' ? '✔' : t.state === 'pending' ? '-' : '✘'} ${t.title}`);
  for (const f of results.failures) console.error(`✘ ${f.title}\n${f.stack || f.message}`);
  console.log(`integration: ${results.passed} passed, ${results.failed} failed, ${results.pending} skipped`);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
  if (results.passed === 0) throw new Error('No integration test ran');
};
