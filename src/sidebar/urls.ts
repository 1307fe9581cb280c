/** Link policy for the sidebar, pure so it is unit-tested without VS Code. */

/** Only http(s) URLs with a host ever reach openExternal; everything else is refused. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

export type LinkLookup =
  { ok: true; url: string } | { ok: false; reason: 'unknown-person' | 'no-link' | 'not-http'; url?: string };

/**
 * The link to open for a person the webview named. The URL always comes from the host's own
 * records (the feed event or journal entry, unclipped), never from the webview, and must be
 * http(s): a compromised webview can at most open a link already shown for someone listed.
 */
export function personLinkToOpen(
  byId: ReadonlyMap<string, { readonly event: { readonly link: string | null } }>,
  id: string
): LinkLookup {
  const record = byId.get(id);
  if (!record) return { ok: false, reason: 'unknown-person' };
  const url = record.event.link;
  if (!url) return { ok: false, reason: 'no-link' };
  if (!isSafeExternalUrl(url)) return { ok: false, reason: 'not-http', url };
  return { ok: true, url };
}
