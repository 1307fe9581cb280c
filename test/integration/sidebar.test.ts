/**
 * The sidebar in the real extension host: the Connections view resolves when focused, the
 * webview completes the ready handshake and receives the people from the fixture feed, and a
 * decision reaches the webview as an incremental patch rather than a full re-send.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';
import { testServices } from '../support/extensionApi';
import { handleWebviewMessage } from '../../src/sidebar/actions';
import type { SidebarPeopleDirectory } from '../../src/sidebar/people';
import { openSample, SAMPLE_FEED_PATH } from '../../src/sidebar/sample';
import { pollUntil } from './support/poll';

interface Diagnostics {
  resolved: number;
  ready: boolean;
  initsPosted: number;
  patchesPosted: number;
  rejected: number;
  lastPeopleCount: number;
  badge?: number;
}
type SidebarPeople = Services['people'] & { viewDiagnostics(): Diagnostics | undefined };

const waitFor = <T>(what: string, probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> =>
  pollUntil(what, probe, timeoutMs, 100);

describe('sidebar (extension host)', function () {
  this.timeout(90_000);
  let services: Services;
  let people: SidebarPeople;

  before(async () => {
    services = await testServices();
    assert.ok(services, 'activate() returned the services');
    people = services.people as SidebarPeople;
  });

  it('registers the focus command and resolves the view with a ready handshake', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('deliberate.focusSidebar'));
    await vscode.commands.executeCommand('deliberate.focusSidebar');
    const diagnostics = await waitFor('the webview to say ready', () => {
      const d = people.viewDiagnostics();
      return d && d.resolved > 0 && d.ready && d.initsPosted > 0 ? d : undefined;
    });
    assert.equal(diagnostics.rejected, 0, 'the webview sent nothing invalid');
    assert.equal(people.isSidebarVisible(), true);
  });

  it('lists the fixture feed people and posts them to the webview', async () => {
    await services.feeds.refresh();
    const priya = await waitFor('Priya Raman from feeds/network.rss', () =>
      people.all().find((p) => p.person === 'Priya Raman')
    );
    assert.equal(priya.via, 'Jeff Wolfe');
    // Journal entries are people too.
    assert.ok(
      people.all().some((p) => p.person === 'Todd Schnick'),
      'journal entry listed'
    );
    await waitFor(
      'the webview to receive everyone',
      () => (people.viewDiagnostics()?.lastPeopleCount ?? 0) >= people.all().length
    );
  });

  it('shows the inbox count as the view badge: new people plus due deferrals', async () => {
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const expected = () =>
      services.feeds.events().filter((e) => !services.journal.findById(e.id)).length +
      services.journal
        .people()
        .filter(
          (p) =>
            !p.status ||
            p.status === 'new' ||
            (p.status === 'deferred' && p.followUp !== undefined && p.followUp <= day)
        ).length;
    await waitFor('the badge to match the inbox', () => people.viewDiagnostics()?.badge === expected());
    assert.ok(expected() > 0);
  });

  it('selects a person for palette commands', async () => {
    const mei = await waitFor('Mei Chen', () => people.all().find((p) => p.person === 'Mei Chen'));
    people.select(mei.id);
    assert.equal(people.selected()?.id, mei.id);
    assert.equal((await people.pick('Pick someone'))?.id, mei.id, 'pick() returns the selection without asking');
  });

  it('sends a decision to the webview as a patch, not a full list', async () => {
    const samuel = await waitFor('Samuel Okafor', () => people.all().find((p) => p.person === 'Samuel Okafor'));
    const before = people.viewDiagnostics()!;
    const inits = before.initsPosted;
    const patches = before.patchesPosted;
    await services.journal.recordDecision(samuel, 'declined');
    await waitFor('a patch after the decision', () => (people.viewDiagnostics()?.patchesPosted ?? 0) > patches);
    assert.equal(people.viewDiagnostics()!.initsPosted, inits, 'no full re-send');
    const merged = await waitFor('Samuel as declined in the directory', () => {
      const entry = services.journal.findById(samuel.id);
      return entry?.status === 'declined' ? entry : undefined;
    });
    assert.equal(merged.name, 'Samuel Okafor');
  });

  it('"Open sample" copies the bundled feed into the workspace and lists its people', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const config = vscode.workspace.getConfiguration('deliberate', folder.uri);
    const inspected = config.inspect('feeds');
    // In a single-folder workspace both targets are .vscode/settings.json; restore whichever held the fixture's feeds.
    const original = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
    const target = vscode.Uri.joinPath(folder.uri, ...SAMPLE_FEED_PATH.split('/'));
    try {
      await openSample(services);
      assert.ok((await vscode.workspace.fs.stat(target)).size > 0, 'sample feed written');
      const feeds = vscode.workspace.getConfiguration('deliberate', folder.uri).get<{ url: string }[]>('feeds', []);
      assert.ok(
        feeds.some((f) => f.url === SAMPLE_FEED_PATH),
        'sample feed configured'
      );
      assert.ok(
        feeds.some((f) => f.url === 'feeds/network.rss'),
        'existing feeds kept'
      );
      await waitFor('a sample person', () =>
        people.all().find((p) => p.person === 'Grace Kim' && p.source === 'Sample')
      );
      await openSample(services);
      const again = vscode.workspace.getConfiguration('deliberate', folder.uri).get<{ url: string }[]>('feeds', []);
      assert.equal(again.filter((f) => f.url === SAMPLE_FEED_PATH).length, 1, 'not added twice');
    } finally {
      await vscode.workspace
        .getConfiguration('deliberate', folder.uri)
        .update('feeds', original, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      await services.feeds.refresh();
    }
  });

  it('"Open sample" writes only the workspace\'s own feeds back, never user-level ones', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const inspected = vscode.workspace.getConfiguration('deliberate', folder.uri).inspect('feeds');
    const original = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
    const target = vscode.Uri.joinPath(folder.uri, ...SAMPLE_FEED_PATH.split('/'));
    const userFeed = { url: 'https://user.invalid/feed?token=s3cret-user-token', label: 'Typed by hand' };
    try {
      await vscode.workspace
        .getConfiguration('deliberate')
        .update('feeds', [userFeed], vscode.ConfigurationTarget.Global);
      // No workspace feeds yet: the merged value is then the user's own list, which used to be copied.
      await vscode.workspace
        .getConfiguration('deliberate', folder.uri)
        .update('feeds', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      assert.deepEqual(
        vscode.workspace.getConfiguration('deliberate', folder.uri).get('feeds'),
        [userFeed],
        'setup: only the user-level feed is configured'
      );
      await openSample(services);
      const after = vscode.workspace.getConfiguration('deliberate', folder.uri).inspect<{ url: string }[]>('feeds');
      const written = after?.workspaceFolderValue ?? after?.workspaceValue ?? [];
      assert.deepEqual(
        written,
        [{ url: SAMPLE_FEED_PATH, label: 'Sample' }],
        'only the sample was added to the workspace'
      );
      const settings = new TextDecoder().decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'))
      );
      assert.doesNotMatch(settings, /s3cret-user-token/);
    } finally {
      await vscode.workspace
        .getConfiguration('deliberate')
        .update('feeds', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace
        .getConfiguration('deliberate', folder.uri)
        .update('feeds', original, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      await services.feeds.refresh();
    }
  });

  it('"Open sample" in an untrusted workspace writes nothing (workspace feeds are ignored there)', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const target = vscode.Uri.joinPath(folder.uri, ...SAMPLE_FEED_PATH.split('/'));
    const before = JSON.stringify(vscode.workspace.getConfiguration('deliberate', folder.uri).inspect('feeds'));
    await openSample(services, false);
    assert.equal(
      JSON.stringify(vscode.workspace.getConfiguration('deliberate', folder.uri).inspect('feeds')),
      before,
      'settings unchanged'
    );
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'no sample file copied');
  });

  it('Retry on a feed error refreshes only that feed', async () => {
    const calls: { token: unknown; key: unknown }[] = [];
    const feeds = {
      ...services.feeds,
      refresh: (token?: unknown, key?: unknown) => {
        calls.push({ token, key });
        return Promise.resolve();
      }
    } as Services['feeds'];
    const provider = { post: () => undefined, postDetail: () => undefined };
    await handleWebviewMessage(
      { type: 'retryFeed', key: 'feeds/network.rss' },
      {
        services: { ...services, feeds, log: services.log },
        people: people as unknown as SidebarPeopleDirectory,
        provider
      }
    );
    assert.deepEqual(calls, [{ token: undefined, key: 'feeds/network.rss' }]);
  });
});
