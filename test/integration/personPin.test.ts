/**
 * Pinning the person panel in the real extension host: deliberate.pinPerson keeps the active
 * panel on its person (tab marked 📌), the next Open creates a second panel that follows the
 * selection, the pinned panel still follows its person's journal entry and shows its empty
 * title once they are gone, and unpinning lets it follow the selection again.
 */
import { testServices } from '../support/extensionApi';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';
import { pollUntil } from './support/poll';

const DIR = 'person-pin-it';

function personTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('deliberate.person'));
}
const labels = () =>
  personTabs()
    .map((t) => t.label)
    .sort();

describe('person panel pin (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;
  const config = () => vscode.workspace.getConfiguration('deliberate');
  const journal = () => path.join(root, DIR, 'people.connections.md');
  const entry = (name: string, id: string) => `## ${name}\n- id: ${id}\n- status: new\n`;
  const select = (id: string | undefined) =>
    (services.people as unknown as { setSelected(id: string | undefined): void }).setSelected(id);

  before(async () => {
    services = await testServices();
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    if (personTabs().length) await vscode.window.tabGroups.close(personTabs(), true);
    fs.mkdirSync(path.join(root, DIR), { recursive: true });
    fs.writeFileSync(journal(), `# J\n\n${entry('Ada Lovelace', 'x:ada')}\n${entry('Bob Kahn', 'x:bob')}`);
    await config().update('journalPath', `${DIR}/people.connections.md`, vscode.ConfigurationTarget.Workspace);
    await pollUntil('the journal loads', () => services.people.all().some((p) => p.id === 'x:bob'), 10_000);
  });

  after(async () => {
    if (personTabs().length) await vscode.window.tabGroups.close(personTabs(), true);
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
    await pollUntil(
      'the default journal to be listed again',
      () =>
        services.journal.people().length > 0 &&
        services.journal.people().every((jp) => !jp.id || services.people.all().some((p) => p.id === jp.id)),
      10_000
    );
  });

  it('keeps a pinned panel on its person while a second panel follows the selection', async () => {
    select('x:ada');
    await vscode.commands.executeCommand('deliberate.openPerson');
    await pollUntil('a panel titled Ada Lovelace', () => labels().join() === 'Ada Lovelace', 10_000);
    await vscode.commands.executeCommand('deliberate.pinPerson');
    await pollUntil('the panel marked pinned', () => labels().join() === '📌 Ada Lovelace', 10_000);

    select('x:bob');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(labels(), ['📌 Ada Lovelace'], 'a pinned panel does not follow the selection');
    await vscode.commands.executeCommand('deliberate.openPerson');
    await pollUntil('a second panel for Bob', () => labels().join() === 'Bob Kahn,📌 Ada Lovelace', 10_000);

    // The following panel never shows anyone but the selection; the pinned one keeps Ada.
    select(undefined);
    await pollUntil('the following panel empty', () => labels().some((l) => /no one selected/.test(l)), 10_000);
    assert.ok(labels().includes('📌 Ada Lovelace'));
    select('x:bob');
    await vscode.commands.executeCommand('deliberate.openPerson');
    await pollUntil('still two panels, Bob following', () => labels().join() === 'Bob Kahn,📌 Ada Lovelace', 10_000);
  });

  it('updates the pinned panel when its entry changes and shows the empty title once the person is gone', async () => {
    fs.writeFileSync(journal(), `# J\n\n${entry('Ada King', 'x:ada')}\n${entry('Bob Kahn', 'x:bob')}`);
    await pollUntil('the pinned title follows the entry', () => labels().includes('📌 Ada King'), 10_000);
    assert.ok(labels().includes('Bob Kahn'));

    fs.writeFileSync(journal(), `# J\n\n${entry('Bob Kahn', 'x:bob')}`);
    await pollUntil('the pinned panel empty', () => labels().some((l) => /^📌 .*no longer listed/.test(l)), 10_000);
    assert.ok(labels().includes('Bob Kahn'), 'the following panel keeps the selection');
  });

  it('unpins the active panel: it follows the selection again and Open reuses it', async () => {
    fs.writeFileSync(journal(), `# J\n\n${entry('Ada Lovelace', 'x:ada')}\n${entry('Bob Kahn', 'x:bob')}`);
    await pollUntil('Ada back', () => labels().includes('📌 Ada Lovelace'), 10_000);
    // Close the follower so the pinned panel is the active one, then unpin it.
    await vscode.window.tabGroups.close(personTabs().filter((t) => t.label === 'Bob Kahn'));
    await pollUntil('one panel left', () => personTabs().length === 1 && personTabs()[0].isActive, 10_000);
    await vscode.commands.executeCommand('deliberate.pinPerson');
    await pollUntil('unpinned, showing the selection', () => labels().join() === 'Bob Kahn', 10_000);
    select('x:ada');
    await vscode.commands.executeCommand('deliberate.openPerson');
    await pollUntil('the same panel follows to Ada', () => labels().join() === 'Ada Lovelace', 10_000);
  });
});
