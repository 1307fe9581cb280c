/**
 * Relative references in feeds (links, xml:base) resolved per RFC 3986 with the WHATWG URL
 * parser, which browsers and Node both have. Without an absolute base a relative reference
 * cannot be resolved and stays unresolved (the caller then treats it as no link).
 */
export function resolveFeedUrl(reference: string | undefined, base: string | undefined): string | undefined {
  const trimmed = reference?.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}
