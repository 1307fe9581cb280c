/**
 * Workspace Trust in the real extension host: this suite runs in a folder that is NOT trusted
 * (Restricted Mode; see run-integration.ts --suite untrusted). The folder's own settings point
 * the feeds, the Ollama host and the journal elsewhere; none of that may count. The user-level
 * settings of the run (a feed file outside the folder, an Ollama host) must.
 * Observed in code-server 4.100.3 (VS Code 1.100): for the manifest's restrictedConfigurations
 * VS Code itself drops the workspace value, from get() and from inspect().workspaceValue alike,
 * so the folder's values are checked on disk, and our own user-level-only reads are a second
 * line of defence.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';
import { testServices } from '../support/extensionApi';
import { readDraftingConfig } from '../../src/drafting/config';
import { normaliseHost } from '../../src/core/llm/host';
import { DEFAULT_JOURNAL_PATH } from '../../src/journal/journalPath';
import {
  USER_FEED_PATH_ENV,
  USER_FEED_PERSON,
  USER_OLLAMA_HOST,
  WORKSPACE_FEED_KEY,
  WORKSPACE_JOURNAL_PATH,
  WORKSPACE_OLLAMA_HOST
} from './restrictedSetup';

describe('Restricted Mode (untrusted workspace, extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;
  const config = () => vscode.workspace.getConfiguration('deliberate', vscode.workspace.workspaceFolders?.[0].uri);
  const settingsPath = () => path.join(root, '.vscode', 'settings.json');
  /** The folder's settings as written on disk (what a cloned repository ships). */
  const folderSettings = () => JSON.parse(fs.readFileSync(settingsPath(), 'utf8')) as Record<string, unknown>;

  before(async () => {
    services = await testServices();
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  });

  it('the folder really is untrusted and still carries its workspace-level settings', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    // The folder's settings file is read (so the checks below are not vacuous)...
    assert.equal(config().get('refreshIntervalMinutes'), 0);
    assert.match(String(config().get('profile')), /civic-tech/);
  });

  it('VS Code itself hands back only user-level values for the restricted settings', () => {
    const onDisk = folderSettings();
    assert.equal(onDisk['deliberate.ollama.host'], WORKSPACE_OLLAMA_HOST);
    assert.equal(onDisk['deliberate.journalPath'], WORKSPACE_JOURNAL_PATH);
    assert.deepEqual(
      (onDisk['deliberate.feeds'] as { url: string }[]).map((f) => f.url),
      [WORKSPACE_FEED_KEY]
    );
    for (const key of ['ollama.host', 'journalPath', 'feeds']) {
      assert.equal(config().inspect(key)?.workspaceValue, undefined, `inspect('${key}').workspaceValue is hidden`);
    }
    assert.equal(config().get('ollama.host'), USER_OLLAMA_HOST);
    assert.equal(config().get('journalPath'), DEFAULT_JOURNAL_PATH);
    const feeds = config().get<{ url: string }[]>('feeds') ?? [];
    assert.deepEqual(
      feeds.map((f) => f.url),
      [process.env[USER_FEED_PATH_ENV]]
    );
  });

  it('workspace feeds are ignored; the user-level feed is fetched', async () => {
    const userFeed = process.env[USER_FEED_PATH_ENV];
    assert.ok(userFeed && path.isAbsolute(userFeed), `${USER_FEED_PATH_ENV} names the user feed file`);
    await services.feeds.refresh();
    const statuses = services.feeds.statuses();
    assert.deepEqual(
      statuses.map((s) => s.key),
      [userFeed],
      JSON.stringify(statuses)
    );
    assert.equal(statuses[0].error, undefined);
    assert.equal(statuses[0].itemCount, 1);
    assert.ok(!statuses.some((s) => s.key === WORKSPACE_FEED_KEY));
    const people = services.feeds.events().map((e) => e.person);
    assert.deepEqual(people, [USER_FEED_PERSON], "only the user feed's people, none from feeds/network.rss");
  });

  it('a workspace http feed added at run time is never requested', async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end('<rss version="2.0"><channel><title>x</title></channel></rss>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/workspace.rss`;
    // inspect() hides the workspace value here, so the original is kept as the file's bytes.
    const originalText = fs.readFileSync(settingsPath(), 'utf8');
    try {
      await config().update('feeds', [{ url, label: 'Workspace http feed' }], vscode.ConfigurationTarget.Workspace);
      assert.deepEqual(
        folderSettings()['deliberate.feeds'],
        [{ url, label: 'Workspace http feed' }],
        'the workspace value was written'
      );
      await services.feeds.refresh();
      assert.equal(requests, 0, 'no request reached the workspace feed');
      assert.ok(!services.feeds.statuses().some((s) => s.key === url), JSON.stringify(services.feeds.statuses()));
    } finally {
      fs.writeFileSync(settingsPath(), originalText);
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('drafting uses the user-level Ollama host, not the workspace one', () => {
    assert.equal(folderSettings()['deliberate.ollama.host'], WORKSPACE_OLLAMA_HOST, 'the folder does set a host');
    const host = readDraftingConfig().host;
    assert.equal(host, normaliseHost(USER_OLLAMA_HOST));
    assert.notEqual(host, normaliseHost(WORKSPACE_OLLAMA_HOST));
  });

  it('the journal is the default journal.connections.md, not the workspace-chosen path', () => {
    assert.equal(
      folderSettings()['deliberate.journalPath'],
      WORKSPACE_JOURNAL_PATH,
      'the folder does set a journal path'
    );
    assert.ok(
      fs.existsSync(path.join(root, WORKSPACE_JOURNAL_PATH)),
      'and that journal exists, so only trust can rule it out'
    );
    assert.equal(services.journal.uri()?.fsPath, path.join(root, DEFAULT_JOURNAL_PATH));
  });
});
