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

// A tag must start with a letter (or `/letter`, `!`) so that "a < b" in a title survives.
const HTML_TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^<>]*>|<![^<>]*>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|blockquote)\b[^<>]*>/gi;
// Controls (except tab/newline), bidi overrides and zero-width joiners are stripped: they can
// disguise a name in the sidebar or the journal.

const UNSAFE_CHARS = new RegExp(charClass(CONTROL_CHARS, ZERO_WIDTH_AND_BIDI, BYTE_ORDER_MARK), 'g');

/** HTML (already XML-decoded) → one line of plain text, at most `max` characters. */
export function htmlToText(html: string, max: number): string {
  let text = html.length > max * 64 ? html.slice(0, max * 64) : html;
  if (text.indexOf('<') !== -1) text = text.replace(BLOCK_TAG, ' ').replace(HTML_TAG, '');
  text = decodeHtmlEntities(text).replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  return truncate(text, max);
}

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
