/**
 * Which feeds to watch. In an untrusted workspace only the user-level `deliberate.feeds`
 * counts (inspect().globalValue): a cloned repository must not make us fetch arbitrary URLs.
 * Token URLs are stored in SecretStorage and the setting holds `secret:<uuid>`.
 */
import * as vscode from 'vscode';
import { setting } from '../config/settings';
import { hasSecret, redactUrl } from '../node/http';
import { selectFeedSettings, type FeedSettingEntry } from '../core/feeds';

export type FeedSetting = FeedSettingEntry;

export const SECRET_PREFIX = 'secret:';
export const secretStorageKey = (uuid: string) => `deliberate.feed.${uuid}`;

/** The configured entries that count (user-level only when the workspace is untrusted). */
export function configuredFeeds(): FeedSetting[] {
  // setting() already resolves a restricted setting to its user-level value when untrusted.
  return selectFeedSettings(setting('feeds'), undefined, true);
}

/**
 * The key a feed is known by in statuses and caches (and what Retry names): never the token
 * itself. A `secret:<uuid>` reference is not a secret and is kept as is, so two token feeds
 * keep distinct keys (redacted, both would read "secret://***" and Retry could hit the wrong one).
 */
export function feedKey(setting: FeedSetting): string {
  if (setting.url.startsWith(SECRET_PREFIX)) return setting.url;
  return hasSecret(setting.url) ? redactUrl(setting.url) : setting.url;
}

/** Folder that relative feed file paths resolve against. */
export function workspaceBaseDir(): string | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** The real URL for a setting: a `secret:` reference is looked up in SecretStorage. */
export async function resolveFeedUrl(setting: FeedSetting, secrets: vscode.SecretStorage): Promise<string> {
  if (!setting.url.startsWith(SECRET_PREFIX)) return setting.url;
  const uuid = setting.url.slice(SECRET_PREFIX.length);
  let value: string | undefined;
  try {
    value = await secrets.get(secretStorageKey(uuid));
  } catch (error) {
    throw new Error(
      `cannot read the feed's token from SecretStorage (${(error as Error).message}); nothing was fetched`
    );
  }
  if (!value) {
    throw new Error('its token URL is not in SecretStorage on this machine; run "Deliberate: Add Feed…" again');
  }
  return value;
}
