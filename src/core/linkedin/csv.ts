/**
 * RFC 4180 CSV rows, fast: a line without a quote is split on commas directly; only lines
 * with quotes go through the state machine (which also handles newlines inside quotes).
 * LinkedIn's 30,000-row exports are mostly quote-free, so this stays close to a bare split.
 */

/** Splits `text` from `start` into rows of fields. Accepts \n and \r\n line ends. */
export function parseCsvRows(text: string, start = 0): string[][] {
  const rows: string[][] = [];
  forEachCsvRow(text, start, (row) => rows.push(row));
  return rows;
}

/** Streams rows to `onRow` without keeping them all alive (30k-row exports stay light on GC). */
export function forEachCsvRow(text: string, start: number, onRow: (fields: string[]) => void): void {
  const length = text.length;
  let pos = start;
  // The next quote is remembered, not searched per line: rare quotes would make that quadratic.
  let quote = text.indexOf('"', pos);
  while (pos < length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = length;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
    if (quote === -1 || quote >= lineEnd) {
      onRow(text.slice(pos, lineEnd).split(','));
      pos = end + 1;
      continue;
    }
    const [row, next] = parseQuotedRow(text, pos);
    onRow(row);
    pos = next;
  }
}

/** Index of the next field delimiter (comma or line end, a CR before LF counting as the end). */
function nextDelimiter(text: string, pos: number): number {
  let newline = text.indexOf('\n', pos);
  if (newline === -1) newline = text.length;
  else if (newline > pos && text.charCodeAt(newline - 1) === 13) newline--;
  const comma = text.indexOf(',', pos);
  return comma !== -1 && comma < newline ? comma : newline;
}

/**
 * Parses one record that contains quotes, field by field with indexOf (no per-character
 * loop); returns it and the index after its line end. Leniency: text after a closing quote is
 * kept, a quote inside an unquoted field is literal, an unterminated quote runs to the end.
 */
function parseQuotedRow(text: string, start: number): [string[], number] {
  const fields: string[] = [];
  const length = text.length;
  let pos = start;
  for (;;) {
    let value: string;
    if (text.charCodeAt(pos) === 34) {
      value = '';
      pos++;
      for (;;) {
        const quote = text.indexOf('"', pos);
        if (quote === -1) {
          value += text.slice(pos);
          pos = length;
          break;
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
    } else {
      const stop = nextDelimiter(text, pos);
      value = text.slice(pos, stop);
      pos = stop;
    }
    fields.push(value);
    if (pos >= length) return [fields, length];
    const code = text.charCodeAt(pos);
    if (code === 44) {
      pos++;
      continue;
    }
    // A line end: CR LF or LF.
    return [fields, code === 13 && text.charCodeAt(pos + 1) === 10 ? pos + 2 : pos + 1];
  }
}
