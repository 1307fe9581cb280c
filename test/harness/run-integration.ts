/**
 * `npm run test:integration`: runs test/integration in the real VS Code extension host
 * (code-server) and fails on any failure, a timeout, or zero tests run.
 * Usage: tsx test/harness/run-integration.ts [--grep PATTERN]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startCodeServer } from './codeServer';
import { launchChromium } from './browser';

const TIMEOUT_MS = Number(process.env.DELIBERATE_INTEGRATION_TIMEOUT_MS ?? 15 * 60_000);

interface SuiteResults {
  passed: number; failed: number; pending: number;
  tests: { title: string; state: string; ms?: number }[];
  failures: { title: string; message: string; stack?: string }[];
}

async function main(): Promise<number> {
  const grepIndex = process.argv.indexOf('--grep');
  const grep = grepIndex > 0 ? process.argv[grepIndex + 1] : undefined;
  execFileSync(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--tests'], { cwd: repoRoot, stdio: 'inherit' });
  const resultsDir = mkdtempSync(join(tmpdir(), 'deliberate-results-'));
  const resultsPath = join(resultsDir, 'results.json');
  const server = await startCodeServer({
    withTestRunner: true,
    env: {
      DELIBERATE_TEST_SUITE: join(repoRoot, 'out', 'test', 'integration'),
      DELIBERATE_TEST_RESULTS: resultsPath,
      DELIBERATE_MOCHA: join(repoRoot, 'node_modules', 'mocha'),
      DELIBERATE_REPO_ROOT: repoRoot,
      ...(grep ? { DELIBERATE_TEST_GREP: grep } : {})
    }
  });
  const browser = await launchChromium();
  try {
    // The extension host only starts once a browser opens the workbench.
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.workbenchUrl);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const deadline = Date.now() + TIMEOUT_MS;
    while (!existsSync(resultsPath)) {
      if (Date.now() > deadline) {
        console.error(`Integration suite timed out after ${TIMEOUT_MS} ms.\n--- code-server output ---\n${server.output().slice(-5000)}`);
        return 1;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const results = JSON.parse(readFileSync(resultsPath, 'utf8')) as SuiteResults;
    for (const t of results.tests) {
      const mark = t.state === 'passed' ? '✔' : t.state === 'pending' ? '-' : '✘';
      console.log(`  ${mark} ${t.title}${t.ms !== undefined ? ` (${t.ms} ms)` : ''}`);
    }
    for (const f of results.failures) console.error(`\n✘ ${f.title}\n${f.stack || f.message}`);
    console.log(`\nintegration: ${results.passed} passed, ${results.failed} failed, ${results.pending} skipped`);
    if (results.passed + results.failed === 0) {
      console.error('No integration test ran: that is a failure.');
      return 1;
    }
    return results.failed > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(resultsDir, { recursive: true, force: true });
  }
}

main().then((code) => { process.exitCode = code; }, (error) => { console.error(error); process.exitCode = 1; });
