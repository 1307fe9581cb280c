/**
 * The person panel and Undo in the real extension host: deliberate.openPerson opens one
 * reusable editor-area panel titled with the selected person's name (an empty selection shows
 * the empty title, never the previous person), and undoing a decision restores the journal's
 * previous bytes exactly, refusing when the journal changed since.
 */
import { testServices } from '../support/extensionApi';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ConnectionEvent } from '../../src/core/types';
import type { Services } from '../../src/services';
import { pollUntil } from './support/poll';

const DIR = 'person-it';
const person = (id: string, name: string): ConnectionEvent => ({
  id,
  person: name,
  via: null,
  link: null,
  date: '2026-11-20T10:00:00Z',
  title: '',
  source: 'IT',
  headline: ''
});

function personTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('deliberate.person'));
}

describe('person panel and undo (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;
  const config = () => vscode.workspace.getConfiguration('deliberate');
  const file = (name: string) => path.join(root, DIR, name);
  const JOURNAL =
    '# J\n\n## Ada Lovelace\n- id: x:ada\n- status: new\n\nMet at the meetup.  \n\n## Bob Kahn\n- id: x:bob\n- status: new\n';

  before(async () => {
    services = await testServices();
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    fs.mkdirSync(path.join(root, DIR), { recursive: true });
    fs.writeFileSync(file('people.connections.md'), JOURNAL);
    await config().update('journalPath', `${DIR}/people.connections.md`, vscode.ConfigurationTarget.Workspace);
    await pollUntil('the journal loads', () => services.journal.people().length === 2, 10_000);
  });

  after(async () => {
    if (personTabs().length) await vscode.window.tabGroups.close(personTabs(), true);
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
    // The default journal is back in the people list before the next suite looks at it.
    await pollUntil(
      'the default journal to be listed again',
      () =>
        services.journal.people().length > 0 &&
        services.journal.people().every((jp) => !jp.id || services.people.all().some((p) => p.id === jp.id)),
      10_000
    );
  });

  it('opens one panel titled with the selected person, follows the selection, and never shows the previous person', async () => {
    // Selection is set as the sidebar sets it (this suite leaves the sidebar view to its own suite).
    const people = services.people as unknown as { setSelected(id: string | undefined): void };
    await pollUntil('people in the directory', () => services.people.all().some((p) => p.id === 'x:ada'), 10_000);
    people.setSelected('x:ada');
    await vscode.commands.executeCommand('deliberate.openPerson');
    await pollUntil('a panel titled Ada Lovelace', () => personTabs().some((t) => t.label === 'Ada Lovelace'), 10_000);
    people.setSelected('x:bob');
    await pollUntil('the same panel now titled Bob Kahn', () => personTabs()[0]?.label === 'Bob Kahn', 10_000);
    await vscode.commands.executeCommand('deliberate.openPerson');
    assert.equal(personTabs().length, 1, 'one reusable panel');
    people.setSelected(undefined);
    await pollUntil('the empty title', () => /no one selected/.test(personTabs()[0]?.label ?? ''), 10_000);
  });

  it('undoes a decision byte for byte, and refuses once the journal changed', async () => {
    const before = fs.readFileSync(file('people.connections.md'), 'utf8');
    const undo = await services.journal.recordDecisionUndoable(person('x:ada', 'Ada Lovelace'), 'deferred', {
      followUp: '2027-01-05'
    });
    assert.ok(undo);
    const decided = await pollUntil(
      'the decision on disk',
      () => {
        const text = fs.readFileSync(file('people.connections.md'), 'utf8');
        return /status: deferred/.test(text) ? text : undefined;
      },
      10_000
    );
    assert.notEqual(decided, before);
    await services.journal.undoDecision(undo);
    await pollUntil(
      'the previous bytes on disk',
      () => fs.readFileSync(file('people.connections.md'), 'utf8') === before,
      10_000
    );

    const again = await services.journal.recordDecisionUndoable(person('x:bob', 'Bob Kahn'), 'accepted');
    assert.ok(again);
    await services.journal.appendLog(person('x:ada', 'Ada Lovelace'), 'Said hello');
    await assert.rejects(services.journal.undoDecision(again), /changed after that decision/);
  });
});
