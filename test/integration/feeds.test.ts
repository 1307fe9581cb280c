/**
 * Feeds and imports in the real extension host: refresh and per-feed status, a broken feed
 * that names its file while the others keep working, shared refresh runs, addFeed keeping a
 * token URL in SecretStorage (the setting holds only `secret:<uuid>`), and the LinkedIn import
 * writing new people to the journal. Every test restores deliberate.feeds afterwards.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';
import { testServices } from '../support/extensionApi';
import { pollUntil } from './support/poll';

const FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><guid>it-1</guid><title>Token Host is now connected to Tess Token</title></item></channel></rss>';

const until = <T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> =>
  pollUntil(what, probe, timeoutMs);

describe('feeds (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;
  let originalFeeds: unknown;
  const config = () => vscode.workspace.getConfiguration('deliberate');

  before(async () => {
    services = await testServices();
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
    originalFeeds = config().inspect('feeds')?.workspaceValue;
  });

  afterEach(async () => {
    await config().update('feeds', originalFeeds, vscode.ConfigurationTarget.Workspace);
    await config().update('feeds', undefined, vscode.ConfigurationTarget.Global);
  });

  it('refresh fills per-feed status and events, without ids the journal holds', async () => {
    await services.feeds.refresh();
    const status = services.feeds.statuses().find((s) => s.key === 'feeds/network.rss');
    assert.ok(status, JSON.stringify(services.feeds.statuses()));
    assert.equal(status.error, undefined);
    assert.equal(status.loading, false);
    assert.ok(status.lastFetch);
    assert.ok(status.itemCount > 0);
    const events = services.feeds.events();
    assert.ok(events.length > 0);
    const journalIds = new Set(services.journal.people().map((p) => p.id));
    assert.ok(events.every((e) => !journalIds.has(e.id)));
    assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'no id twice');
  });

  it('a missing feed file gives an error naming the file; the other feed keeps working', async () => {
    await config().update(
      'feeds',
      [
        { url: 'feeds/network.rss', label: 'Network activity' },
        { url: 'feeds/feeds-it-missing.rss', label: 'Gone' }
      ],
      vscode.ConfigurationTarget.Workspace
    );
    await services.feeds.refresh();
    const statuses = services.feeds.statuses();
    const missing = statuses.find((s) => s.key === 'feeds/feeds-it-missing.rss');
    const good = statuses.find((s) => s.key === 'feeds/network.rss');
    assert.match(missing?.error ?? '', /feeds-it-missing\.rss" does not exist/);
    assert.equal(good?.error, undefined);
    assert.ok(services.feeds.events().length > 0);
  });

  it('concurrent refresh calls share one run', async () => {
    const first = services.feeds.refresh();
    const second = services.feeds.refresh();
    assert.equal(first, second);
    await first;
  });

  it('the refresh command runs with progress and fires onDidChange', async () => {
    let changes = 0;
    const subscription = services.feeds.onDidChange(() => changes++);
    try {
      await vscode.commands.executeCommand('deliberate.refresh');
      assert.ok(changes > 0);
    } finally {
      subscription.dispose();
    }
  });

  it('addFeed validates by fetching, keeps a token URL in SecretStorage and only a reference in settings', async () => {
    const seen: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(FEED);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed?token=it-secret-123`;
      const entry = await vscode.commands.executeCommand<{ url: string; label?: string } | undefined>(
        'deliberate.addFeed',
        { url, label: 'Token feed' }
      );
      assert.ok(entry, 'the feed was added');
      assert.match(entry.url, /^secret:[0-9a-f-]{36}$/);
      const settings = JSON.stringify(config().inspect('feeds'));
      assert.ok(!settings.includes('it-secret-123'), 'the token is not in any settings scope');
      assert.ok(settings.includes(entry.url));
      assert.equal(await services.context.secrets.get(`deliberate.feed.${entry.url.slice('secret:'.length)}`), url);
      assert.ok(seen.length >= 1, 'validated by fetching once');
      await services.feeds.refresh();
      const status = services.feeds.statuses().find((s) => s.key === entry.url);
      assert.ok(status && !status.error, JSON.stringify(services.feeds.statuses()));
      assert.ok(!JSON.stringify(services.feeds.statuses()).includes('it-secret-123'));
      assert.ok(services.feeds.events().some((e) => e.person === 'Tess Token'));
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('remembers ETag per feed: a 304 keeps the last items', async () => {
    const conditional: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      conditional.push(req.headers['if-none-match'] as string | undefined);
      if (req.headers['if-none-match'] === '"feeds-it-v1"') {
        res.writeHead(304, { etag: '"feeds-it-v1"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feeds-it-v1"' });
      res.end(FEED.replace('Tess Token', 'Connie Ditional').replace('it-1', 'it-304'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/conditional.rss`;
      await config().update('feeds', [{ url, label: 'Conditional' }], vscode.ConfigurationTarget.Workspace);
      await services.feeds.refresh();
      await until('the first fetch', () => services.feeds.events().some((e) => e.person === 'Connie Ditional'));
      await services.feeds.refresh();
      assert.equal(conditional[conditional.length - 1], '"feeds-it-v1"', 'the second request was conditional');
      assert.ok(
        services.feeds.events().some((e) => e.person === 'Connie Ditional'),
        'a 304 keeps the items'
      );
      const status = services.feeds.statuses().find((s) => s.key === url);
      assert.equal(status?.error, undefined);
      assert.equal(status?.itemCount, 1);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('refreshes automatically at the interval, never overlapping', async () => {
    let active = 0;
    let maxActive = 0;
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      active++;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active--;
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(FEED);
      }, 300);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await config().update(
        'feeds',
        [{ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.rss`, label: 'Slow' }],
        vscode.ConfigurationTarget.Workspace
      );
      // 0.002 minutes = 120 ms, shorter than each fetch: overlapping runs would show up as concurrency.
      await config().update('refreshIntervalMinutes', 0.002, vscode.ConfigurationTarget.Workspace);
      await until('three automatic refreshes', () => requests >= 3, 15_000);
      assert.equal(maxActive, 1);
    } finally {
      await config().update('refreshIntervalMinutes', 0, vscode.ConfigurationTarget.Workspace);
      server.close();
      server.closeAllConnections();
    }
  });

  it('refresh with a key (Retry on one failed feed) fetches only that feed, never overlapping a run', async () => {
    const hits: Record<string, number> = {};
    const active: Record<string, number> = {};
    let maxSameFeed = 0;
    let failB = true;
    const server = http.createServer((req, res) => {
      const path = req.url ?? '';
      hits[path] = (hits[path] ?? 0) + 1;
      active[path] = (active[path] ?? 0) + 1;
      maxSameFeed = Math.max(maxSameFeed, active[path]);
      setTimeout(() => {
        active[path]--;
        if (path === '/b.rss' && failB) {
          res.writeHead(500, { 'content-type': 'text/html' });
          res.end('<html>down</html>');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(FEED.replace('it-1', `it-key-${path}`));
      }, 100);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const urlA = `${base}/a.rss`;
      const urlB = `${base}/b.rss`;
      await config().update(
        'feeds',
        [
          { url: urlA, label: 'A' },
          { url: urlB, label: 'B' }
        ],
        vscode.ConfigurationTarget.Workspace
      );
      await services.feeds.refresh();
      await until(
        'both feeds fetched',
        () => services.feeds.statuses().filter((st) => st.lastFetch || st.error).length === 2
      );
      await new Promise((r) => setTimeout(r, 300));
      await services.feeds.refresh();
      const statusOf = (url: string) => services.feeds.statuses().find((st) => st.key === url);
      assert.match(statusOf(urlB)?.error ?? '', /500/);
      const lastFetchA = statusOf(urlA)?.lastFetch;
      const before = { a: hits['/a.rss'], b: hits['/b.rss'] };

      failB = false;
      await services.feeds.refresh(undefined, urlB);
      assert.equal(hits['/b.rss'], before.b + 1, 'the failed feed was fetched again');
      assert.equal(hits['/a.rss'], before.a, 'the healthy feed was left alone');
      assert.equal(statusOf(urlB)?.error, undefined, 'the retry cleared the error');
      assert.equal(statusOf(urlA)?.lastFetch, lastFetchA);

      // A retry asked for during a full run joins it; a full run asked for during a retry waits for it.
      const full = services.feeds.refresh();
      assert.equal(services.feeds.refresh(undefined, urlB), full, 'joins the running full refresh');
      await full;
      const retry = services.feeds.refresh(undefined, urlB);
      const after = services.feeds.refresh();
      await Promise.all([retry, after]);
      assert.equal(hits['/a.rss'], before.a + 2);
      assert.equal(hits['/b.rss'], before.b + 4, 'retry, full, retry, then the queued full run');
      assert.equal(maxSameFeed, 1, 'never two fetches of one feed at once');
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('addFeed refuses a feed that does not validate and writes nothing', async () => {
    const before = JSON.stringify(config().inspect('feeds'));
    const entry = await vscode.commands.executeCommand('deliberate.addFeed', {
      url: 'feeds/feeds-it-nope.rss',
      label: 'Nope'
    });
    assert.equal(entry, undefined);
    assert.equal(JSON.stringify(config().inspect('feeds')), before);
  });

  it('importLinkedInExport adds new people to the journal and reports the summary', async () => {
    const csv = path.join(root, 'feeds-it-Connections.csv');
    fs.writeFileSync(
      csv,
      'Notes:\n"Exported."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nImma,Port,https://www.linkedin.com/in/feeds-it-imma-port,,Acme,Engineer,08 Feb 2026\n,,,,,,08 Feb 2026\n'
    );
    const result = await vscode.commands.executeCommand<{ added: number; existing: number; hidden: number }>(
      'deliberate.importLinkedInExport',
      [vscode.Uri.file(csv)]
    );
    assert.ok(result);
    assert.equal(result.hidden, 1);
    assert.equal(result.added + result.existing, 1);
    await until('the imported person in the journal', () =>
      services.journal.findById('https://www.linkedin.com/in/feeds-it-imma-port')
    );
    const again = await vscode.commands.executeCommand<{ added: number; existing: number }>(
      'deliberate.importLinkedInExport',
      [vscode.Uri.file(csv)]
    );
    assert.deepEqual([again?.added, again?.existing], [0, 1], 'never twice');
  });

  it('a bad CSV imports nothing', async () => {
    const csv = path.join(root, 'feeds-it-bank.csv');
    fs.writeFileSync(csv, 'Date,Amount\n2026-01-01,3\n');
    const before = services.journal.people().length;
    const result = await vscode.commands.executeCommand('deliberate.importLinkedInExport', [vscode.Uri.file(csv)]);
    assert.equal(result, undefined);
    assert.equal(services.journal.people().length, before);
  });
});
