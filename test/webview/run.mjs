// Runs the webview tests: builds the real dist/webview.js bundle exactly as esbuild.mjs does,
// then runs the mocha specs in test/webview (headless Debian Chromium via playwright-core, and
// the pure CSP/HTML builder tests). Usage: npm run test:webview [-- --grep pattern]
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';

// The sidebar bundle and the person panel bundle (src/webview/person).
for (const [entry, outfile] of [
  ['src/webview/main.ts', 'dist/webview.js'],
  ['src/webview/person/main.ts', 'dist/person.js']
])
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"development"' }
  });
const result = spawnSync(
  'npx',
  [
    'mocha',
    '--no-config',
    '--reporter',
    'spec',
    '--require',
    'tsx/cjs',
    '--extension',
    'ts',
    '--timeout',
    '60000',
    'test/webview/**/*.test.ts',
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit' }
);
process.exit(result.status ?? 1);
