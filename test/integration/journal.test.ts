/**
 * The journal in the real extension host: the store's writing rules (one queue, WorkspaceEdit,
 * save only a clean document, never the user's unsaved text, retry when the file moves, path
 * refusals, read-only and missing-folder messages, file shape kept) and the language features.
 * Every test uses its own file under journal-it/ and resets deliberate.journalPath afterwards.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConnectionEvent } from '../../src/core/types';
import type { Services } from '../../src/services';
import { testServices } from '../support/extensionApi';
import { pollUntil } from './support/poll';

const DIR = 'journal-it';
const person = (id: string, name = `Person ${id}`): ConnectionEvent => ({
  id,
  person: name,
  via: null,
  link: null,
  date: '2026-11-20T10:00:00Z',
  title: '',
  source: 'IT',
  headline: ''
});

const until = <T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5000
): Promise<T> => pollUntil(what, probe, timeoutMs);

describe('journal (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;
  const config = () => vscode.workspace.getConfiguration('deliberate');
  const file = (name: string) => path.join(root, DIR, name);
  const disk = (name: string) => fs.readFileSync(file(name), 'utf8');

  async function useJournal(relative: string, content?: string): Promise<void> {
    if (content !== undefined) fs.writeFileSync(path.join(root, relative), content);
    await config().update('journalPath', relative, vscode.ConfigurationTarget.Workspace);
    const expected = path.resolve(root, relative);
    await until(`journalPath ${relative}`, () =>
      path.isAbsolute(relative) || relative.includes('..') ? true : services.journal.uri()?.fsPath === expected
    );
  }

  async function openDoc(name: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file(name)));
    await vscode.window.showTextDocument(document);
    return document;
  }

  before(async () => {
    services = await testServices();
    assert.ok(services?.journal, 'the extension exports its services');
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    fs.mkdirSync(path.join(root, DIR), { recursive: true });
  });

  // Close only our own editors: other suites may leave dirty untitled editors, and closing those
  // would open a modal save prompt that blocks the whole run.
  const ours = (uri: vscode.Uri | undefined) => !!uri && uri.fsPath.includes(`${path.sep}${DIR}${path.sep}`);
  afterEach(async () => {
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && ours(document.uri)) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter(
        (tab) =>
          (tab.input instanceof vscode.TabInputText && ours(tab.input.uri)) ||
          (tab.input instanceof vscode.TabInputWebview && /Preview/.test(tab.label))
      );
    if (tabs.length) await vscode.window.tabGroups.close(tabs, true);
  });

  describe('writing rules', () => {
    it('creates a missing journal, shows it with language connections, without a reload', async () => {
      await useJournal(`${DIR}/created.connections.md`);
      assert.equal(fs.existsSync(file('created.connections.md')), false);
      const editor = await services.journal.open();
      assert.ok(editor);
      assert.equal(editor.document.languageId, 'connections');
      assert.equal(editor.document.uri.fsPath, file('created.connections.md'));
      assert.ok(fs.existsSync(file('created.connections.md')));
      assert.match(editor.document.getText(), /^# Connections/);
    });

    it('saves a clean document after our edit', async () => {
      await useJournal(`${DIR}/clean.connections.md`, '# J\n\n## A\n- id: a\n- status: new\n');
      await services.journal.recordDecision(person('a', 'A'), 'accepted');
      assert.match(disk('clean.connections.md'), /- status: accepted\n- decided: \d{4}-\d{2}-\d{2}\n$/);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file('clean.connections.md'))!;
      assert.equal(document.isDirty, false);
      assert.equal(services.journal.findById('a')?.status, 'accepted');
    });

    it('puts our change into an unsaved buffer, keeps the user text and saves nothing', async () => {
      const original = '# J\n\n## A\n- id: a\n- status: new\n';
      await useJournal(`${DIR}/dirty.connections.md`, original);
      const document = await openDoc('dirty.connections.md');
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'USER TYPED THIS\n'));
      assert.equal(document.isDirty, true);
      await services.journal.recordDecision(person('a', 'A'), 'declined');
      assert.equal(document.isDirty, true, 'still unsaved');
      assert.match(document.getText(), /USER TYPED THIS/);
      assert.match(document.getText(), /- status: declined/);
      assert.equal(disk('dirty.connections.md'), original, 'nothing written behind the buffer');
    });

    it('recomputes when the file changed on disk between read and apply', async () => {
      await useJournal(`${DIR}/moved.connections.md`, '## A\n- id: a\n- status: new\n');
      const document = await openDoc('moved.connections.md');
      assert.equal(document.isDirty, false);
      fs.writeFileSync(file('moved.connections.md'), '## Z\n- id: z\n- status: new\n\n## A\n- id: a\n- status: new\n');
      await services.journal.recordDecision(person('a', 'A'), 'accepted');
      const text = disk('moved.connections.md');
      assert.match(text, /^## Z\n- id: z\n- status: new\n\n## A\n- id: a\n- status: accepted\n/);
      assert.equal(document.isDirty, false);
    });

    it('records ten concurrent decisions as ten entries, none lost', async () => {
      await useJournal(`${DIR}/ten.connections.md`, '# Ten\n');
      const decisions = ['accepted', 'declined', 'deferred'] as const;
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          services.journal.recordDecision(
            person(`p${i}`, `P${i}`),
            decisions[i % 3],
            i % 3 === 2 ? { followUp: '2026-12-24' } : {}
          )
        )
      );
      const text = disk('ten.connections.md');
      for (let i = 0; i < 10; i++) {
        assert.match(text, new RegExp(`## P${i}\\n- id: p${i}\\n- status: ${decisions[i % 3]}\\n`), `entry ${i}`);
      }
      assert.equal((text.match(/^## /gm) ?? []).length, 10);
      await until('the model to show ten people', () => services.journal.people().length === 10);
    });

    it('gives a deferral without a date the default follow-up in 14 days, keeping an existing one', async () => {
      await useJournal(
        `${DIR}/defer.connections.md`,
        '## A\n- id: a\n- status: new\n\n## B\n- id: b\n- status: new\n- follow-up: 2030-01-01\n'
      );
      await services.journal.recordDecision(person('a'), 'deferred');
      await services.journal.recordDecision(person('b'), 'deferred');
      const now = new Date();
      const expected = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 14);
      const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
      const text = disk('defer.connections.md');
      assert.match(text, new RegExp(`- id: a\\n- status: deferred\\n- decided: .*\\n- follow-up: ${iso}\\n`));
      assert.match(text, /- id: b\n- status: deferred\n- decided: .*\n- follow-up: 2030-01-01\n/);
    });

    it('adds new people once and never duplicates an id', async () => {
      await useJournal(`${DIR}/add.connections.md`, '## A\n- id: a\n- status: accepted\n');
      const first = await services.journal.addNew([
        person('a'),
        person('b', 'B'),
        person('b', 'B twice'),
        person('c', 'C')
      ]);
      assert.deepEqual(first, { added: 2, existing: 2 });
      const second = await services.journal.addNew([person('b'), person('c')]);
      assert.deepEqual(second, { added: 0, existing: 2 });
      assert.equal((disk('add.connections.md').match(/^## /gm) ?? []).length, 3);
    });

    it('keeps a BOM, CRLF and a missing final newline', async () => {
      const original = '\uFEFF## A\r\n- id: a\r\n- status: new';
      await useJournal(`${DIR}/crlf.connections.md`, original);
      await services.journal.recordDecision(person('a', 'A'), 'accepted');
      await services.journal.appendLog(person('a', 'A'), 'Said hello');
      const bytes = fs.readFileSync(file('crlf.connections.md'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'only CRLF line breaks');
      assert.ok(!text.endsWith('\n'));
      assert.match(text, /- status: accepted\r\n- decided: .*\r\n\r\n### Log\r\n\r\n- \d{4}-\d{2}-\d{2}: Said hello$/);
    });

    it('writes answers, drafts and log lines through the same queue', async () => {
      await useJournal(`${DIR}/sections.connections.md`, '## A\n- id: a\n- status: new\n');
      await Promise.all([
        services.journal.setAnswer(person('a'), 0, 'A builder.'),
        services.journal.setDraft(person('a'), 'Hello A', 'message'),
        services.journal.appendLog(person('a'), 'Sent hello')
      ]);
      const a = await until('model update', () => {
        const p = services.journal.findById('a');
        return p?.draft ? p : undefined;
      });
      assert.equal(a.answers[0], 'A builder.');
      assert.equal(a.draft, 'Hello A');
      assert.deepEqual(
        a.log.map((l) => l.text),
        ['Sent hello']
      );
    });

    it('saves an unchanged answer with no change, and an edited one changing one line', async () => {
      const body = ['Notes:  ', '```js', 'const x = 1;\t// tab', '```', '---', '#### Sub'].join('\n');
      const original = `## A\n- id: a\n- status: new\n\n### Who is this person?\n\n${body}\n`;
      await useJournal(`${DIR}/answer.connections.md`, original);
      await until('model', () => services.journal.findById('a'));
      await services.journal.setAnswer(person('a'), 0, services.journal.findById('a')!.answers[0]);
      assert.equal(disk('answer.connections.md'), original, 'no byte changed');
      await services.journal.setAnswer(person('a'), 0, body.replace('x = 1', 'x = 2'));
      assert.equal(disk('answer.connections.md'), original.replace('x = 1', 'x = 2'));
    });

    it('keeps the headline and invitation message of a new person', async () => {
      await useJournal(`${DIR}/headline.connections.md`, '# J\n');
      await services.journal.addNew([{ ...person('h', 'H'), headline: 'CTO at Acme', message: 'Hi <there>' }]);
      assert.match(
        disk('headline.connections.md'),
        /- source: IT\n- headline: CTO at Acme\n- seen: 2026-11-20\n\n> Hi \\<there\\>\n/
      );
      const h = await until('model update', () => services.journal.findById('h'));
      assert.equal(h.headline, 'CTO at Acme');
      assert.equal(h.message, 'Hi <there>');
    });
  });

  describe('refusals with a clear message', () => {
    it('refuses journalPath ../..', async () => {
      await useJournal('../../escape.connections.md');
      assert.equal(services.journal.uri(), undefined);
      await assert.rejects(services.journal.recordDecision(person('x'), 'accepted'), /outside the workspace folder/);
    });

    it('refuses an absolute path outside the workspace', async () => {
      const outside = path.join(os.tmpdir(), 'deliberate-outside.connections.md');
      await useJournal(outside);
      assert.equal(services.journal.uri(), undefined);
      await assert.rejects(services.journal.addNew([person('x')]), /outside the workspace folder/);
      assert.equal(fs.existsSync(outside), false);
    });

    it('refuses a symlink that leads out of the workspace', async () => {
      const target = fs.mkdtempSync(path.join(os.tmpdir(), 'deliberate-target-'));
      const link = path.join(root, DIR, 'link-out');
      fs.rmSync(link, { force: true });
      fs.symlinkSync(target, link, 'dir');
      await useJournal(`${DIR}/link-out/j.connections.md`);
      await assert.rejects(
        services.journal.recordDecision(person('x'), 'accepted'),
        /resolves outside the workspace folder/
      );
      assert.deepEqual(fs.readdirSync(target), []);
    });

    it('refuses a read-only journal before touching the buffer', async () => {
      const original = '## A\n- id: a\n- status: new\n';
      await useJournal(`${DIR}/readonly.connections.md`, original);
      fs.chmodSync(file('readonly.connections.md'), 0o444);
      try {
        await assert.rejects(services.journal.recordDecision(person('a'), 'accepted'), /read-only/);
        assert.equal(disk('readonly.connections.md'), original);
        const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file('readonly.connections.md'));
        assert.ok(!document?.isDirty);
      } finally {
        fs.chmodSync(file('readonly.connections.md'), 0o644);
      }
    });

    it('says when the journal folder does not exist', async () => {
      await useJournal(`${DIR}/no/such/folder/j.connections.md`);
      await assert.rejects(services.journal.recordDecision(person('x'), 'accepted'), /does not exist/);
    });
  });

  describe('model follows hand edits', () => {
    it('reflects an edit typed in the editor within a second', async () => {
      await useJournal(`${DIR}/hand.connections.md`, '## A\n- id: a\n- status: new\n');
      await services.journal.recordDecision(person('a'), 'accepted');
      const document = await openDoc('hand.connections.md');
      const editor = vscode.window.activeTextEditor!;
      const line = document
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('- status:'));
      const changed = new Promise<void>((resolve) => {
        const s = services.journal.onDidChange(() => {
          s.dispose();
          resolve();
        });
      });
      const started = Date.now();
      await editor.edit((b) => b.replace(document.lineAt(line).range, '- status: declined'));
      await changed;
      await until('status declined', () => services.journal.findById('a')?.status === 'declined', 1000);
      assert.ok(Date.now() - started < 1000);
    });

    it('reflects a change made on disk while the journal is not open', async () => {
      await useJournal(`${DIR}/disk.connections.md`, '## A\n- id: a\n- status: new\n');
      await until('loaded', () => services.journal.findById('a'));
      fs.writeFileSync(file('disk.connections.md'), '## A\n- id: a\n- status: deferred\n\n## B\n- id: b\n');
      await until(
        'disk change seen',
        () => services.journal.findById('b') && services.journal.findById('a')?.status === 'deferred',
        5000
      );
    });
  });

  describe('commands', () => {
    it('accept, decline and defer take a person id (as CodeLens passes it)', async () => {
      await useJournal(
        `${DIR}/commands.connections.md`,
        '## A\n- id: cmd-a\n- status: new\n\n## B\n- id: cmd-b\n- status: new\n'
      );
      await until('loaded', () => services.journal.findById('cmd-b'));
      await vscode.commands.executeCommand('deliberate.accept', 'cmd-a');
      await vscode.commands.executeCommand('deliberate.defer', 'cmd-b', '2026-12-24');
      const text = disk('commands.connections.md');
      assert.match(text, /- id: cmd-a\n- status: accepted\n- decided: /);
      assert.match(text, /- id: cmd-b\n- status: deferred\n- decided: .*\n- follow-up: 2026-12-24\n/);
      await vscode.commands.executeCommand('deliberate.decline', 'cmd-a');
      assert.match(disk('commands.connections.md'), /- id: cmd-a\n- status: declined\n/);
    });

    it('accept works on a hand-written entry without an id, through its CodeLens, and invents no id', async () => {
      const original = '# J\n\n## Jane Doe\n- status: new\n\nMet at the meetup.\n';
      await useJournal(`${DIR}/idless.connections.md`, original);
      const document = await openDoc('idless.connections.md');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
        10
      );
      const accept = lenses.find((l) => l.range.start.line === 2 && l.command?.command === 'deliberate.accept');
      assert.ok(accept?.command, 'a CodeLens on the entry without an id');
      assert.deepEqual(accept.command.arguments, ['journal:jane doe']);
      await until('loaded', () => services.journal.findById('journal:jane doe'));
      await vscode.commands.executeCommand(accept.command.command, ...accept.command.arguments!);
      const text = await until('the decision on disk', () => {
        const t = disk('idless.connections.md');
        return /accepted/.test(t) ? t : undefined;
      });
      assert.match(
        text,
        /^# J\n\n## Jane Doe\n- status: accepted\n- decided: \d{4}-\d{2}-\d{2}\n\nMet at the meetup\.\n$/
      );
      assert.doesNotMatch(text, /- id:/);
      await services.journal.appendLog(
        {
          id: 'journal:jane doe',
          person: 'Jane Doe',
          via: null,
          link: null,
          date: null,
          title: '',
          source: '',
          headline: ''
        },
        'Said hello'
      );
      assert.match(
        disk('idless.connections.md'),
        /Met at the meetup\.\n\n### Log\n\n- \d{4}-\d{2}-\d{2}: Said hello\n$/
      );
    });

    it('refuses, naming both lines, when two entries without an id share a name', async () => {
      const original = '## Jane Doe\n- status: new\n\n## Jane Doe\n- status: deferred\n';
      await useJournal(`${DIR}/idless-twice.connections.md`, original);
      await assert.rejects(
        services.journal.recordDecision(
          {
            id: 'journal:jane doe',
            person: 'Jane Doe',
            via: null,
            link: null,
            date: null,
            title: '',
            source: '',
            headline: ''
          },
          'accepted'
        ),
        /2 entries named 'Jane Doe' have no '- id:' line \(lines 1 and 4\)/
      );
      assert.equal(disk('idless-twice.connections.md'), original);
    });

    it('logAction appends to the log', async () => {
      await useJournal(`${DIR}/log.connections.md`, '## A\n- id: log-a\n- status: accepted\n');
      await until('loaded', () => services.journal.findById('log-a'));
      await vscode.commands.executeCommand('deliberate.logAction', 'log-a', 'Coffee chat');
      assert.match(disk('log.connections.md'), /### Log\n\n- \d{4}-\d{2}-\d{2}: Coffee chat\n$/);
    });

    it('openJournalPreview opens the Markdown preview of the journal', async () => {
      await useJournal(`${DIR}/preview.connections.md`, '# J\n\n## A\n- id: p-a\n- status: new\n');
      await openDoc('preview.connections.md');
      await vscode.commands.executeCommand('deliberate.openJournalPreview');
      await until(
        'a preview tab',
        () =>
          vscode.window.tabGroups.all
            .flatMap((g) => g.tabs)
            .find((t) => /Preview/.test(t.label) && t.input instanceof vscode.TabInputWebview),
        10_000
      );
    });

    it('openJournal reveals the entry for an id', async () => {
      await useJournal(`${DIR}/reveal.connections.md`, '# J\n\n## A\n- id: r-a\n\n## B\n- id: r-b\n');
      await vscode.commands.executeCommand('deliberate.openJournal', 'r-b');
      const editor = await until('editor', () => vscode.window.activeTextEditor);
      assert.equal(editor.document.uri.fsPath, file('reveal.connections.md'));
      assert.equal(editor.selection.active.line, 5);
    });
  });

  describe('language features', () => {
    const text = [
      '# Journal',
      '',
      '## Ada',
      '- id: ada',
      '- status: acepted',
      '- seen: 2026-13-45',
      '',
      '### Who is this person?',
      '',
      'A mathematician.',
      '',
      '### Log',
      '',
      '- 2026-11-02: Said hi',
      '',
      '## Bob',
      '- id: bob',
      '- status: new',
      ''
    ].join('\n');
    let document: vscode.TextDocument;

    beforeEach(async () => {
      fs.writeFileSync(file('features.connections.md'), text);
      document = await openDoc('features.connections.md');
      assert.equal(document.languageId, 'connections');
    });

    it('gives an outline with one node per person, status as detail, sections as children', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri
      );
      const ours = symbols.filter((s) => s.name === 'Ada' || s.name === 'Bob');
      assert.deepEqual(
        ours.map((s) => [s.name, s.detail]),
        [
          ['Ada', 'acepted'],
          ['Bob', 'new']
        ]
      );
      assert.deepEqual(
        ours[0].children.map((c) => c.name),
        ['Who is this person?', 'Log']
      );
    });

    it('folds entries and sections', async () => {
      const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
        'vscode.executeFoldingRangeProvider',
        document.uri
      );
      assert.ok(
        ranges.some((r) => r.start === 2 && r.end === 13),
        JSON.stringify(ranges)
      );
      assert.ok(ranges.some((r) => r.start === 7 && r.end === 9));
    });

    it('offers CodeLens actions with the entry id in the configured journal', async () => {
      await useJournal(`${DIR}/features.connections.md`);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
        10
      );
      const ada = lenses
        .filter((l) => l.range.start.line === 2)
        .map((l) => [l.command?.title, l.command?.command, l.command?.arguments?.[0]]);
      assert.deepEqual(ada, [
        ['Draft outreach', 'deliberate.draftOutreach', 'ada'],
        ['Accept', 'deliberate.accept', 'ada'],
        ['Decline', 'deliberate.decline', 'ada'],
        ['Defer', 'deliberate.defer', 'ada'],
        ['Log action', 'deliberate.logAction', 'ada']
      ]);
    });

    it('offers no CodeLens in another connections file, which keeps its outline, and follows journalPath', async () => {
      const lensesOn = async (uri: vscode.Uri) =>
        (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
      await useJournal(`${DIR}/other.connections.md`, '## Z\n- id: z\n- status: new\n');
      assert.deepEqual(await lensesOn(document.uri), [], 'an archive gets no decision lenses');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri
      );
      assert.ok(
        symbols.some((s) => s.name === 'Ada'),
        'the outline still works'
      );
      await useJournal(`${DIR}/features.connections.md`);
      assert.ok((await lensesOn(document.uri)).length > 0, 'lenses follow the journalPath setting');
      // journalPath naming the same file through a symlink inside the workspace: same journal.
      fs.rmSync(file('features-link.connections.md'), { force: true });
      fs.symlinkSync(file('features.connections.md'), file('features-link.connections.md'));
      await useJournal(`${DIR}/features-link.connections.md`);
      assert.ok((await lensesOn(document.uri)).length > 0, 'compared by real path');
    });

    it('shows lint diagnostics and quick fixes', async () => {
      const diagnostics = await until('diagnostics', () => {
        const ds = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'deliberate');
        return ds.length >= 2 ? ds : undefined;
      });
      assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.code, d.severity]).sort(), [
        [4, 'unknown-status', vscode.DiagnosticSeverity.Error],
        [5, 'invalid-date', vscode.DiagnosticSeverity.Error]
      ]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        new vscode.Range(4, 0, 4, 17),
        vscode.CodeActionKind.QuickFix.value
      );
      const fix = actions.find((a) => a.title.includes('accepted'));
      assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
      await vscode.workspace.applyEdit(fix.edit);
      assert.equal(document.lineAt(4).text, '- status: accepted');
    });

    it('completes status values, today in date fields, keys and question headings', async () => {
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((b) => b.insert(new vscode.Position(18, 0), '- status: \n- follow-up: \n- \n### '));
      const labels = async (line: number, character: number) => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          document.uri,
          new vscode.Position(line, character)
        );
        return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      };
      const statuses = await labels(18, 10);
      for (const s of ['new', 'accepted', 'declined', 'deferred']) assert.ok(statuses.includes(s), s);
      assert.ok((await labels(19, 13)).some((l) => /^\d{4}-\d{2}-\d{2}$/.test(l)));
      assert.ok((await labels(20, 2)).includes('follow-up'));
      assert.ok((await labels(21, 4)).includes('How can I serve them today?'));
    });

    it('hovers an entry heading with status, dates and the last log line', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(2, 4)
      );
      const markdown = hovers
        .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
        .join('\n')
        .replace(/&nbsp;/g, ' ')
        .replace(/\\(.)/g, '$1');
      assert.match(markdown, /acepted/);
      assert.match(markdown, /2026-11-02: Said hi/);
    });
  });
});
