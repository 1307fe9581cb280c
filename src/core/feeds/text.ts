/**
 * Turning untrusted feed markup into plain text: XML entity decoding, HTML tag stripping,
 * a small HTML named-entity table, and length caps. Only the five XML entities and numeric
 * references are ever decoded from XML; DTD-declared entities are never expanded (billion
 * laughs and XXE stay literal text), and HTML names are decoded only as a final text step.
 */
import { BYTE_ORDER_MARK, CONTROL_CHARS, ZERO_WIDTH_AND_BIDI, charClass } from '../text/controls';
import { truncate } from '../text/truncate';

const XML_ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function fromCodePoint(code: number): string {
  // Invalid, NUL and surrogate code points become U+FFFD rather than throwing.
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** Decodes the XML predefined entities and character references; anything else stays literal. */
export function decodeXmlEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(XML_ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? XML_NAMED[name] : fromCodePoint(dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16))
  );
}

/** The HTML names that actually show up in feed titles; unknown names stay literal. */
const HTML_NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  times: '×',
  divide: '÷',
  iexcl: '¡',
  iquest: '¿',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  yacute: 'ý',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Yacute: 'Ý',
  agrave: 'à',
  egrave: 'è',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  Agrave: 'À',
  Egrave: 'È',
  Igrave: 'Ì',
  Ograve: 'Ò',
  Ugrave: 'Ù',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  Acirc: 'Â',
  Ecirc: 'Ê',
  Icirc: 'Î',
  Ocirc: 'Ô',
  Ucirc: 'Û',
  auml: 'ä',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  uuml: 'ü',
  yuml: 'ÿ',
  Auml: 'Ä',
  Euml: 'Ë',
  Iuml: 'Ï',
  Ouml: 'Ö',
  Uuml: 'Ü',
  atilde: 'ã',
  ntilde: 'ñ',
  otilde: 'õ',
  Atilde: 'Ã',
  Ntilde: 'Ñ',
  Otilde: 'Õ',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  ccedil: 'ç',
  Ccedil: 'Ç',
  szlig: 'ß',
  eth: 'ð',
  thorn: 'þ'
};
const HTML_ENTITY = /&(?:([a-zA-Z][a-zA-Z0-9]{1,31})|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;

export function decodeHtmlEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(
    HTML_ENTITY,
    (match, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return Object.prototype.hasOwnProperty.call(HTML_NAMED, name) ? HTML_NAMED[name] : match;
      return fromCodePoint(dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16));
    }
  );
}

// Controls (except tab/newline), bidi overrides and zero-width joiners are stripped: they can
// disguise a name in the sidebar or the journal.
const UNSAFE_CHARS = new RegExp(charClass(CONTROL_CHARS, ZERO_WIDTH_AND_BIDI, BYTE_ORDER_MARK), 'g');
const BLOCK_TAG = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|blockquote)(?![\w.:-])/i;
const RAW_TEXT_START = /^<(script|style)(?![\w.:-])/i;

/** HTML (already XML-decoded) → one line of plain text, at most `max` characters. */
export function htmlToText(html: string, max: number): string {
  const text = html.length > max * 64 ? html.slice(0, max * 64) : html;
  return plainToText(decodeHtmlEntities(text.indexOf('<') === -1 ? text : stripTags(text)), max);
}

/** Literal text (an Atom type="text" title) → one clean line, at most `max` characters. */
export function plainToText(text: string, max: number): string {
  const cut = text.length > max * 64 ? text.slice(0, max * 64) : text;
  return capText(cut.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim(), max);
}

/**
 * Drops HTML markup in one forward pass (no backtracking whatever the input): comments (an
 * unclosed one runs to the end, as in HTML), tags starting with a letter, `/letter` or `!`
 * (so "a < b" survives), and the contents of <script> and <style>. Block tags become a space.
 */
export function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) return out;
      i = end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const isTag = isLetter(next) || next === 33 /* ! */ || (next === 47 /* / */ && isLetter(html.charCodeAt(lt + 2)));
    let j = lt + 1;
    while (isTag && j < html.length && html[j] !== '>' && html[j] !== '<') j++;
    if (!isTag || html[j] !== '>') {
      out += html.slice(lt, j); // not a tag: literal text up to the next "<"
      i = j;
      continue;
    }
    const tag = html.slice(lt, Math.min(j + 1, lt + 16));
    if (BLOCK_TAG.test(tag)) out += ' ';
    i = j + 1;
    const rawText = RAW_TEXT_START.exec(tag)?.[1].toLowerCase();
    if (rawText) {
      const close = closingTag(html, rawText, i);
      if (close === -1) return out;
      i = close;
    }
  }
  return out + html.slice(i);
}

/** Offset of the next `</name` (any case) from `from`, or -1. */
function closingTag(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
  }
  return -1;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Caps to `max` characters on a code-point boundary, marking the cut with an ellipsis. */
export const capText = truncate;

/** http(s) URLs only; anything else (javascript:, data:, relative junk) becomes null. */
export function httpUrlOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** ISO 8601 from an RFC 822 or ISO date, else null (a junk date never sinks an item). */
export function isoDateOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  // V8's Date.parse is lenient ("2" is a year); insist on a four-digit year.
  if (!trimmed || trimmed.length > 64 || !/\d{4}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1970 && year <= 9999 ? new Date(time).toISOString() : null;
}
