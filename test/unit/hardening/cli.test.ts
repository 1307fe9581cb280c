import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeForTerminal } from '../../../src/core/text/terminal';
import { runCli } from './cliIo';

const ROOT = join(__dirname, '..', '..', '..');

function bigFeed(items: number, title = (i: number) => `Ana Li is now connected to Person ${i}`): string {
  const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'];
  for (let i = 0; i < items; i++) {
    parts.push(`<item><title>${title(i)}</title><guid>g${i}</guid><link>https://example.com/${i}</link></item>`);
  }
  return parts.join('') + '</channel></rss>';
}

describe('hardening: CLI surface', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-cli-hard-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const command of ['feed', 'import', 'lint', 'fmt', 'draft', 'due']) {
    for (const flag of ['--help', '-h']) {
      it(`${command} ${flag} prints its usage on stdout and exits 0`, async () => {
        const r = await runCli([command, flag], dir);
        assert.equal(r.code, 0, r.err);
        assert.match(r.out, new RegExp(`^Usage: deliberate ${command} `));
        assert.equal(r.err, '');
      });
    }
  }

  it('--help after other arguments still wins; after `--` it is an argument', async () => {
    assert.equal((await runCli(['lint', 'x.md', '--json', '--help'], dir)).code, 0);
    assert.equal((await runCli(['lint', '--', '--help'], dir)).code, 2);
  });

  it('an Object.prototype name is not a command', async () => {
    for (const name of ['toString', '__proto__', 'constructor']) {
      const r = await runCli([name], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /unknown command/);
    }
  });

  it('escapes ESC, BEL, CR and bidi overrides, keeps newline and tab', () => {
    assert.equal(escapeForTerminal('a\u001b[31mb\u0007c\rd\u202Ee\tf\n'), 'a\\u001b[31mb\\u0007c\\u000dd\\u202ee\tf\n');
  });

  it('no control character from a journal reaches the terminal (lint, due, errors)', async () => {
    const journal =
      '# J\n\n## Evil\u001b]0;pwned\u0007 \u001b[2J Name\r\n- id: x\u001b[31m\n- status: deferred\n- follow-up: 2026-01-01\n- bogus\u0007: 1\n';
    writeFileSync(join(dir, 'j.md'), journal);
    const outputs = [
      await runCli(['lint', 'j.md'], dir),
      await runCli(['lint', 'j.md', '--json'], dir),
      await runCli(['due', 'j.md'], dir),
      await runCli(['lint', 'missing\u001b[2J.md'], dir)
    ];
    for (const r of outputs) {
      assert.doesNotMatch(r.out + r.err, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    }
    assert.match(outputs[2].out + outputs[3].err, /\\u001b/);
    JSON.parse(outputs[1].out); // --json stays parseable
  });

  it('feed --json keeps JSON valid when titles carry C1 controls or U+202E', async () => {
    writeFileSync(
      join(dir, 'f.xml'),
      bigFeed(2, (i) => `Ana is now connected to Bob\u0085\u202E ${i}`)
    );
    const r = await runCli(['feed', 'f.xml', '--json'], dir);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /[\u0085\u202E]/);
    assert.equal(JSON.parse(r.out).length, 2);
  });

  it('`deliberate feed --json | head -c 100` exits quietly (EPIPE), no stack trace', async function () {
    this.timeout(30_000);
    writeFileSync(join(dir, 'f.xml'), bigFeed(20_000));
    const child = spawn(
      process.execPath,
      ['--require', require.resolve('tsx/cjs'), join(ROOT, 'src', 'cli.ts'), 'feed', 'f.xml', '--json'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
