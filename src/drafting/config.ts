/**
 * Drafting settings as one typed snapshot, read when a draft starts (never cached across
 * drafts, so a settings change applies to the next one). In an untrusted workspace only the
 * user-level host counts: a cloned repository must not be able to point our prompts, which
 * hold the user's private notes, at a server of its choosing.
 */
import * as vscode from 'vscode';
import { normaliseHost, DEFAULT_OLLAMA_HOST } from '../core/llm/host';
import { keepAliveValue, secondsToMs } from '../node/drafting/run';

export interface DraftingConfig {
  /** Normalised; throws InvalidHostError from readDraftingConfig when the setting is unusable. */
  host: string;
  model: string;
  keepAlive: string | number | undefined;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  profile: string;
}

export const SECTION = 'deliberate';

export function rawHostSetting(): string {
  const config = vscode.workspace.getConfiguration(SECTION);
  if (vscode.workspace.isTrusted) return config.get<string>('ollama.host') ?? DEFAULT_OLLAMA_HOST;
  return config.inspect<string>('ollama.host')?.globalValue ?? DEFAULT_OLLAMA_HOST;
}

export function configuredModel(): string {
  return (vscode.workspace.getConfiguration(SECTION).get<string>('ollama.model') ?? '').trim() || 'llama3.2';
}

export function readDraftingConfig(): DraftingConfig {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    host: normaliseHost(rawHostSetting()),
    model: configuredModel(),
    keepAlive: keepAliveValue(config.get('ollama.keepAlive')),
    firstTokenTimeoutMs: secondsToMs(config.get('ollama.firstTokenTimeoutSeconds'), 300),
    idleTimeoutMs: secondsToMs(config.get('ollama.idleTimeoutSeconds'), 60),
    profile: config.get<string>('profile') ?? ''
  };
}

/** Writes the model where it is currently decided: the workspace if it sets one, else user settings. */
export async function updateModelSetting(model: string): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const target =
    config.inspect<string>('ollama.model')?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
  await config.update('ollama.model', model, target);
}

export function openOllamaSettings(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openSettings', 'deliberate.ollama');
}
