/**
 * "Open sample" from the empty state: copies a bundled, made-up network feed into the
 * workspace (.deliberate/sample.network.rss) and adds it to deliberate.feeds, so the user sees
 * the real pipeline (feed → sidebar → journal) before wiring their own source. Nothing is
 * overwritten: an existing copy or setting entry is reused.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';

export const SAMPLE_FEED_PATH = '.deliberate/sample.network.rss';

export async function openSample(services: Services): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const bundled = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'sample', 'sample.network.rss');
  if (!folder) {
    // Without a folder there is nowhere to keep a journal; show the sample so it is not a dead button.
    await vscode.window.showTextDocument(bundled, { preview: true });
    void vscode.window.showInformationMessage('Open a folder to try the sample: Deliberate keeps its journal in the workspace.');
    return;
  }
  const target = vscode.Uri.joinPath(folder.uri, ...SAMPLE_FEED_PATH.split('/'));
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(bundled));
  }
  const config = vscode.workspace.getConfiguration('deliberate', folder.uri);
  const feeds = config.get<{ url: string; label?: string; pattern?: string }[]>('feeds', []);
  if (!feeds.some((feed) => feed.url === SAMPLE_FEED_PATH)) {
    await config.update('feeds', [...feeds, { url: SAMPLE_FEED_PATH, label: 'Sample' }], vscode.ConfigurationTarget.WorkspaceFolder);
  }
  services.log.info(`sidebar: sample feed at ${target.fsPath}`);
  await services.feeds.refresh();
}
