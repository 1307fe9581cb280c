/**
 * Token hygiene for feed URLs. A URL "holds a secret" when it has userinfo or a query
 * parameter whose name looks like a credential; such URLs live in SecretStorage and every
 * log line and message shows them redacted.
 */

const SECRET_PARAM = /(?:token|key|secret|sig|signature|auth|pass|pwd|session|credential|code|access|api)/i;

export function hasSecret(url: string): boolean {
  const parsed = tryUrl(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return true;
  for (const name of parsed.searchParams.keys()) if (SECRET_PARAM.test(name)) return true;
  return false;
}

/** The URL with userinfo and credential-like query values replaced by `***`. */
export function redactUrl(url: string): string {
  const parsed = tryUrl(url);
  if (!parsed) return url;
  if (!parsed.username && !parsed.password && ![...parsed.searchParams.keys()].some((k) => SECRET_PARAM.test(k))) return url;
  let out = `${parsed.protocol}//${parsed.username || parsed.password ? '***@' : ''}${parsed.host}${parsed.pathname}`;
  if (parsed.search) {
    const parts: string[] = [];
    for (const [key, value] of parsed.searchParams) parts.push(`${encodeURIComponent(key)}=${SECRET_PARAM.test(key) ? '***' : encodeURIComponent(value)}`);
    out += `?${parts.join('&')}`;
  }
  return out + parsed.hash;
}

/** The secret values inside a URL (userinfo parts, credential-like query values), for scrubbing text. */
export function secretsOf(url: string): string[] {
  const parsed = tryUrl(url);
  if (!parsed) return [];
  const values = [parsed.username, parsed.password].filter(Boolean).map(safeDecode);
  for (const [key, value] of parsed.searchParams) if (SECRET_PARAM.test(key) && value) values.push(value);
  // Also the raw (encoded) spellings, since error messages may quote the URL as given.
  const raw = values.flatMap((v) => [v, encodeURIComponent(v)]);
  return [...new Set(raw.filter((v) => v.length >= 3))].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of the URL's secrets (and the URL itself) in free text. */
export function redactText(text: string, url: string): string {
  let out = text.split(url).join(redactUrl(url));
  for (const secret of secretsOf(url)) out = out.split(secret).join('***');
  return out;
}

function tryUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
