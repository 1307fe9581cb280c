/**
 * RFC 4180 CSV in one pass. Unquoted fields (nearly all of a LinkedIn export) are found by a
 * character scan that also notes whether the field is "plain" (see below), so a 30,000-row
 * import costs about what a bare split does; quoted fields are cut out with indexOf.
 */
import { C0_EXCEPT_WHITESPACE, DELETE, NO_BREAK_SPACE, ZERO_WIDTH_AND_BIDI, charClass } from '../text/controls';

/**
 * Fields longer than this are never plain: LinkedIn's own fields are short, and the row reader
 * caps longer ones.
 */
export const MAX_PLAIN_FIELD = 2000;

/**
 * Receives each record. `fields` is ONE array reused for every record (copy it to keep it).
 * `plain` is true when no field needs cleaning: no C0 control, DEL, no-break space, zero-width
 * or bidi mark (U+200B–200F, 202A–202E, 2066–2069), no leading, trailing or double space, and
 * none longer than MAX_PLAIN_FIELD. The row reader then skips its per-field cleaning.
 */
export type CsvRowHandler = (fields: string[], plain: boolean) => void;

/** Splits `text` from `start` into rows of fields. Accepts \n and \r\n line ends. */
export function parseCsvRows(text: string, start = 0): string[][] {
  const rows: string[][] = [];
  scanCsv(text, start, (fields) => rows.push(fields.slice()));
  return rows;
}

/**
 * Anything that makes a field not plain, over the raw text: C0 controls (LF aside: it ends a line;
 * CR only when not before LF), DEL, no-break space, zero-width and bidi marks, and double
 * spaces. Leading and trailing spaces and the length are checked per field. One native scan
 * over the whole file, instead of a check per field, is what keeps plain rows cheap.
 */

const SUSPICIOUS = new RegExp(
  `${charClass('\\u0009', C0_EXCEPT_WHITESPACE, DELETE, NO_BREAK_SPACE, ZERO_WIDTH_AND_BIDI)}|\\r(?!\\n)| {2}`,
  'g'
);

/** Index of the first SUSPICIOUS match at or after `from`, or -1. */
function nextSuspicious(text: string, from: number): number {
  SUSPICIOUS.lastIndex = from;
  const match = SUSPICIOUS.exec(text);
  return match ? match.index : -1;
}

/**
 * Streams records to `onRow`. Leniency, as spreadsheet exports need: text after a closing quote
 * is kept, a quote inside an unquoted field is literal, an unterminated quote runs to the end,
 * and a CR is a line end only before LF.
 */
export function scanCsv(text: string, start: number, onRow: CsvRowHandler): void {
  const length = text.length;
  const fields: string[] = [];
  let pos = start;
  // The next quote, comma and suspicious character are remembered, not searched per line:
  // searching again per line would be quadratic when they are rare.
  let quote = text.indexOf('"', pos);
  let comma = text.indexOf(',', pos);
  let suspicious = nextSuspicious(text, pos);
  while (pos < length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = length;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
    if (suspicious !== -1 && suspicious < pos) suspicious = nextSuspicious(text, pos);
    let count = 0;
    let plain: boolean;
    if (quote === -1 || quote >= lineEnd) {
      // No quote on this line (nearly every line of an export): fields are cut at each comma.
      plain = suspicious === -1 || suspicious >= lineEnd;
      let from = pos;
      for (;;) {
        if (comma !== -1 && comma < from) comma = text.indexOf(',', from);
        const to = comma !== -1 && comma < lineEnd ? comma : lineEnd;
        if (
          plain &&
          to > from &&
          (text.charCodeAt(from) === 32 || text.charCodeAt(to - 1) === 32 || to - from > MAX_PLAIN_FIELD)
        ) {
          plain = false;
        }
        fields[count++] = text.slice(from, to);
        if (to === lineEnd) break;
        from = to + 1;
      }
      pos = end + 1;
    } else {
      plain = true;
      for (;;) {
        let to: number;
        if (text.charCodeAt(pos) === 34) {
          const value = readQuotedField(text, pos);
          to = quotedFieldEnd;
          if (plain && !isPlainField(value)) plain = false;
          fields[count++] = value;
        } else {
          to = nextDelimiter(text, pos);
          if (
            plain &&
            to > pos &&
            (text.charCodeAt(pos) === 32 || text.charCodeAt(to - 1) === 32 || to - pos > MAX_PLAIN_FIELD)
          ) {
            plain = false;
          }
          fields[count++] = text.slice(pos, to);
        }
        pos = to;
        if (pos >= length || text.charCodeAt(pos) !== 44) break;
        pos++;
      }
      // Suspicious characters anywhere in the record, quoted or not.
      if (plain && suspicious !== -1 && suspicious < pos) plain = false;
      // At a line end: LF, or CR LF (a lone CR never ends a field).
      if (pos < length) pos += text.charCodeAt(pos) === 13 ? 2 : 1;
    }
    if (fields.length !== count) fields.length = count;
    onRow(fields, plain);
  }
}

/** DEL, no-break space, zero-width and bidi marks: the non-ASCII part of "needs cleaning". */
function isUnsafeCode(c: number): boolean {
  return (
    c === 0x7f ||
    c === 0xa0 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** The plain rule of CsvRowHandler for one (quoted) field's value, where commas and newlines are content. */
export function isPlainField(value: string): boolean {
  const length = value.length;
  if (length > MAX_PLAIN_FIELD) return false;
  if (length > 0 && (value.charCodeAt(0) === 32 || value.charCodeAt(length - 1) === 32)) return false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32) return false;
    if (c === 32) {
      if (value.charCodeAt(i + 1) === 32) return false;
    } else if (c >= 0x7f && isUnsafeCode(c)) return false;
  }
  return true;
}

/** Where the last readQuotedField stopped (its delimiter); a module variable, so no tuple per field. */
let quotedFieldEnd = 0;

/**
 * The field starting with the quote at `start`: quoted content with `""` as one quote, then any
 * text up to the delimiter. Sets quotedFieldEnd to the delimiter's index (or the text's length).
 */
function readQuotedField(text: string, start: number): string {
  const length = text.length;
  let value = '';
  let pos = start + 1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote === -1) {
      quotedFieldEnd = length;
      return value + text.slice(pos);
    }
    value += text.slice(pos, quote);
    pos = quote + 1;
    if (text.charCodeAt(pos) !== 34) break;
    value += '"';
    pos++;
  }
  if (pos < length) {
    const stop = nextDelimiter(text, pos);
    if (stop > pos) value += text.slice(pos, stop);
    pos = stop;
  }
  quotedFieldEnd = pos;
  return value;
}

/** Index of the next field delimiter (comma or line end, a CR before LF counting as the end). */
function nextDelimiter(text: string, pos: number): number {
  // Usually the closing quote is right before the delimiter: no search needed.
  const here = text.charCodeAt(pos);
  if (here === 44 || here === 10) return pos;
  if (here === 13 && text.charCodeAt(pos + 1) === 10) return pos;
  let newline = text.indexOf('\n', pos);
  if (newline === -1) newline = text.length;
  else if (newline > pos && text.charCodeAt(newline - 1) === 13) newline--;
  const comma = text.indexOf(',', pos);
  return comma !== -1 && comma < newline ? comma : newline;
}
