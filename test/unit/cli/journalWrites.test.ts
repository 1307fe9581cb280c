import * as assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import type { CliIo } from '../../../src/cli/io';

const JOURNAL = '# Journal\n\nMy own words.\n\n## Ana Li\n- id: https://www.linkedin.com/in/ana\n- status: new\n';
const CSV =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nZed,Quinn,https://www.linkedin.com/in/zq,,Acme,CTO,01 Mar 2026\n';

describe("CLI journal writes keep the user's file intact", () => {
  let dir: string;
  let io: CliIo & { stdout: string; stderr: string };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-cli-'));
    writeFileSync(join(dir, 'Connections.csv'), CSV);
    io = {
      stdout: '',
      stderr: '',
      cwd: dir,
      now: () => new Date('2026-11-25T12:00:00'),
      out(t) {
        io.stdout += t;
      },
      err(t) {
        io.stderr += t;
      }
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('import through a symlink writes the target and keeps the link', async () => {
    writeFileSync(join(dir, 'real.connections.md'), JOURNAL);
    symlinkSync('real.connections.md', join(dir, 'link.connections.md'));
    assert.equal(await main(['import', 'Connections.csv', '--journal', 'link.connections.md'], io), 0, io.stderr);
    assert.ok(lstatSync(join(dir, 'link.connections.md')).isSymbolicLink(), 'the link is still a link');
    assert.match(readFileSync(join(dir, 'real.connections.md'), 'utf8'), /## Zed Quinn/);
  });

  it("import keeps the journal's permissions", async () => {
    writeFileSync(join(dir, 'j.connections.md'), JOURNAL);
    chmodSync(join(dir, 'j.connections.md'), 0o640);
    assert.equal(await main(['import', 'Connections.csv', '--journal', 'j.connections.md'], io), 0, io.stderr);
    assert.equal(statSync(join(dir, 'j.connections.md')).mode & 0o777, 0o640);
  });

  it('import refuses a read-only journal (even as root) and leaves it unchanged', async () => {
    writeFileSync(join(dir, 'j.connections.md'), JOURNAL);
    chmodSync(join(dir, 'j.connections.md'), 0o444);
    assert.equal(await main(['import', 'Connections.csv', '--journal', 'j.connections.md'], io), 2);
    assert.match(io.stderr, /read-only/);
    assert.equal(io.stderr.trim().split('\n').length, 1, 'one line on stderr');
    assert.equal(readFileSync(join(dir, 'j.connections.md'), 'utf8'), JOURNAL);
  });

  it('fmt refuses a read-only journal and keeps its bytes', async () => {
    const messy = '## Ana Li\n-   ID:https://www.linkedin.com/in/ana\n- status: new\n';
    writeFileSync(join(dir, 'j.connections.md'), messy);
    chmodSync(join(dir, 'j.connections.md'), 0o444);
    assert.equal(await main(['fmt', 'j.connections.md'], io), 2);
    assert.equal(readFileSync(join(dir, 'j.connections.md'), 'utf8'), messy);
  });

  for (const command of ['lint', 'fmt', 'due']) {
    it(`${command} rejects a second journal argument with exit 2`, async () => {
      writeFileSync(join(dir, 'j.connections.md'), JOURNAL);
      assert.equal(await main([command, 'j.connections.md', 'extra.md'], io), 2);
      assert.match(io.stderr, /extra\.md unexpected/);
    });
  }
});
