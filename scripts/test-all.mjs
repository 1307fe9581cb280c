// `npm test`: every check and every suite, in order, on a fresh clone: static checks, the
// build, unit, grammar and webview tests, the integration suites in the real extension host
// (a trusted folder, then one in Restricted Mode),
// and the end-to-end run through the real workbench. Prints one closing line that sums the
// tests of every suite: "tests: N passed, N failed, N skipped".
import { spawn } from 'node:child_process';

const steps = [
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'check-types', cmd: ['npm', 'run', '--silent', 'check-types'] },
  { name: 'build', cmd: ['node', 'esbuild.mjs'] },
  { name: 'unit', cmd: ['npx', 'mocha'] },
  { name: 'grammar', cmd: ['npm', 'run', '--silent', 'test:grammar'] },
  { name: 'webview', cmd: ['npm', 'run', '--silent', 'test:webview'] },
  { name: 'integration', cmd: ['npm', 'run', '--silent', 'test:integration'] },
  { name: 'integration-untrusted', cmd: ['npm', 'run', '--silent', 'test:integration:untrusted'] },
  { name: 'e2e', cmd: ['npm', 'run', '--silent', 'test:e2e'] }
];

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

/** Reads the counts a step printed: mocha's "N passing/failing/pending" or our "N passed, N failed". */
function countTests(output) {
  const num = (re) => [...output.matchAll(re)].reduce((sum, m) => sum + Number(m[1]), 0);
  const mocha = {
    passed: num(/^\s*(\d+) passing/gm),
    failed: num(/^\s*(\d+) failing/gm),
    skipped: num(/^\s*(\d+) pending/gm)
  };
  const plain = { passed: num(/(\d+) passed/g), failed: num(/(\d+) failed/g), skipped: num(/(\d+) skipped/g) };
  return mocha.passed + mocha.failed > 0 ? mocha : plain;
}

function run(step) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
    const child = spawn(step.cmd[0], step.cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' }
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code, output, seconds: (Date.now() - started) / 1000 }));
  });
}

for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const { code, output, seconds } = await run(step);
  const counts = countTests(output);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (code !== 0) {
    failedSteps.push(step.name);
    // A step that failed without reporting a failing test still counts as one failure.
    if (counts.failed === 0) totals.failed += 1;
  }
  console.log(`━━ ${step.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = failedSteps.length > 0 ? 1 : 0;
