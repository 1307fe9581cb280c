/**
 * `npm run demo`: builds the extension and starts a real VS Code on 127.0.0.1 with the
 * extension and a sample workspace (a sample feed and a journal), then prints the URL.
 *   npm run demo                       code-server (installed on demand) on 127.0.0.1:8080
 *   npm run demo -- --port 9000        another port
 *   npm run demo -- --desktop          desktop VS Code (`code` CLI) with --extensionDevelopmentPath
 *   npm run demo -- --fake-ollama      also start the test suite's fake Ollama and point the
 *                                      workspace at it, to try drafting without a model
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer, repoRoot } from '../test/harness/codeServer';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.DEMO_PORT ?? 8080);
const demoRoot = join(repoRoot, '.vscode-test', 'demo');
const workspace = join(demoRoot, 'workspace');

function prepareWorkspace(): void {
  // Keep the user's demo edits between runs; seed only what is missing.
  if (!existsSync(workspace)) cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
}

function stageExtension(extensionsDir: string): void {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of [
    'package.json',
    'dist',
    'media',
    'syntaxes',
    'language-configuration.json',
    'LICENSE',
    'README.md'
  ]) {
    if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(target, entry), { recursive: true });
  }
}

async function startFakeOllama(): Promise<string | undefined> {
  if (!args.includes('--fake-ollama')) return undefined;
  const modulePath = join(repoRoot, 'test', 'support', 'fakeOllama.ts');
  const { startFakeOllama: start } = (await import(modulePath)) as {
    startFakeOllama: (o?: object) => Promise<{ url: string }>;
  };
  const server = await start({ chunkDelayMs: 30 });
  const settingsPath = join(workspace, '.vscode', 'settings.json');
  const settings = JSON.parse(readFileSync(settingsPath, 'utf8'));
  writeFileSync(settingsPath, JSON.stringify({ ...settings, 'deliberate.ollama.host': server.url }, null, 2));
  console.log(`Fake Ollama (canned text, no model) at ${server.url}`);
  return server.url;
}

async function main(): Promise<void> {
  prepareWorkspace();
  if (args.includes('--desktop')) {
    const code = spawnSync('code', ['--version'], { encoding: 'utf8' });
    if (code.status !== 0) {
      throw new Error(
        'The `code` CLI was not found. Install VS Code and run "Shell Command: Install \'code\' command in PATH".'
      );
    }
    spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, workspace], { stdio: 'inherit', detached: true }).unref();
    console.log(`Opened desktop VS Code on ${workspace} with the extension under development.`);
    return;
  }
  const binary = ensureCodeServer();
  const extensionsDir = join(demoRoot, 'exts');
  const userDataDir = join(demoRoot, 'user');
  stageExtension(extensionsDir);
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const userSettings = join(userDataDir, 'User', 'settings.json');
  if (!existsSync(userSettings)) {
    writeFileSync(
      userSettings,
      JSON.stringify(
        { 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none' },
        null,
        2
      )
    );
  }
  await startFakeOllama();
  const child = spawn(
    binary,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      workspace
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  );
  console.log(
    `\nDeliberate demo: open http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}\n(Ctrl+C stops it.)`
  );
  process.on('SIGINT', () => child.kill('SIGTERM'));
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
