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
