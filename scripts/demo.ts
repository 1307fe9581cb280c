/**
 * `npm run demo`: builds the extension and starts a real VS Code on 127.0.0.1 with the
 * extension and a sample workspace (a sample feed and a journal), then prints the URL.
 *   npm run demo                       code-server (installed on demand) on 127.0.0.1:8080
 *   npm run demo -- --port 9000        another port
 *   npm run demo -- --desktop          desktop VS Code (`code` CLI) with --extensionDevelopmentPath
 *   npm run demo -- --fake-ollama      also start the test suite's fake Ollama and point the
 *                                      workspace at it for this run only (restored on exit,
 *                                      Ctrl+C included, and at the next start after a crash)
 * The demo workspace lives in the OS temp folder, outside this repository's git tree, and its
 * data is relative to today: a fresh burst, someone deferred and due, someone deferred until later.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, repoRoot } from '../test/harness/codeServer';
import { seedJournal, shiftFeedDates } from './demo/data';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.DEMO_PORT ?? 8080);
// Outside the repository: VS Code must not find this project's git repository in a parent folder.
const demoRoot = join(tmpdir(), 'deliberate-demo');
const workspace = join(demoRoot, 'workspace');
const settingsPath = join(workspace, '.vscode', 'settings.json');
/** The workspace settings as they were before --fake-ollama changed them; present only while it runs. */
const settingsBackup = join(demoRoot, 'settings.before-fake-ollama.json');
/** The fixture journal's "today"; its dates move by the days between this and the real today. */
const FIXTURE_DAY = '2026-11-25';

function prepareWorkspace(): void {
  const fixture = join(repoRoot, 'test', 'fixtures', 'workspace');
  // Keep the user's demo journal between runs; seed it (relative to today) only when missing.
  if (!existsSync(workspace)) {
    cpSync(fixture, workspace, { recursive: true });
    const journal = join(workspace, 'journal.connections.md');
    writeFileSync(journal, seedJournal(readFileSync(journal, 'utf8'), FIXTURE_DAY, new Date()));
  }
  // The feed is demo data, not the user's: its newest items are always from this morning.
  const feed = join(workspace, 'feeds', 'network.rss');
  writeFileSync(feed, shiftFeedDates(readFileSync(join(fixture, 'feeds', 'network.rss'), 'utf8'), new Date()));
  restoreSettings();
}

/** Puts back the workspace settings a --fake-ollama run changed (also after a crash or kill -9). */
function restoreSettings(): void {
  if (!existsSync(settingsBackup)) return;
  writeFileSync(settingsPath, readFileSync(settingsBackup));
  rmSync(settingsBackup, { force: true });
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
  const original = readFileSync(settingsPath, 'utf8');
  writeFileSync(settingsBackup, original);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, restoreSettings);
  process.on('exit', restoreSettings);
  const settings = JSON.parse(original);
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
        {
          'workbench.startupEditor': 'none',
          'telemetry.telemetryLevel': 'off',
          'update.mode': 'none',
          'git.openRepositoryInParentFolders': 'never'
        },
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
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  // A quiet terminal after the URL: code-server's log is kept and shown only if it fails.
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  });
  console.log(
    `\nDeliberate demo: open http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}\n(Ctrl+C stops it.)`
  );
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code) => {
    if (code) process.stderr.write(`code-server exited with ${code}:\n${log}`);
    restoreSettings();
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
