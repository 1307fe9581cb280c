/**
 * Hand-written, linear-time pieces of XML lexing for the feed scanner. Regular expressions with
 * lazy `[\s\S]*?` or nested quantifiers backtrack badly on untrusted input (a 126-byte DOCTYPE
 * of `[]` pairs ran for hours; `<item ` or `<?` without an end went quadratic), so every scan
 * here moves forward with indexOf and never revisits a character it has passed.
 */
import { decodeXmlEntities } from './text';

/** End of the prolog (XML declaration, comments, PIs, one DOCTYPE, whitespace): the root's offset. */
export function skipProlog(xml: string): number {
  let i = 0;
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) return i;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) return i;
      i = end + 3;
    } else if (xml.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(xml, i + 9);
      if (end === -1) return i;
      i = end;
    } else {
      return i;
    }
  }
}

/** Offset just past a DOCTYPE's `>` (its internal subset in brackets skipped whole), or -1. */
export function doctypeEnd(xml: string, from: number): number {
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (c === '>') return j + 1;
    if (c === '<' || c === ']') return -1;
    if (c === '[') {
      const close = xml.indexOf(']', j + 1);
      if (close === -1) return -1;
      j = close;
    }
  }
  return -1;
}

/**
 * From just after a tag's name, the offset of its closing `>`, skipping quoted attribute
 * values. Returns -1 at the end of the text, and -2 when a `<` comes first (not a tag) together
 * with where that `<` is, so the caller can resume there without rescanning.
 */
export function tagEnd(text: string, from: number): { end: number; resume: number } {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 62 /* > */) return { end: j, resume: j + 1 };
    if (c === 60 /* < */) return { end: -2, resume: j };
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
      if (close === -1) return { end: -1, resume: text.length };
      j = close;
    }
  }
  return { end: -1, resume: text.length };
}

/** `name="value" name2='v' bare=v` → entity-decoded values by name (first occurrence wins). */
export function parseAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (isSpace(text.charCodeAt(i)) || text[i] === '/')) i++;
    const nameStart = i;
    while (i < n && !isSpace(text.charCodeAt(i)) && text[i] !== '=' && text[i] !== '/' && text[i] !== '>') i++;
    const name = text.slice(nameStart, i);
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== '=') {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let value: string;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      value = text.slice(i + 1, close === -1 ? n : close);
      i = close === -1 ? n : close + 1;
    } else {
      const start = i;
      while (i < n && !isSpace(text.charCodeAt(i))) i++;
      value = text.slice(start, i);
    }
    if (name && !out.has(name)) out.set(name, decodeXmlEntities(value));
  }
  return out;
}

/** Raw inner XML → its text: CDATA sections verbatim, everything else entity-decoded. */
export function innerText(raw: string): string {
  let start = raw.indexOf('<![CDATA[');
  if (start === -1) return decodeXmlEntities(raw);
  let out = '';
  let last = 0;
  while (start !== -1) {
    const end = raw.indexOf(']]>', start + 9);
    if (end === -1) break;
    out += decodeXmlEntities(raw.slice(last, start)) + raw.slice(start + 9, end);
    last = end + 3;
    start = raw.indexOf('<![CDATA[', last);
  }
  return out + decodeXmlEntities(raw.slice(last));
}

/**
 * Raw inner XML of an Atom `type="xhtml"` construct → text: the markup is dropped, then
 * entities are decoded, so escaped markup (`&lt;b&gt;`) stays literal text.
 */
export function xhtmlText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt === -1) {
      out += decodeXmlEntities(raw.slice(i));
      break;
    }
    out += decodeXmlEntities(raw.slice(i, lt));
    if (raw.startsWith('<![CDATA[', lt)) {
      const end = raw.indexOf(']]>', lt + 9);
      out += raw.slice(lt + 9, end === -1 ? raw.length : end);
      i = end === -1 ? raw.length : end + 3;
      continue;
    }
    const close = raw.startsWith('<!--', lt) ? raw.indexOf('-->', lt + 4) : raw.indexOf('>', lt + 1);
    if (close === -1) break;
    if (BLOCK_TAG_START.test(raw.slice(lt, lt + 12))) out += ' ';
    i = close + (raw.startsWith('<!--', lt) ? 3 : 1);
  }
  return out;
}

const BLOCK_TAG_START = /^<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|blockquote)(?![\w.:-])/i;

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Rewrites each `<name …>` or `<name …/>` tag (and, for non-empty ones, its text content up to
 * `</name>`) with `rewrite`, in one forward pass: tags never overlap and a tag without `>`
 * ends the search, so no input makes this quadratic. `rewrite` returns the replacement, or
 * undefined to keep the original.
 */
export function rewriteElements(
  xml: string,
  name: string,
  rewrite: (attributes: string, content: string | undefined, whole: string) => string | undefined
): string {
  let out = '';
  let last = 0;
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at !== -1;) {
    const afterName = at + open.length;
    const next = xml.charCodeAt(afterName);
    if (!(isSpace(next) || next === 47 /* / */ || next === 62) /* > */) {
      at = xml.indexOf(open, afterName);
      continue;
    }
    const gt = xml.indexOf('>', afterName);
    if (gt === -1) break;
    const selfClosing = xml[gt - 1] === '/';
    let end = gt + 1;
    let content: string | undefined;
    if (!selfClosing) {
      const lt = xml.indexOf('<', end);
      const close = lt === -1 ? null : /^<\/([\w.:-]+)\s*>/.exec(xml.slice(lt, lt + name.length + 64));
      if (close && close[1] === name) {
        content = xml.slice(end, lt);
        end = lt + close[0].length;
      } else {
        at = xml.indexOf(open, gt + 1);
        continue;
      }
    }
    const attributes = xml.slice(afterName, selfClosing ? gt - 1 : gt);
    const replacement = rewrite(attributes, content, xml.slice(at, end));
    if (replacement !== undefined) {
      out += xml.slice(last, at) + replacement;
      last = end;
    }
    at = xml.indexOf(open, end);
  }
  return out + xml.slice(last);
}

/** The text without its DOCTYPE declarations (linear; see doctypeEnd). */
export function removeDoctypes(xml: string): string {
  let out = '';
  let last = 0;
  for (let at = xml.search(/<!DOCTYPE/i); at !== -1;) {
    const end = doctypeEnd(xml, at + 9);
    if (end === -1) break;
    out += xml.slice(last, at);
    last = end;
    const rest = xml.slice(end).search(/<!DOCTYPE/i);
    at = rest === -1 ? -1 : end + rest;
  }
  return out + xml.slice(last);
}
