// Builds three bundles: the extension (node/cjs, vscode external), the webview (browser)
// and the CLI (one node file with a shebang). `--watch` prints the problem-matcher markers
// VS Code's esbuild watch task expects; `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Node 20 has no fs.globSync, so walk the folder by hand. */
function findFiles(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? findFiles(join(dir, d.name), keep) : keep(d.name) ? [join(dir, d.name)] : []
  );
}

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const withTests = process.argv.includes('--tests');

/** Prints the begin/end markers that the `$esbuild-watch` problem matcher looks for. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  }
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  plugins: watch ? [problemMatcherPlugin] : [],
  define: {
    'process.env.NODE_ENV': production ? '"production"' : '"development"',
    'process.env.DELIBERATE_VERSION': JSON.stringify(version)
  }
};

mkdirSync('dist', { recursive: true });

const configs = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode']
  },
  {
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022'
  },
  {
    // The Show Network panel's own bundle (d3-force inside), loaded only when the panel opens.
    ...common,
    entryPoints: ['src/webview/network/main.ts'],
    outfile: 'dist/network.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022'
  },
  {
    // The person panel (src/person) has its own bundle.
    ...common,
    entryPoints: ['src/webview/person/main.ts'],
    outfile: 'dist/person.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022'
  },
  {
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' }
  },
  {
    // The MCP server (`deliberate mcp`): its own bundle, required by dist/cli.js only for that command.
    ...common,
    entryPoints: ['src/mcp/main.ts'],
    outfile: 'dist/mcp.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20'
  }
];

if (withTests) {
  // The integration suite runs inside the extension host: each file is bundled on its own
  // with vscode and mocha left external, so both runners (code-server, test-electron) load it.
  // test/integration-untrusted is the same kind of suite, run in a workspace in Restricted Mode.
  for (const suite of ['integration', 'integration-untrusted']) {
    const entries = findFiles(`test/${suite}`, (f) => f.endsWith('.test.ts'));
    configs.push({
      ...common,
      minify: false,
      sourcemap: 'inline',
      entryPoints: entries,
      outdir: `out/test/${suite}`,
      outbase: `test/${suite}`,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode', 'mocha']
    });
  }
}

if (watch) {
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
  chmodSync('dist/cli.js', 0o755);
}
