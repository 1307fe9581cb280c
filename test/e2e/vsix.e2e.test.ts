/** `npm run package` makes a .vsix that code-server installs (issue 2, "Done when"). */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer, repoRoot } from '../harness/codeServer';

describe('packaging', function () {
  it('builds deliberate-<version>.vsix and installs it with code-server --install-extension', function () {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const vsix = join(repoRoot, `deliberate-${version}.vsix`);
    rmSync(vsix, { force: true });
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: 'pipe' });
    assert.ok(existsSync(vsix), `${vsix} was produced`);
    const extensionsDir = mkdtempSync(join(tmpdir(), 'deliberate-vsix-'));
    try {
      const out = execFileSync(ensureCodeServer(), ['--install-extension', vsix, '--extensions-dir', extensionsDir], {
        encoding: 'utf8'
      });
      assert.match(out, /successfully installed/i);
      const installed = readdirSync(extensionsDir).find((d) => d.startsWith('deliberate.deliberate-'));
      assert.ok(installed, 'the extension folder exists');
      for (const file of [
        'package.json',
        'dist/extension.js',
        'dist/webview.js',
        'dist/person.js',
        'media/person.css',
        'dist/cli.js',
        'syntaxes/connections.tmLanguage.json'
      ]) {
        assert.ok(existsSync(join(extensionsDir, installed, file)), `${file} is in the package`);
      }
    } finally {
      rmSync(extensionsDir, { recursive: true, force: true });
      // The production build replaced dist/: rebuild the development bundles for later suites.
      execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'pipe' });
    }
  });
});
