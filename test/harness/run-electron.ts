/**
 * `npm run test:electron`: the same integration suite in desktop VS Code via
 * @vscode/test-electron 2.x (it downloads VS Code once into .vscode-test/, so it needs internet;
 * on machines without it use `npm run test:integration`, which runs the suite in code-server).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './codeServer';

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(repoRoot, 'esbuild.mjs'), '--tests'], { cwd: repoRoot, stdio: 'inherit' });
  const workspace = join(mkdtempSync(join(tmpdir(), 'deliberate-electron-')), 'workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'test', 'harness', 'electron-entry.js'),
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes'
    ]
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
