/**
 * Drafting settings as one typed snapshot, read when a draft starts (never cached across
 * drafts, so a settings change applies to the next one). In an untrusted workspace only the
 * user-level host counts: a cloned repository must not be able to point our prompts, which
 * hold the user's private notes, at a server of its choosing.
 */
import { normaliseHost } from '../core/llm/host';
import { settingDefault } from '../core/config/manifest';
import { keepAliveValue, secondsToMs } from '../node/drafting/run';
import { openSettings, setting, settingAt, updateSetting } from '../config/settings';

export interface DraftingConfig {
  /** Normalised; throws InvalidHostError from readDraftingConfig when the setting is unusable. */
  host: string;
  model: string;
  keepAlive: string | number | undefined;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  profile: string;
}

/** The host as configured (trust applied by setting(): user level only when untrusted); not yet normalised. */
export function rawHostSetting(): string {
  return setting('ollama.host');
}

export function configuredModel(): string {
  return setting('ollama.model').trim() || settingDefault('ollama.model');
}

export function readDraftingConfig(): DraftingConfig {
  return {
    host: normaliseHost(rawHostSetting()),
    model: configuredModel(),
    keepAlive: keepAliveValue(setting('ollama.keepAlive')),
    firstTokenTimeoutMs: secondsToMs(
      setting('ollama.firstTokenTimeoutSeconds'),
      settingDefault('ollama.firstTokenTimeoutSeconds')
    ),
    idleTimeoutMs: secondsToMs(setting('ollama.idleTimeoutSeconds'), settingDefault('ollama.idleTimeoutSeconds')),
    profile: setting('profile')
  };
}

/** Writes the model where it is currently decided: the workspace if it sets one, else user settings. */
export async function updateModelSetting(model: string): Promise<void> {
  const level = settingAt('ollama.model', 'workspace') !== undefined ? 'workspace' : 'user';
  await updateSetting('ollama.model', model, level);
}

export function openOllamaSettings(): Thenable<unknown> {
  return openSettings('ollama');
}
