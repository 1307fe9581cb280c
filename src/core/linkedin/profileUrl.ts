/**
 * Profile URL → the stable id of a LinkedIn person: https, no query, no fragment, no trailing
 * slash. The WHATWG URL parser is the reference; a 30,000-row import avoids it for the shapes
 * where string operations provably give the same result.
 */
/** https, no query, no fragment, no trailing slash; null when not a usable http(s) URL. */
export function normaliseProfileUrl(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  // The URL parser dominates a 30k-row import; the usual shape is already normal (one native
  // regex test), other simple shapes are normalised with string ops.
  if (ALREADY_NORMAL_PROFILE_URL.test(trimmed)) return trimmed;
  const normal = quickProfileUrl(trimmed) ?? carefulProfileUrl(trimmed);
  return normal === null ? null : foldLinkedInHost(normal);
}

/**
 * `linkedin.com`, `m.linkedin.com` and country hosts (`uk.linkedin.com`) show the same profile
 * as `www.linkedin.com`; one spelling keeps one person from becoming two journal entries.
 */
export function foldLinkedInHost(normal: string): string {
  const match = /^https:\/\/(?:[a-z]{2,3}\.|m\.)?linkedin\.com(?=\/|$)/.exec(normal);
  return match && !normal.startsWith(LINKEDIN_HTTPS)
    ? `https://www.linkedin.com${normal.slice(match[0].length)}`
    : normal;
}

/**
 * `https://www.linkedin.com/…` whose path the URL parser keeps byte for byte: non-empty segments
 * (so no trailing slash) that do not start with a dot (so no dot segments), no `%`, no query or
 * fragment. carefulProfileUrl returns such a URL unchanged.
 */
const ALREADY_NORMAL_PROFILE_URL =
  /^https:\/\/www\.linkedin\.com(?:\/[A-Za-z0-9_~!$&'()*+,;=:@-][A-Za-z0-9._~!$&'()*+,;=:@-]*)+$/;

/** The reference rule, through the WHATWG URL parser. */
export function carefulProfileUrl(trimmed: string): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const pathname = url.pathname.replace(/\/+$/, '');
  return `https://${url.host.toLowerCase()}${pathname}`;
}

/**
 * carefulProfileUrl's result for the shapes where the URL parser provably changes nothing but
 * case, the query and the fragment; undefined for anything else. Refused here (so parsed
 * carefully): ports, userinfo, IP-like or punycode (`xn--`) hosts, empty host labels, dot
 * segments (`/.`, `%2e`), backslashes, whitespace, non-ASCII and characters the parser escapes.
 */
export function quickProfileUrl(trimmed: string): string | undefined {
  // The usual host, already lower case: only the path needs checking.
  if (trimmed.startsWith(LINKEDIN_HTTPS)) {
    return quickPath(trimmed, LINKEDIN_HTTPS.length - 1, LINKEDIN_HTTPS.length - 1, false, 8);
  }
  let hostStart: number;
  if (trimmed.startsWith('https://')) hostStart = 8;
  else if (trimmed.startsWith('http://')) hostStart = 7;
  else return undefined;
  const length = trimmed.length;
  let i = hostStart;
  let labelStart = i;
  let upper = false;
  // Host: dot-separated labels of ASCII letters, digits and hyphens; the last starts with a letter.
  for (; i < length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 46) {
      if (i === labelStart) return undefined;
      labelStart = i + 1;
    } else if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) break;
  }
  if (i === labelStart || !isAsciiLetter(trimmed.charCodeAt(labelStart))) return undefined;
  const host = trimmed.slice(hostStart, i);
  if (host.includes('xn--') || (upper && host.toLowerCase().includes('xn--'))) return undefined;
  return quickPath(trimmed, i, i, upper, hostStart);
}

const LINKEDIN_HTTPS = 'https://www.linkedin.com/';

/**
 * quickProfileUrl from the host's end: the path up to the query or fragment, only characters the
 * URL parser keeps as they are, trailing slashes dropped. Returns the input itself when nothing
 * changes (the usual case), so no string is built.
 */
function quickPath(
  url: string,
  hostEnd: number,
  from: number,
  upperHost: boolean,
  hostStart: number
): string | undefined {
  const length = url.length;
  let i = from;
  for (; i < length; i++) {
    const c = url.charCodeAt(i);
    if (c === 63 || c === 35) break;
    if (!isKeptPathCode(c)) return undefined;
    if (c === 46 && url.charCodeAt(i - 1) === 47) return undefined;
    if (c === 37 && url.charCodeAt(i + 1) === 50 && (url.charCodeAt(i + 2) | 32) === 101) return undefined;
  }
  if (i > hostEnd && url.charCodeAt(hostEnd) !== 47) return undefined;
  let pathEnd = i;
  while (pathEnd > hostEnd && url.charCodeAt(pathEnd - 1) === 47) pathEnd--;
  if (!upperHost && hostStart === 8) return pathEnd === length ? url : url.slice(0, pathEnd);
  const host = url.slice(hostStart, hostEnd);
  return `https://${upperHost ? host.toLowerCase() : host}${url.slice(hostEnd, pathEnd)}`;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Unreserved, sub-delims, ':', '@', '/' and '%': what a URL path keeps unescaped. */
function isKeptPathCode(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 64 && c <= 90) || (c >= 38 && c <= 59)) return true; // a-z, @A-Z, &'()*+,-./0-9:;
  return c === 33 || c === 36 || c === 37 || c === 61 || c === 95 || c === 126; // ! $ % = _ ~
}
