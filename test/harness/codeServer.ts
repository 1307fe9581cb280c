/**
 * Starts a real VS Code (code-server 4.100.3) for a test run: a temp copy of the fixture
 * workspace, a temp user-data and extensions folder holding a staged copy of the built
 * extension, and optionally the in-host test runner extension. See
 * ../shared/notes/real-vscode-here.md for why code-server and not test-electron here.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
const fixtureWorkspace = join(repoRoot, 'test', 'fixtures', 'workspace');

export interface CodeServerOptions {
  /** Extra or replaced files in the workspace, relative path → content. */
  files?: Record<string, string>;
  /** Merged over the fixture's .vscode/settings.json. */
  workspaceSettings?: Record<string, unknown>;
  /** User settings (theme etc.), merged over quiet defaults. */
  userSettings?: Record<string, unknown>;
  /** Environment for code-server and so the extension host. */
  env?: Record<string, string>;
  /** Also install the in-host mocha runner extension. */
  withTestRunner?: boolean;
  /** Start from an empty workspace instead of the fixture. */
  emptyWorkspace?: boolean;
  /**
   * Open the folder in Restricted Mode (Workspace Trust on, folder not trusted) without the
   * startup modal or banner, instead of the default run with Workspace Trust disabled.
   */
  untrusted?: boolean;
}

export interface RunningCodeServer {
  url: string;
  port: number;
  workspaceDir: string;
  userDataDir: string;
  /** Absolute URL that opens the workbench on the workspace folder. */
  workbenchUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/** Installs code-server into the git-ignored cache if needed and returns its binary. */
export function ensureCodeServer(): string {
  return execFileSync('bash', [join(repoRoot, 'scripts', 'install-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  })
    .trim()
    .split('\n')
    .pop()!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Copies only what the packaged extension ships, so a rebuild mid-run cannot change it. */
function stageExtension(extensionsDir: string): void {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const target = join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
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
    const from = join(repoRoot, entry);
    if (existsSync(from)) cpSync(from, join(target, entry), { recursive: true });
  }
  if (!existsSync(join(target, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  }
}

const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'git.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'chat.commandCenter.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false
};

/** Trust on, the fresh folder untrusted, and no modal or banner that would wait for a click. */
const RESTRICTED_MODE_USER_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false
};

export async function startCodeServer(options: CodeServerOptions = {}): Promise<RunningCodeServer> {
  const binary = ensureCodeServer();
  const root = mkdtempSync(join(tmpdir(), 'deliberate-cs-'));
  const workspaceDir = join(root, 'workspace');
  const userDataDir = join(root, 'user');
  const extensionsDir = join(root, 'exts');
  if (options.emptyWorkspace) mkdirSync(workspaceDir, { recursive: true });
  else cpSync(fixtureWorkspace, workspaceDir, { recursive: true });
  for (const [relPath, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspaceDir, relPath)), { recursive: true });
    writeFileSync(join(workspaceDir, relPath), content);
  }
  if (options.workspaceSettings) {
    const settingsPath = join(workspaceDir, '.vscode', 'settings.json');
    const current = existsSync(settingsPath) ? JSON.parse(readFileSync(settingsPath, 'utf8')) : {};
    mkdirSync(dirname(settingsPath), { recursive: true });
    writeFileSync(settingsPath, JSON.stringify({ ...current, ...options.workspaceSettings }, null, 2));
  }
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  const trustSettings = options.untrusted ? RESTRICTED_MODE_USER_SETTINGS : {};
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_USER_SETTINGS, ...trustSettings, ...options.userSettings }, null, 2)
  );
  mkdirSync(extensionsDir, { recursive: true });
  stageExtension(extensionsDir);
  if (options.withTestRunner) {
    cpSync(
      join(repoRoot, 'test', 'harness', 'runner-extension'),
      join(extensionsDir, 'deliberate-tests.runner-0.0.1'),
      { recursive: true }
    );
  }

  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    binary,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.untrusted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      workspaceDir
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true }
  );
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`, 60_000, () =>
    child.exitCode !== null ? `code-server exited: ${output}` : undefined
  );

  let stopped = false;
  return {
    url,
    port,
    workspaceDir,
    userDataDir,
    workbenchUrl: `${url}/?folder=${encodeURIComponent(workspaceDir)}`,
    output: () => output,
    async stop() {
      if (stopped) return;
      stopped = true;
      await killTree(child);
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    }
  };
}

async function waitForHttp(url: string, timeoutMs: number, failed: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const reason = failed();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

/** code-server forks the extension host; kill the whole process group. */
async function killTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}
