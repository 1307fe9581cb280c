/**
 * The settings as the manifest declares them: defaults and the workspace-trust restrictions
 * come from package.json (contributes.configuration and capabilities.untrustedWorkspaces),
 * never from literals copied into the code, so the extension, the CLI and the manifest cannot
 * disagree. Pure data: the bundler inlines the manifest at build time.
 */
import manifest from '../../../package.json';

/** Every `deliberate.*` setting, keyed without the prefix, with the type the code reads it as. */
export interface SettingValues {
  /** Validated entry by entry by selectFeedSettings (core/feeds/settings). */
  feeds: unknown;
  journalPath: string;
  'ollama.host': string;
  'ollama.model': string;
  /** A duration string ("5m") or seconds; normalised by keepAliveValue. */
  'ollama.keepAlive': string | number;
  'ollama.firstTokenTimeoutSeconds': number;
  'ollama.idleTimeoutSeconds': number;
  profile: string;
  refreshIntervalMinutes: number;
  burstThreshold: number;
  burstWindowMinutes: number;
  /** Days until a deferral's follow-up when no date is chosen (an integer, 1–3650). */
  deferDays: number;
  /** The keep-in-touch cadence of accepted people without their own (`3m`, `1m..3m`; empty: none). */
  'cadence.default': string;
  /** A LinkedIn invitation note's limit: 300, or 200 for a free account. */
  'draft.noteLimit': number;
  /** `@deliberate /draft` uses the chat's selected model instead of Ollama. */
  'chat.useChatModel': boolean;
}

export type SettingKey = keyof SettingValues;

export const SETTINGS_SECTION = 'deliberate';

type DeclaredProperty = { type?: string | string[]; default?: unknown; minimum?: number; maximum?: number };
const declared = manifest.contributes.configuration.properties as Record<string, DeclaredProperty>;

/** The keys in declaration order (the manifest is the list; a key missing there is a build-time type error below). */
export const SETTING_KEYS = Object.keys(declared)
  .filter((name) => name.startsWith(`${SETTINGS_SECTION}.`))
  .map((name) => name.slice(SETTINGS_SECTION.length + 1) as SettingKey);

/** The manifest's default for a setting. */
export function settingDefault<K extends SettingKey>(key: K): SettingValues[K] {
  return declared[`${SETTINGS_SECTION}.${key}`]?.default as SettingValues[K];
}

/** Settings that count only at user level in an untrusted workspace (capabilities.untrustedWorkspaces). */
export const RESTRICTED_SETTINGS: ReadonlySet<SettingKey> = new Set(
  manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.map(
    (name) => name.slice(SETTINGS_SECTION.length + 1) as SettingKey
  )
);

/** Read as whatever they hold and validated by their readers (entries; keepAlive also takes seconds). */
const LENIENT: ReadonlySet<SettingKey> = new Set<SettingKey>(['feeds', 'ollama.keepAlive']);

/**
 * A configured value when it has the declared JSON type, else the manifest default: a hand
 * edit that puts a string where a number belongs must not reach the code as a string.
 */
export function coerceSetting<K extends SettingKey>(key: K, value: unknown): SettingValues[K] {
  if (value === undefined || value === null) return settingDefault(key);
  if (LENIENT.has(key)) return value as SettingValues[K];
  const type = declared[`${SETTINGS_SECTION}.${key}`]?.type;
  const types = Array.isArray(type) ? type : type ? [type] : [];
  const actual = Array.isArray(value) ? 'array' : typeof value;
  const isInteger = typeof value === 'number' && Number.isInteger(value);
  const accepted = types.length === 0 || types.includes(actual) || (isInteger && types.includes('integer'));
  const declaredRange = declared[`${SETTINGS_SECTION}.${key}`];
  const inRange =
    typeof value !== 'number' ||
    ((declaredRange?.minimum === undefined || value >= declaredRange.minimum) &&
      (declaredRange?.maximum === undefined || value <= declaredRange.maximum));
  return (accepted && inRange ? value : settingDefault(key)) as SettingValues[K];
}
