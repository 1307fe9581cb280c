/**
 * "Open sample" from the empty state: copies a bundled, made-up network feed into the
 * workspace (.deliberate/sample.network.rss) and adds it to deliberate.feeds, so the user sees
 * the real pipeline (feed → sidebar → journal) before wiring their own source. Nothing is
 * overwritten: an existing copy or setting entry is reused.
 */
import * as vscode from 'vscode';
import type { FeedSettingEntry as FeedSetting } from '../core/feeds';
import type { Services } from '../services';
import { isUserLevelOnly, settingAt, updateSetting } from '../config/settings';

export const SAMPLE_FEED_PATH = '.deliberate/sample.network.rss';
export const UNTRUSTED_SAMPLE_MESSAGE =
  'Deliberate: this workspace is not trusted, and untrusted workspaces ignore workspace feeds, so the sample feed cannot be added here. Trust the workspace to try it, or open the sample feed file to read it.';
export const OPEN_SAMPLE_FILE = 'Open Sample Feed File';

/** @param trusted defaults to the workspace's trust; tests pass false to exercise the untrusted path. */
export async function openSample(services: Services, trusted = !isUserLevelOnly('feeds')): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const bundled = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'sample', 'sample.network.rss');
  if (!folder) {
    // Without a folder there is nowhere to keep a journal; show the sample so it is not a dead button.
    await vscode.window.showTextDocument(bundled, { preview: true });
    void vscode.window.showInformationMessage(
      'Open a folder to try the sample: Deliberate keeps its journal in the workspace.'
    );
    return;
  }
  if (!trusted) {
    // The sample is a workspace feed, and untrusted workspaces ignore those (they could point
    // anywhere): adding it would do nothing visible. Say so instead of failing silently, and
    // write nothing. Not awaited: the action is done; the offer stays until the user answers.
    services.log.info('sidebar: "Open sample" in an untrusted workspace; workspace feeds are ignored');
    void vscode.window.showInformationMessage(UNTRUSTED_SAMPLE_MESSAGE, OPEN_SAMPLE_FILE).then((choice) => {
      if (choice === OPEN_SAMPLE_FILE) void vscode.window.showTextDocument(bundled, { preview: true });
    });
    return;
  }
  const target = vscode.Uri.joinPath(folder.uri, ...SAMPLE_FEED_PATH.split('/'));
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(bundled));
  }
  // Only the workspace's own entries: the merged value would also hold user-level feeds (maybe
  // token URLs typed by hand), and writing that back would copy them into .vscode/settings.json.
  const own = settingAt('feeds', 'workspaceFolder', folder.uri) ?? settingAt('feeds', 'workspace', folder.uri);
  const feeds = Array.isArray(own) ? (own as FeedSetting[]) : [];
  if (!feeds.some((feed) => feed.url === SAMPLE_FEED_PATH)) {
    await updateSetting('feeds', [...feeds, { url: SAMPLE_FEED_PATH, label: 'Sample' }], 'workspaceFolder', folder.uri);
  }
  services.log.info(`sidebar: sample feed at ${target.fsPath}`);
  await services.feeds.refresh();
}
