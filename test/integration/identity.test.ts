/**
 * One person, one row, in the real extension host: a hand-written journal entry
 * `- id: https://linkedin.com/in/lee-chen/` and a feed event for `https://www.linkedin.com/in/lee-chen`
 * are the same person, so the sidebar lists one row, and accepting it leaves nobody new in the inbox.
 */
import { testServices } from '../support/extensionApi';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';
import { pollUntil } from './support/poll';

const DIR = 'identity-it';
const JOURNAL = '# Connections\n\n## Lee Chen\n- id: https://linkedin.com/in/lee-chen/\n- status: new\n';
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Network</title>
<item><title>Jeff Wolfe is now connected to Lee Chen</title><link>https://www.linkedin.com/in/lee-chen</link>
<pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>`;

describe('identity (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  const config = () => vscode.workspace.getConfiguration('deliberate');
  let originalFeeds: unknown;

  before(async () => {
    services = await testServices();
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    fs.mkdirSync(path.join(root, DIR), { recursive: true });
    fs.writeFileSync(path.join(root, DIR, 'lee.connections.md'), JOURNAL);
    fs.writeFileSync(path.join(root, DIR, 'lee.rss'), FEED);
    originalFeeds = config().inspect('feeds')?.workspaceValue;
  });

  after(async () => {
    await config().update('feeds', originalFeeds, vscode.ConfigurationTarget.Workspace);
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a journal entry and a feed event spelling one profile URL differently are one row; accepting clears the inbox', async () => {
    await config().update('journalPath', `${DIR}/lee.connections.md`, vscode.ConfigurationTarget.Workspace);
    await config().update(
      'feeds',
      [{ url: `${DIR}/lee.rss`, label: 'Lee feed' }],
      vscode.ConfigurationTarget.Workspace
    );
    await services.feeds.refresh();
    await pollUntil(
      'the feed loaded',
      () => services.feeds.statuses().some((s) => s.key.endsWith('lee.rss') && s.itemCount === 1),
      10_000
    );
    await pollUntil(
      'the journal entry listed',
      () => services.people.all().some((p) => p.person === 'Lee Chen'),
      10_000
    );
    const lee = () => services.people.all().filter((p) => p.person === 'Lee Chen');
    // Past the sidebar's change debounce, so both sources are merged before counting rows.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(lee().length, 1, 'one row for Lee Chen');
    assert.equal(
      services.feeds.events().filter((e) => e.person === 'Lee Chen').length,
      0,
      'the feed event is the journal person'
    );

    await services.journal.recordDecision({ ...lee()[0], id: 'https://www.linkedin.com/in/lee-chen' }, 'accepted');
    await pollUntil(
      'the decision to reach the people list',
      () => services.journal.people().find((p) => p.name === 'Lee Chen')?.status === 'accepted',
      10_000
    );
    assert.equal(
      services.journal.people().filter((p) => p.name === 'Lee Chen').length,
      1,
      'one entry, no duplicate added'
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(lee().length, 1, 'still one row');
    assert.equal(services.feeds.events().filter((e) => e.person === 'Lee Chen').length, 0, 'nobody new in the inbox');
  });

  it('a journal that cannot be read is an error the store reports, not an empty journal', async () => {
    const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    // A directory where the journal file should be: reading it fails (EISDIR).
    fs.mkdirSync(path.join(root, DIR, 'unreadable.connections.md'), { recursive: true });
    await config().update('journalPath', `${DIR}/unreadable.connections.md`, vscode.ConfigurationTarget.Workspace);
    services.journal.people(); // the first read starts the load
    const problem = await pollUntil('the read error', () => services.journal.locationError(), 10_000);
    assert.match(problem, /unreadable\.connections\.md/);
    await config().update('journalPath', undefined, vscode.ConfigurationTarget.Workspace);
  });
});
