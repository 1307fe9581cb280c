/** Keys for people in the export: THE identity function on profile URLs, else the name key. */
import { canonicalId } from '../journal/identity';
import { cleanValue } from '../journal/sanitize';
import { normaliseProfileUrl } from '../linkedin/profileUrl';
import { nameKey } from './journal';

/** Returns the person's key (remembering a display name for it), or '' when there is nothing to go by. */
export type KeyOf = (url: string, name: string, names: Map<string, string>) => string;

/** A KeyOf with a per-import cache: exports repeat the same few thousand URLs many times. */
export function makeKeyOf(): KeyOf {
  const cache = new Map<string, string>();
  return (url, name, names) => {
    let key = '';
    const u = url.trim();
    if (u) {
      const cached = cache.get(u);
      if (cached !== undefined) key = cached;
      else {
        // Endorsement files write public URLs without a scheme.
        const withScheme = /^https?:\/\//i.test(u) ? u : `https://${u}`;
        key = canonicalId(normaliseProfileUrl(withScheme) ?? withScheme);
        if (cache.size < 1_000_000) cache.set(u, key);
      }
    }
    const cleanName = name ? cleanValue(name) : '';
    if (!key && cleanName) key = nameKey(cleanName);
    if (key && cleanName && !names.has(key)) names.set(key, cleanName);
    return key;
  };
}
