import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  chownSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockPathFor, updateJournalFile, writeJournalAtomically } from '../../../src/node/journalFile';
import { connectionsCsv, runCli } from './cliIo';

const JOURNAL = '# Journal\n\nMy own words.\n';
const ids = (text: string) => (text.match(/^- id: /gm) ?? []).length;

describe('hardening: journal file writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deliberate-hard-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('three concurrent imports keep every new person (writers serialise on the lock)', async () => {
    writeFileSync(join(dir, 'j.connections.md'), JOURNAL);
    for (const p of ['Aa', 'Bb', 'Cc']) writeFileSync(join(dir, `${p}.csv`), connectionsCsv(p, 300));
    const results = await Promise.all(
      ['Aa', 'Bb', 'Cc'].map((p) => runCli(['import', `${p}.csv`, '--journal', 'j.connections.md'], dir))
    );
    for (const r of results) assert.equal(r.code, 0, r.err);
    assert.equal(ids(readFileSync(join(dir, 'j.connections.md'), 'utf8')), 900);
    assert.equal(existsSync(lockPathFor(join(dir, 'j.connections.md'))), false, 'the lock is released');
  });

  it('fmt and import at once lose nothing', async () => {
    writeFileSync(join(dir, 'j.connections.md'), JOURNAL + '\n## Old\n- ID: x\n- Status: NEW\n');
    writeFileSync(join(dir, 'a.csv'), connectionsCsv('Aa', 50));
    const [f, i] = await Promise.all([
      runCli(['fmt', 'j.connections.md'], dir),
      runCli(['import', 'a.csv', '--journal', 'j.connections.md'], dir)
    ]);
    assert.equal(f.code, 0, f.err);
    assert.equal(i.code, 0, i.err);
    const text = readFileSync(join(dir, 'j.connections.md'), 'utf8');
    assert.equal(ids(text), 51);
  });

  it('a change by another writer between read and rename is not clobbered: read again and recompute', async () => {
    const file = join(dir, 'j.connections.md');
    writeFileSync(file, JOURNAL);
    let calls = 0;
    await updateJournalFile(file, 'j', (text) => {
      calls++;
      // The editor saves while we compute (it does not take our lock).
      if (calls === 1) writeFileSync(file, text + '\nTyped in the editor.\n');
      return { text: text + '\nAdded by the CLI.\n', result: undefined };
    });
    const text = readFileSync(file, 'utf8');
    assert.equal(calls, 2);
    assert.match(text, /Typed in the editor\./);
    assert.match(text, /Added by the CLI\./);
  });

  it('gives up with a clear message when the journal keeps changing under it', async () => {
    const file = join(dir, 'j.connections.md');
    writeFileSync(file, JOURNAL);
    let n = 0;
    await assert.rejects(
      updateJournalFile(file, 'journal j', (text) => {
        writeFileSync(file, `${text}edit ${++n}\n`);
        return { text: 'mine', result: undefined };
      }),
      /changed by someone else.*nothing was overwritten/
    );
    assert.match(readFileSync(file, 'utf8'), /edit 3\n$/);
  });

  it('a live lock makes the second writer fail (busy) after waiting; a dead one is taken over', async () => {
    const file = join(dir, 'j.connections.md');
    writeFileSync(file, JOURNAL);
    writeFileSync(lockPathFor(file), `${process.pid}\n`);
    await assert.rejects(
      updateJournalFile(file, 'journal j', () => ({ text: 'x', result: 0 }), { lockWaitMs: 100 }),
      /another deliberate process \(pid \d+\) is writing journal j/
    );
    assert.equal(readFileSync(file, 'utf8'), JOURNAL);
    writeFileSync(lockPathFor(file), '999999999\n');
    await updateJournalFile(file, 'journal j', () => ({ text: 'x', result: 0 }), { lockWaitMs: 100 });
    assert.equal(readFileSync(file, 'utf8'), 'x');
  });

  it('a busy journal is exit 2 with one line from the CLI', async () => {
    writeFileSync(join(dir, 'j.md'), JOURNAL + '## A\n- Status: NEW\n');
    writeFileSync(lockPathFor(join(dir, 'j.md')), `${process.pid}\n`);
    // The CLI waits 15 s by default; a held lock from a live process that never ends is the test.
    const started = Date.now();
    const r = await runCliWithShortLock(['fmt', 'j.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /^deliberate fmt: another deliberate process .* is writing/);
    assert.ok(Date.now() - started < 20_000);
  }).timeout(30_000);

  it('refuses a latin-1 journal in fmt (exit 2, bytes untouched)', async () => {
    const bytes = Buffer.from('# Journal\n\n## Jos\xe9\n- Status: NEW\n', 'latin1');
    writeFileSync(join(dir, 'j.md'), bytes);
    const r = await runCli(['fmt', 'j.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /not valid UTF-8 \(first bad byte at offset 17/);
    assert.deepEqual(readFileSync(join(dir, 'j.md')), bytes);
  });

  it('refuses a UTF-16LE journal with BOM in import (exit 2, bytes untouched)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Journal\n\n## Ana\n- id: a\n', 'utf16le')]);
    writeFileSync(join(dir, 'j.md'), bytes);
    writeFileSync(join(dir, 'a.csv'), connectionsCsv('Aa', 2));
    const r = await runCli(['import', 'a.csv', '--journal', 'j.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /UTF-16/);
    assert.deepEqual(readFileSync(join(dir, 'j.md')), bytes);
  });

  for (const [command, args] of [
    ['import', ['import', '/dev/zero', '--journal', 'j.md']],
    ['feed', ['feed', '/dev/zero']],
    ['lint', ['lint', '/dev/zero']],
    ['fmt', ['fmt', '/dev/zero']]
  ] as const) {
    it(`${command} refuses /dev/zero at once instead of reading forever`, async () => {
      const started = Date.now();
      const r = await runCli([...args], dir);
      assert.equal(r.code, 2);
      assert.match(r.err, /not a regular file/);
      assert.ok(Date.now() - started < 2000);
    });
  }

  it('refuses a dangling symlink instead of replacing it with a file', async () => {
    symlinkSync(join(dir, 'missing.md'), join(dir, 'j.md'));
    writeFileSync(join(dir, 'a.csv'), connectionsCsv('Aa', 2));
    const r = await runCli(['import', 'a.csv', '--journal', 'j.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /symbolic link to a file that does not exist/);
    assert.ok(lstatSync(join(dir, 'j.md')).isSymbolicLink());
    assert.equal(existsSync(join(dir, 'missing.md')), false);
  });

  it("keeps the journal's owner and group when root writes it", async function () {
    if (process.getuid?.() !== 0) this.skip();
    const file = join(dir, 'j.md');
    writeFileSync(file, JOURNAL + '## A\n- Status: NEW\n');
    chownSync(file, 4321, 4322);
    const r = await runCli(['fmt', 'j.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(file, 'utf8'), /- status: new/);
    assert.equal(statSync(file).uid, 4321);
    assert.equal(statSync(file).gid, 4322);
  });

  it('removes temporary files left by a killed writer, and leaves none of its own', async () => {
    const file = join(dir, 'j.md');
    writeFileSync(file, JOURNAL);
    writeFileSync(join(dir, '.j.md.deliberate-999999999-abcdef012345.tmp'), JOURNAL);
    writeFileSync(join(dir, `.j.md.deliberate-${process.pid}-abcdef012345.tmp`), 'in progress');
    await writeJournalAtomically(file, 'new', 'j');
    assert.deepEqual(readdirSync(dir).sort(), [`.j.md.deliberate-${process.pid}-abcdef012345.tmp`, 'j.md']);
  });

  it('a process killed in the middle of writing never leaves a truncated journal', async function () {
    this.timeout(60_000);
    const file = join(dir, 'j.md');
    const old = 'old\n'.repeat(500_000);
    writeFileSync(file, old);
    const writer = join(__dirname, 'fixtures', 'slowWriter.ts');
    for (const delay of [30, 80, 150, 250]) {
      const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), writer, file], {
        stdio: 'ignore'
      });
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const text = readFileSync(file, 'utf8');
      assert.ok(text === old || text === 'new\n'.repeat(500_000), `whole old or whole new after a kill at ${delay} ms`);
    }
  });
});

/** The CLI with a short lock wait, by running the same update the CLI runs. */
async function runCliWithShortLock(argv: string[], cwd: string) {
  const previous = process.env.DELIBERATE_LOCK_WAIT_MS;
  process.env.DELIBERATE_LOCK_WAIT_MS = '200';
  try {
    return await runCli(argv, cwd);
  } finally {
    if (previous === undefined) delete process.env.DELIBERATE_LOCK_WAIT_MS;
    else process.env.DELIBERATE_LOCK_WAIT_MS = previous;
  }
}
