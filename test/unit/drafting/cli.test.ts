import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import type { CliIo } from '../../../src/cli/io';
import { DRAFT_OUTPUT_SCHEMA } from '../../../src/core/drafting/structured';
import { startFakeOllama, type FakeOllama, DEFAULT_REPLY } from '../../support/fakeOllama';

const FIXTURE = path.join(__dirname, '../../fixtures/drafting/journal.connections.md');

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function cli(args: string[], cwd: string): Promise<Captured> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    cwd,
    now: () => new Date('2026-11-25T12:00:00')
  };
  const code = await main(['draft', ...args], io);
  return { code, out, err };
}

describe('drafting: deliberate draft (CLI)', () => {
  let fake: FakeOllama;
  let dir: string;
  let journal: string;
  before(async () => {
    fake = await startFakeOllama();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    fake.reset();
    dir = await mkdtemp(path.join(os.tmpdir(), 'deliberate-draft-'));
    journal = path.join(dir, 'journal.connections.md');
    await copyFile(FIXTURE, journal);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the draft to stdout, sends the journal answers, and never writes the journal', async () => {
    const before = await stat(journal);
    const reply = `Subject: Comparing notes on loops\n\n${DEFAULT_REPLY}`;
    fake.set({ reply });
    const result = await cli(
      ['Ada Lovelace', '--journal', 'journal.connections.md', '--host', fake.url, '--kind', 'email'],
      dir
    );
    assert.equal(result.err, '');
    assert.equal(result.code, 0);
    assert.equal(result.out, `${reply}\n`);
    const body = fake.requests.find((r) => r.path === '/api/chat')!.body as {
      messages: { content: string }[];
      model: string;
      format?: unknown;
    };
    assert.equal(body.model, 'llama3.2');
    assert.deepEqual(body.format, DRAFT_OUTPUT_SCHEMA);
    assert.match(body.messages[1].content, /Draft an email to the person on the card below/);
    assert.match(body.messages[1].content, /Share my notes on loops/);
    assert.match(body.messages[1].content, /2026-11-03: Met at the engines meetup/);
    assert.equal(await readFile(journal, 'utf8'), await readFile(FIXTURE, 'utf8'));
    assert.equal((await stat(journal)).mtimeMs, before.mtimeMs);
  });

  it('finds a person by id and honours --model', async () => {
    const result = await cli(
      ['feed:grace-hopper', '--journal', journal, '--host', fake.url, '--model', 'qwen2.5:7b'],
      dir
    );
    assert.equal(result.code, 0, result.err);
    assert.equal((fake.requests[0].body as { model: string }).model, 'qwen2.5:7b');
  });

  it('exits 2 for an unknown person, in one line', async () => {
    const result = await cli(['Nobody Here', '--journal', journal, '--host', fake.url], dir);
    assert.equal(result.code, 2);
    assert.equal(
      result.err,
      "deliberate draft: no person 'Nobody Here' in the journal (match a '## Name' heading or an id)\n"
    );
    assert.equal(fake.requests.length, 0);
  });

  it('exits 2 for an ambiguous name and lists the ids', async () => {
    const result = await cli(['alan turing', '--journal', journal, '--host', fake.url], dir);
    assert.equal(result.code, 2);
    assert.match(
      result.err,
      /matches 2 entries; pass the id instead \(linkedin:alan-turing-1, linkedin:alan-turing-2\)/
    );
  });

  it('exits 2 for bad usage: no person, no --journal, bad --kind, bad host, missing file', async () => {
    for (const args of [
      ['--journal', journal],
      ['Ada Lovelace'],
      ['Ada Lovelace', '--journal', journal, '--kind', 'tweet'],
      ['Ada Lovelace', '--journal', journal, '--host', 'ftp://x'],
      ['Ada Lovelace', '--journal', 'missing.connections.md']
    ]) {
      const result = await cli(args, dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.err.split('\n').length, 2, result.err);
    }
  });

  it('exits 3 with the pull hint for a missing model', async () => {
    const result = await cli(['Ada Lovelace', '--journal', journal, '--host', fake.url, '--model', 'gemma3'], dir);
    assert.equal(result.code, 3);
    assert.equal(result.err, "deliberate draft: Model gemma3 isn't installed. Run `ollama pull gemma3`.\n");
  });

  it('exits 3 when Ollama is not running', async () => {
    const closed = await startFakeOllama();
    const url = closed.url;
    await closed.close();
    const result = await cli(['Ada Lovelace', '--journal', journal, '--host', url], dir);
    assert.equal(result.code, 3);
    assert.equal(
      result.err,
      `deliberate draft: Ollama isn't running at ${url}. Start it with \`ollama serve\` (or open the Ollama app).\n`
    );
  });

  it('exits 3 on a mid-stream error, keeping the partial text on stdout', async () => {
    fake.set({ errorAfterChunks: 8 });
    const result = await cli(['Ada Lovelace', '--journal', journal, '--host', fake.url], dir);
    assert.equal(result.code, 3);
    assert.ok(result.out.length > 1 && DEFAULT_REPLY.startsWith(result.out.trimEnd()));
    assert.match(
      result.err,
      /^deliberate draft: Ollama stopped mid-draft: llama runner process has terminated: exit status 2\n$/
    );
  });

  it('exits 3 when the stream ends without done', async () => {
    fake.set({ omitDone: true });
    const result = await cli(['Ada Lovelace', '--journal', journal, '--host', fake.url], dir);
    assert.equal(result.code, 3);
    assert.match(result.err, /may be incomplete/);
  });

  it('warns (exit 0) when a note is over 300 characters or the length limit was hit', async () => {
    fake.set({ reply: 'word '.repeat(80), doneReason: 'length' });
    const result = await cli(['Ada Lovelace', '--journal', journal, '--host', fake.url, '--kind', 'note'], dir);
    assert.equal(result.code, 0);
    assert.match(result.err, /hit the length limit/);
    assert.match(
      result.err,
      /^warning: error too-long: 399 characters; a LinkedIn note allows 300\. \(characters 301-399\)$/m
    );
  });

  it('keeps stderr clean when a garbage line arrives', async () => {
    fake.set({ garbageAfterChunks: 1 });
    const result = await cli(['Ada Lovelace', '--journal', journal, '--host', fake.url], dir);
    assert.equal(result.code, 0);
    assert.equal(result.err, '');
  });
});
