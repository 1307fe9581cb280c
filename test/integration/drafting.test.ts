/**
 * Drafting in the real extension host, against the fake Ollama on loopback: the command with
 * arguments (as the sidebar and CodeLens call it), batched updates, cancel within 200 ms with
 * the connection closed, error mapping, the untitled-editor fallback, the prompt template, and
 * Save to journal as the only path that writes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DraftUpdate, Services } from '../../src/services';
import { testServices } from '../support/extensionApi';
import { startFakeOllama, DEFAULT_REPLY, type FakeOllama } from '../support/fakeOllama';
import { pollUntil } from './support/poll';

const PERSON_ID = 'https://www.linkedin.com/in/tschnick';

function collect(services: Services): {
  updates: DraftUpdate[];
  until(state: DraftUpdate['state'] | DraftUpdate['state'][], timeoutMs?: number): Promise<DraftUpdate>;
  dispose(): void;
} {
  const updates: DraftUpdate[] = [];
  const waiters: Array<() => void> = [];
  const subscription = services.drafts.onDidUpdate((update) => {
    updates.push(update);
    for (const waiter of waiters.splice(0)) waiter();
  });
  return {
    updates,
    until(state, timeoutMs = 10_000) {
      const states = Array.isArray(state) ? state : [state];
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no ${states.join('/')} update within ${timeoutMs} ms; saw ${updates.map((u) => u.state).join(',')}`
              )
            ),
          timeoutMs
        );
        const check = () => {
          const hit = updates.find((u) => states.includes(u.state));
          if (hit) {
            clearTimeout(timer);
            resolve(hit);
          } else waiters.push(check);
        };
        check();
      });
    },
    dispose: () => subscription.dispose()
  };
}

/** A run that cannot hide the sidebar would leave the editor path untested: fail rather than skip. */
async function hideSidebar(services: Services): Promise<void> {
  if (services.people.isSidebarVisible()) await vscode.commands.executeCommand('workbench.action.closeSidebar');
  assert.equal(services.people.isSidebarVisible(), false, 'the sidebar could be hidden for this test');
}

/** The open untitled editor the draft streamed into, once it holds exactly `text`. */
function untitledHolding(text: string): Promise<vscode.TextDocument> {
  return pollUntil(
    `an untitled editor holding the draft "${text}"`,
    () => vscode.workspace.textDocuments.find((d) => d.isUntitled && !d.isClosed && d.getText() === text),
    5000,
    100
  );
}

describe('drafting (extension host)', function () {
  this.timeout(60_000);
  let fake: FakeOllama;
  let services: Services;
  const config = () => vscode.workspace.getConfiguration('deliberate');

  before(async () => {
    fake = await startFakeOllama();
    services = await testServices();
    assert.ok(services?.drafts, 'the extension exports its services');
    await config().update('ollama.host', fake.url, vscode.ConfigurationTarget.Workspace);
    await config().update('ollama.model', 'llama3.2', vscode.ConfigurationTarget.Workspace);
    await config().update(
      'profile',
      'I run the civic-tech meetup and help people find volunteers.',
      vscode.ConfigurationTarget.Workspace
    );
  });

  after(async () => {
    services?.drafts.cancel();
    for (const key of ['ollama.host', 'ollama.model', 'profile']) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await fake?.close();
  });

  beforeEach(() => fake.reset());

  it('drafts through deliberate.draftOutreach(id, kind): loading → streaming → done, batched, with journal answers in the prompt', async () => {
    fake.set({ chunkCount: 400, reply: 'one two three four five ' });
    const seen = collect(services);
    try {
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'message');
      const done = await seen.until('done');
      assert.equal(done.personId, PERSON_ID);
      assert.equal(done.kind, 'message');
      assert.equal(done.model, 'llama3.2');
      assert.equal(done.text.split(' ').filter(Boolean).length, 400);
      assert.equal(seen.updates[0].state, 'loading');
      // 400 chunks written back to back must not become 400 updates.
      assert.ok(seen.updates.length < 100, `updates: ${seen.updates.length}`);
      const body = fake.requests.find((r) => r.path === '/api/chat')!.body as {
        messages: { content: string }[];
        options: { num_ctx: number };
        keep_alive: string;
      };
      assert.match(body.messages[1].content, /Introduce him to the civic-tech meetup organisers/);
      assert.match(body.messages[1].content, /I run the civic-tech meetup/);
      assert.ok(body.options.num_ctx >= 4096);
      assert.equal(body.keep_alive, '5m');
      assert.deepEqual(services.drafts.current()?.state, 'done');
    } finally {
      seen.dispose();
    }
  });

  it('cancels within 200 ms while the model is still loading, and the server sees the connection close', async () => {
    fake.set({ headerDelayMs: 10_000 });
    const seen = collect(services);
    try {
      const settled = fake.chatSettled();
      void vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'note');
      await seen.until('loading');
      // Cancel while the server holds the request without headers (a model loading).
      const deadline = Date.now() + 10_000;
      while (!fake.requests.some((r) => r.path === '/api/chat') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.ok(
        fake.requests.some((r) => r.path === '/api/chat'),
        'the chat request reached the server'
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await vscode.commands.executeCommand('deliberate.cancelDraft');
      const cancelled = await seen.until('cancelled', 2000);
      assert.ok(Date.now() - started < 200, `cancel took ${Date.now() - started} ms`);
      assert.equal(cancelled.kind, 'note');
      const record = await Promise.race([
        settled,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000))
      ]);
      assert.ok(record, 'the server saw the request end within 5 s');
      assert.equal(record.closedEarly, true);
    } finally {
      seen.dispose();
    }
  });

  it('reports a missing model as an actionable error', async () => {
    await config().update('ollama.model', 'mistral-nemo', vscode.ConfigurationTarget.Workspace);
    const seen = collect(services);
    try {
      await services.drafts.start(
        {
          id: PERSON_ID,
          person: 'Todd Schnick',
          via: null,
          link: null,
          date: null,
          title: '',
          source: 'LinkedIn',
          headline: ''
        },
        'message'
      );
      const failed = await seen.until('error');
      assert.equal(failed.error, "Model mistral-nemo isn't installed. Run `ollama pull mistral-nemo`.");
    } finally {
      seen.dispose();
      await config().update('ollama.model', 'llama3.2', vscode.ConfigurationTarget.Workspace);
    }
  });

  it('keeps partial text and marks incomplete/truncated streams', async () => {
    const seen = collect(services);
    try {
      fake.set({ omitDone: true });
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'message');
      assert.equal((await seen.until('incomplete')).text, DEFAULT_REPLY);
      fake.set({ omitDone: false, doneReason: 'length' });
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'message');
      assert.equal((await seen.until('truncated')).text, DEFAULT_REPLY);
    } finally {
      seen.dispose();
    }
  });

  it('shortens an overlong note on request, sending the old draft fenced as data', async () => {
    const long = 'word '.repeat(80).trim();
    fake.set({ reply: long });
    const seen = collect(services);
    try {
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'note');
      await seen.until('done');
      fake.set({ reply: 'Short and warm: how can I help?' });
      seen.updates.length = 0;
      await vscode.commands.executeCommand('deliberate.draft.shorten');
      const done = await seen.until('done');
      assert.equal(done.kind, 'note');
      assert.equal(done.text, 'Short and warm: how can I help?');
      const body = fake.requests.filter((r) => r.path === '/api/chat').at(-1)!.body as {
        messages: { content: string }[];
      };
      assert.match(
        body.messages[1].content,
        /Shorten this note to at most 300 characters[\s\S]*<<<DATA-[0-9a-f]+ draft>>>\nword word/
      );
    } finally {
      seen.dispose();
    }
  });

  it('streams into an untitled editor beside when the sidebar is hidden', async function () {
    await hideSidebar(services);
    const seen = collect(services);
    try {
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'message');
      await seen.until('done');
      const document = await untitledHolding(DEFAULT_REPLY);
      assert.equal(document.languageId, 'markdown');
      // Regenerate reuses the same (unedited) editor instead of opening another tab.
      const untitledBefore = vscode.workspace.textDocuments.filter((d) => d.isUntitled && !d.isClosed).length;
      fake.set({ reply: 'A second, different draft.' });
      seen.updates.length = 0;
      await vscode.commands.executeCommand('deliberate.draft.regenerate');
      await seen.until('done');
      const deadline2 = Date.now() + 5000;
      while (Date.now() < deadline2 && document.getText() !== 'A second, different draft.') {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(document.getText(), 'A second, different draft.');
      assert.equal(vscode.workspace.textDocuments.filter((d) => d.isUntitled && !d.isClosed).length, untitledBefore);
    } finally {
      seen.dispose();
    }
  });

  it('uses .deliberate/prompt.md once created by deliberate.createPromptTemplate (ignored when untrusted)', async () => {
    const uri = (await vscode.commands.executeCommand('deliberate.createPromptTemplate')) as vscode.Uri;
    assert.ok(uri, 'the command returns the template uri');
    const created = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(created, /\{\{person\}\}/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.writeFile(
      uri,
      new TextEncoder().encode('<!-- system -->\nBe brief.\n<!-- user -->\nCUSTOM TEMPLATE for {{person}}')
    );
    const seen = collect(services);
    try {
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'note');
      await seen.until('done');
      const body = fake.requests.find((r) => r.path === '/api/chat')!.body as { messages: { content: string }[] };
      if (vscode.workspace.isTrusted) {
        assert.match(body.messages[1].content, /^CUSTOM TEMPLATE for <<<DATA-/);
        assert.match(body.messages[0].content, /^Be brief\.\n\nText between/);
      } else {
        assert.match(body.messages[1].content, /^Draft a LinkedIn invitation note/);
      }
    } finally {
      seen.dispose();
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
    }
  });

  it('writes the journal only on Save (deliberate.draft.save), as a ### Draft section', async () => {
    const journalUri = services.journal.uri()!;
    const before = (await vscode.workspace.openTextDocument(journalUri)).getText();
    const seen = collect(services);
    try {
      fake.set({ reply: 'Hello Todd — how can I help you today?' });
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'message');
      await seen.until('done');
      assert.equal(
        (await vscode.workspace.openTextDocument(journalUri)).getText(),
        before,
        'drafting alone writes nothing'
      );
      const saved = await vscode.commands.executeCommand('deliberate.draft.save');
      assert.equal(saved, true);
      const after = (await vscode.workspace.openTextDocument(journalUri)).getText();
      assert.match(after, /## Todd Schnick[\s\S]*### Draft[\s\S]*Hello Todd — how can I help you today\?/);
    } finally {
      seen.dispose();
    }
  });
  it('saves what the user edited in the draft editor, not the raw stream', async function () {
    await hideSidebar(services);
    const reply = 'Hello again Todd, could I introduce you to two organisers?';
    fake.set({ reply });
    const seen = collect(services);
    try {
      await vscode.commands.executeCommand('deliberate.draftOutreach', PERSON_ID, 'message');
      await seen.until('done');
      const document = await untitledHolding(reply);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.positionAt(document.getText().length), ' (edited by me)');
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(await vscode.commands.executeCommand('deliberate.draft.save'), true);
      const journal = (await vscode.workspace.openTextDocument(services.journal.uri()!)).getText();
      assert.match(journal, /could I introduce you to two organisers\? \(edited by me\)/);
    } finally {
      seen.dispose();
    }
  });
});
