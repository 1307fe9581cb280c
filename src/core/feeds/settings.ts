/**
 * Which `deliberate.feeds` entries count. In an untrusted workspace only the user-level value
 * does: a cloned repository's settings must never make us fetch a URL or read a file.
 * Pure so that the trust rule is unit-tested without VS Code.
 */

export interface FeedSettingEntry {
  url: string;
  label?: string;
  pattern?: string;
}

export interface InspectedSetting {
  globalValue?: unknown;
}

export function selectFeedSettings(
  effective: unknown,
  inspected: InspectedSetting | undefined,
  trusted: boolean
): FeedSettingEntry[] {
  const raw = trusted ? effective : inspected?.globalValue;
  if (!Array.isArray(raw)) return [];
  const feeds: FeedSettingEntry[] = [];
  const seen = new Set<string>();
  for (const entry of raw) {
    if (!entry || typeof entry !== 'object') continue;
    const { url, label, pattern } = entry as Record<string, unknown>;
    if (typeof url !== 'string' || !url.trim() || seen.has(url.trim())) continue;
    seen.add(url.trim());
    feeds.push({
      url: url.trim(),
      label: typeof label === 'string' && label.trim() ? label.trim() : undefined,
      pattern: typeof pattern === 'string' && pattern ? pattern : undefined
    });
  }
  return feeds;
}
