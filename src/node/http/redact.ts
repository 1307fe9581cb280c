/**
 * Token hygiene for feed URLs. A URL "holds a secret" when it has userinfo, a query parameter
 * whose name looks like a credential, or a query value or path segment that looks like an
 * opaque token (private feed URLs often use `?t=…` or `/feeds/<token>.atom`); such URLs live
 * in SecretStorage and every log line and message shows them redacted.
 */

const SECRET_PARAM = /(?:token|key|secret|sig|signature|auth|pass|pwd|session|credential|code|access|api)/i;
const OPAQUE = /^[A-Za-z0-9._~+/=-]+$/;

/** Long, mixed letters-and-digits strings: what generated tokens look like, unlike words or dates. */
export function looksLikeToken(value: string, minLength = 16): boolean {
  if (value.length < minLength || !OPAQUE.test(value)) return false;
  return /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

function isSecretParam(name: string, value: string): boolean {
  return SECRET_PARAM.test(name) || looksLikeToken(value);
}

/** Path segments long and random enough to be a capability token (file extension ignored). */
function isSecretSegment(segment: string): boolean {
  return looksLikeToken(segment.replace(/\.[a-z]{2,5}$/i, ''), 24);
}

export function hasSecret(url: string): boolean {
  const parsed = tryUrl(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return true;
  for (const [name, value] of parsed.searchParams) if (isSecretParam(name, value)) return true;
  return parsed.pathname.split('/').some(isSecretSegment);
}

/** The URL with userinfo and credential-like query values replaced by `***`. */
export function redactUrl(url: string): string {
  const parsed = tryUrl(url);
  if (!parsed) return url;
  if (!hasSecret(url)) return url;
  const path = parsed.pathname
    .split('/')
    .map((segment) => (isSecretSegment(segment) ? '***' : segment))
    .join('/');
  let out = `${parsed.protocol}//${parsed.username || parsed.password ? '***@' : ''}${parsed.host}${path}`;
  if (parsed.search) {
    const parts: string[] = [];
    for (const [key, value] of parsed.searchParams) {
      parts.push(`${encodeURIComponent(key)}=${isSecretParam(key, value) ? '***' : encodeURIComponent(value)}`);
    }
    out += `?${parts.join('&')}`;
  }
  return out + parsed.hash;
}

/** The secret values inside a URL (userinfo parts, credential-like query values), for scrubbing text. */
export function secretsOf(url: string): string[] {
  const parsed = tryUrl(url);
  if (!parsed) return [];
  const values = [parsed.username, parsed.password].filter(Boolean).map(safeDecode);
  for (const [key, value] of parsed.searchParams) if (isSecretParam(key, value) && value) values.push(value);
  for (const segment of parsed.pathname.split('/')) {
    if (isSecretSegment(segment)) values.push(segment.replace(/\.[a-z]{2,5}$/i, ''));
  }
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
