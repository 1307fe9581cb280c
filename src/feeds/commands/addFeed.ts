/**
 * `deliberate.addFeed`: asks for a URL or a file (with a file picker) and a label, validates by
 * fetching once, then appends the settings entry. A URL holding a token (userinfo or a
 * token-like query parameter) goes to SecretStorage and the setting gets `secret:<uuid>`;
 * if SecretStorage fails the feed is not added — there is no plain-settings fallback.
 * Integration tests (and other commands) may pass `{ url, label, pattern }` to skip the prompts.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isUserLevelOnly, settingAt, updateSetting } from '../../config/settings';
import { compilePattern } from '../../core/feeds';
import { isHttpUrl, loadFeed } from '../../node/feeds';
import { hasSecret, redactText, redactUrl } from '../../node/http';
import { SECRET_PREFIX, secretStorageKey, workspaceBaseDir, type FeedSetting } from '../../feeds/config';
import type { Services } from '../../services';

export interface AddFeedArgs {
  url: string;
  label?: string;
  pattern?: string;
}

export async function addFeedCommand(services: Services, args?: AddFeedArgs): Promise<FeedSetting | undefined> {
  const input = args ?? (await promptForFeed());
  if (!input) return undefined;
  const url = input.url.trim();
  const shown = isHttpUrl(url) ? redactUrl(url) : url;

  let summary: string;
  let noMatches = false;
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Deliberate: checking ${shown}…`, cancellable: true },
      async (_progress, token) => {
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => abort.abort());
        try {
          return await loadFeed(
            { url, label: input.label, pattern: input.pattern },
            { baseDir: workspaceBaseDir(), signal: abort.signal }
          );
        } finally {
          subscription.dispose();
        }
      }
    );
    summary = result.notModified
      ? 'reachable'
      : `${result.parsed.events.length} connection events in ${result.parsed.items ?? 0} items`;
    noMatches = !result.notModified && result.parsed.events.length === 0 && (result.parsed.items ?? 0) > 0;
  } catch (error) {
    const message = redactText((error as Error).message, url);
    services.log.warn(`addFeed: ${message}`);
    void vscode.window.showErrorMessage(`Deliberate: the feed was not added: ${message}`);
    return undefined;
  }

  let stored = url;
  if (isHttpUrl(url) && hasSecret(url)) {
    const uuid = randomUUID();
    try {
      await services.context.secrets.store(secretStorageKey(uuid), url);
    } catch (error) {
      const message = `Deliberate: could not keep the feed's token in SecretStorage (${redactText((error as Error).message, url)}). The feed was not added; its token is never written to settings.`;
      services.log.error(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
    stored = `${SECRET_PREFIX}${uuid}`;
  }

  const entry: FeedSetting = { url: stored };
  if (input.label?.trim()) entry.label = input.label.trim();
  if (input.pattern) entry.pattern = input.pattern;
  const folder = vscode.workspace.workspaceFolders?.[0];
  // Untrusted workspaces ignore workspace-level feeds, so the entry must go to user settings.
  const level = folder && !isUserLevelOnly('feeds') ? 'workspace' : 'user';
  const own = settingAt('feeds', level);
  const current = Array.isArray(own) ? (own as FeedSetting[]) : [];
  try {
    await updateSetting('feeds', [...current.filter((f) => f.url !== stored), entry], level);
  } catch (error) {
    void vscode.window.showErrorMessage(`Deliberate: could not write deliberate.feeds: ${(error as Error).message}`);
    return undefined;
  }
  services.log.info(
    `addFeed: added ${entry.label ?? shown} (${summary})${stored !== url ? '; its URL is kept in SecretStorage' : ''}`
  );
  if (noMatches) {
    void vscode.window.showWarningMessage(
      `Deliberate: added feed ${entry.label ?? shown}, but none of its items look like new connections. Edit its "pattern" in settings (named groups person and via).`
    );
  } else {
    void vscode.window.showInformationMessage(`Deliberate: added feed ${entry.label ?? shown} — ${summary}.`);
  }
  void services.feeds.refresh();
  return entry;
}

async function promptForFeed(): Promise<AddFeedArgs | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      {
        label: '$(globe) Enter a feed URL…',
        id: 'url',
        detail: 'RSS or Atom over http(s). A URL with a token is kept in SecretStorage.'
      },
      {
        label: '$(file) Choose a feed file…',
        id: 'file',
        detail: 'An .rss, .atom or .xml file; inside the workspace it is stored as a relative path.'
      }
    ],
    { title: 'Deliberate: Add Feed', placeHolder: 'Where does the feed come from?' }
  );
  if (!choice) return undefined;
  let url: string | undefined;
  if (choice.id === 'url') {
    url = await vscode.window.showInputBox({
      title: 'Deliberate: Add Feed (1/3)',
      prompt: 'Feed URL (http or https) or a file path',
      placeHolder: 'https://example.com/network.atom',
      ignoreFocusOut: true,
      validateInput: (value) =>
        !value.trim()
          ? 'Enter a URL or a file path'
          : /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) && !isHttpUrl(value)
            ? 'Only http(s) URLs or file paths'
            : undefined
    });
  } else {
    const files = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: 'Use this feed',
      filters: { Feeds: ['rss', 'atom', 'xml', 'rdf'], 'All files': ['*'] }
    });
    const file = files?.[0]?.fsPath;
    const base = workspaceBaseDir();
    if (file) {
      url =
        base && !path.relative(base, file).startsWith('..') && !path.isAbsolute(path.relative(base, file))
          ? path.relative(base, file).split(path.sep).join('/')
          : file;
    }
  }
  if (!url) return undefined;
  const defaultLabel = isHttpUrl(url) ? safeHost(url) : path.basename(url).replace(/\.[^.]+$/, '');
  const label = await vscode.window.showInputBox({
    title: 'Deliberate: Add Feed (2/3)',
    prompt: 'Label shown as the source of each person',
    value: defaultLabel,
    ignoreFocusOut: true
  });
  if (label === undefined) return undefined;
  const pattern = await vscode.window.showInputBox({
    title: 'Deliberate: Add Feed (3/3)',
    ignoreFocusOut: true,
    prompt: 'Optional pattern with (?<person>…) and (?<via>…) groups. Leave empty for "X is now connected to Y".',
    placeHolder: '^(?<via>\\S+) started following (?<person>\\S+)$',
    validateInput: (value) => {
      if (!value.trim()) return undefined;
      try {
        compilePattern(value);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    }
  });
  if (pattern === undefined) return undefined;
  return { url, label, pattern: pattern.trim() || undefined };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'feed';
  }
}
