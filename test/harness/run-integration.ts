/**
 * `npm run test:integration`: runs test/integration in the real VS Code extension host
 * (code-server) and fails on any failure, a timeout, or zero tests run.
 * `--suite untrusted` (`npm run test:integration:untrusted`) runs test/integration-untrusted
 * instead, with Workspace Trust on and the folder in Restricted Mode.
 * Usage: tsx test/harness/run-integration.ts [--suite trusted|untrusted] [--grep PATTERN]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startCodeServer, type CodeServerOptions } from './codeServer';
import { launchChromium } from './browser';
import {
  RESTRICTED_WORKSPACE_SETTINGS,
  USER_FEED_PATH_ENV,
  USER_FEED_RSS,
  WORKSPACE_JOURNAL_PATH,
  restrictedUserSettings
} from '../integration-untrusted/restrictedSetup';

const TIMEOUT_MS = Number(process.env.DELIBERATE_INTEGRATION_TIMEOUT_MS ?? 15 * 60_000);

interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: { title: string; state: string; ms?: number }[];
  failures: { title: string; message: string; stack?: string }[];
}

interface Suite {
  /** Folder under test/ (and out/test/) holding the suite. */
  dir: string;
  /** code-server options for the run; `scratchDir` is a temp folder outside the workspace. */
  options(scratchDir: string): CodeServerOptions;
}

const SUITES: Record<string, Suite> = {
  trusted: { dir: 'integration', options: () => ({}) },
  untrusted: {
    dir: 'integration-untrusted',
    options(scratchDir) {
      // The user-level feed lives outside the untrusted folder, as a user's own file would.
      const userFeedPath = join(scratchDir, 'user-level.rss');
      writeFileSync(userFeedPath, USER_FEED_RSS);
      return {
        untrusted: true,
        userSettings: restrictedUserSettings(userFeedPath),
        workspaceSettings: RESTRICTED_WORKSPACE_SETTINGS,
        files: { [WORKSPACE_JOURNAL_PATH]: '# Journal the workspace settings point at\n' },
        env: { [USER_FEED_PATH_ENV]: userFeedPath }
      };
    }
  }
};

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const grep = argValue('--grep');
  const suiteName = argValue('--suite') ?? 'trusted';
  const suite = SUITES[suiteName];
  if (!suite) {
    console.error(`Unknown --suite '${suiteName}'; use one of: ${Object.keys(SUITES).join(', ')}.`);
    return 2;
  }
  execFileSync(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--tests'], { cwd: repoRoot, stdio: 'inherit' });
  const resultsDir = mkdtempSync(join(tmpdir(), 'deliberate-results-'));
  const resultsPath = join(resultsDir, 'results.json');
  const options = suite.options(resultsDir);
  const server = await startCodeServer({
    ...options,
    withTestRunner: true,
    env: {
      ...options.env,
      DELIBERATE_TEST_SUITE: join(repoRoot, 'out', 'test', suite.dir),
      DELIBERATE_TEST_RESULTS: resultsPath,
      DELIBERATE_MOCHA: join(repoRoot, 'node_modules', 'mocha'),
      DELIBERATE_REPO_ROOT: repoRoot,
      // Turns on activate()'s test API (src/api.ts) in the extension host.
      DELIBERATE_TEST_API: '1',
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
        console.error(
          `Integration suite timed out after ${TIMEOUT_MS} ms.\n--- code-server output ---\n${server.output().slice(-5000)}`
        );
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
    console.log(`\n${suite.dir}: ${results.passed} passed, ${results.failed} failed, ${results.pending} skipped`);
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
