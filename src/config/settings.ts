/**
 * The one place the extension reads `deliberate.*` settings. Modelled on rust-analyzer's
 * editors/code Config: typed keys, defaults from the manifest, workspace trust applied here
 * once (a restricted setting counts only at user level in an untrusted workspace), and a
 * typed change event that says which settings changed. Nothing else calls getConfiguration
 * (an ESLint rule keeps it so).
 *
 * Reads are not cached: VS Code already holds the merged configuration, and reading at the
 * moment of use means a settings change applies to the next refresh, draft or write.
 */
import * as vscode from 'vscode';
import {
  RESTRICTED_SETTINGS,
  SETTINGS_SECTION,
  SETTING_KEYS,
  coerceSetting,
  type SettingKey,
  type SettingValues
} from '../core/config/manifest';

export type { SettingKey, SettingValues } from '../core/config/manifest';

/** Which settings a configuration change (or a grant of workspace trust) affected. */
export interface SettingsChange {
  readonly keys: ReadonlySet<SettingKey>;
  affects(...keys: SettingKey[]): boolean;
}

function section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, scope ?? vscode.workspace.workspaceFolders?.[0]?.uri);
}

/** Whether only the user-level value of this setting counts right now. */
export function isUserLevelOnly(key: SettingKey): boolean {
  return RESTRICTED_SETTINGS.has(key) && !vscode.workspace.isTrusted;
}

/**
 * The value that counts for `key` (scope: a resource, by default the first workspace folder).
 * Restricted settings in an untrusted workspace: the user-level value, else the manifest default.
 */
export function setting<K extends SettingKey>(key: K, scope?: vscode.Uri): SettingValues[K] {
  const config = section(scope);
  const raw = isUserLevelOnly(key) ? config.inspect(key)?.globalValue : config.get(key);
  return coerceSetting(key, raw);
}

export type SettingLevel = 'user' | 'workspace' | 'workspaceFolder';

/** The value set at one level only (undefined when that level does not set it); for writes that must not copy other levels. */
export function settingAt<K extends SettingKey>(key: K, level: SettingLevel, scope?: vscode.Uri): unknown {
  const inspected = section(scope).inspect(key);
  if (level === 'user') return inspected?.globalValue;
  if (level === 'workspace') return inspected?.workspaceValue;
  return inspected?.workspaceFolderValue;
}

const TARGETS: Record<SettingLevel, vscode.ConfigurationTarget> = {
  user: vscode.ConfigurationTarget.Global,
  workspace: vscode.ConfigurationTarget.Workspace,
  workspaceFolder: vscode.ConfigurationTarget.WorkspaceFolder
};

/** Writes a setting at one level. Rejects with VS Code's message when the write fails. */
export async function updateSetting<K extends SettingKey>(
  key: K,
  value: SettingValues[K] | undefined,
  level: SettingLevel,
  scope?: vscode.Uri
): Promise<void> {
  await section(scope).update(key, value, TARGETS[level]);
}

/**
 * Fires with the settings that changed. A grant of workspace trust changes what the restricted
 * settings resolve to, so it fires for those too.
 */
export function onDidChangeSettings(listener: (change: SettingsChange) => void): vscode.Disposable {
  const emit = (keys: SettingKey[]) => {
    if (keys.length === 0) return;
    const set = new Set(keys);
    listener({ keys: set, affects: (...wanted) => wanted.some((key) => set.has(key)) });
  };
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((event) =>
      emit(SETTING_KEYS.filter((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`)))
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(() => emit([...RESTRICTED_SETTINGS]))
  );
}

/** Opens the Settings editor filtered to a group of our settings. */
export function openSettings(query: string): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openSettings', `${SETTINGS_SECTION}.${query}`);
}
