import { isEdgeKind, type EdgeFlag, type NetworkEdge, type NetworkWarning } from './types';

/**
 * The network file, `<journal>.network.tsv`: a header line, then one edge a line,
 *   from  fromName  to  toName  kind  source  firstSeen  lastSeen  confidence  flags
 * separated by tabs; `\t`, `\n`, `\r` and `\\` inside a field are escaped. Lines starting with
 * `#` are comments. A line that cannot be read is reported and kept as it is.
 */
export const NETWORK_HEADER =
  '# deliberate network v1: from\tfromName\tto\ttoName\tkind\tsource\tfirstSeen\tlastSeen\tconfidence\tflags';

const FLAGS: readonly string[] = ['ambiguous-name', 'name-only', 'weak', 'burst'];
/** YYYY-MM-DD by character codes: cheaper than a regex on every line of a large file. */
function isDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function formatEdgeLine(edge: NetworkEdge): string {
  return [
    edge.from,
    edge.fromName,
    edge.to,
    edge.toName,
    edge.kind,
    edge.source,
    edge.firstSeen,
    edge.lastSeen,
    String(Math.round(edge.confidence * 100) / 100),
    edge.flags.join(',')
  ]
    .map(escapeField)
    .join('\t');
}

export type ParsedLine = { edge: NetworkEdge } | { comment: true } | { warning: NetworkWarning };

/** One line of the file (without its line break); `lineNumber` is 1-based, for the message. */
export function parseEdgeLine(line: string, lineNumber: number): ParsedLine {
  if (line === '' || line.startsWith('#')) return { comment: true };
  const fields = line.split('\t');
  // No closures here: this runs once per line of a file of hundreds of thousands.
  const bad = unreadableLine;
  if (fields.length !== 10) return bad(lineNumber, `expected 10 tab-separated fields, found ${fields.length}`);
  // Escapes are rare: unescape only a line that has one (the load of 300,000 lines stays a split).
  if (line.includes('\\')) for (let i = 0; i < 10; i++) fields[i] = unescapeField(fields[i]);
  const [from, fromName, to, toName, kind, source, firstSeen, lastSeen, confidence, flags] = fields;
  if (!from || !to) return bad(lineNumber, 'a person key is empty');
  if (!isEdgeKind(kind)) return bad(lineNumber, `unknown kind '${kind.slice(0, 40)}'`);
  if (!isDay(firstSeen) || !isDay(lastSeen)) return bad(lineNumber, 'dates must be YYYY-MM-DD');
  const value = Number(confidence);
  if (!(value >= 0 && value <= 1)) {
    return bad(lineNumber, `confidence '${confidence.slice(0, 20)}' is not between 0 and 1`);
  }
  const flagList = flags ? flags.split(',') : [];
  if (flags && flagList.some((f) => !FLAGS.includes(f))) {
    return bad(lineNumber, `unknown flag in '${flags.slice(0, 40)}'`);
  }
  if (from === to) return bad(lineNumber, 'an edge from a person to themselves');
  return {
    edge: {
      from,
      fromName,
      to,
      toName,
      kind,
      source,
      firstSeen,
      lastSeen,
      confidence: value,
      flags: flagList as EdgeFlag[]
    }
  };
}

function unreadableLine(lineNumber: number, why: string): ParsedLine {
  return { warning: { line: lineNumber, message: `network file line ${lineNumber} kept but not read: ${why}` } };
}

function escapeField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function unescapeField(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\(.)/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}

export interface ParsedNetworkFile {
  edges: NetworkEdge[];
  /** Lines that could not be read, verbatim with their 1-based number: compaction keeps them. */
  unreadable: { line: number; text: string }[];
  warnings: NetworkWarning[];
}

export function parseNetworkText(text: string): ParsedNetworkFile {
  const edges: NetworkEdge[] = [];
  const unreadable: ParsedNetworkFile['unreadable'] = [];
  const warnings: NetworkWarning[] = [];
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNumber++;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    const parsed = parseEdgeLine(line, lineNumber);
    if ('edge' in parsed) edges.push(parsed.edge);
    else if ('warning' in parsed) {
      unreadable.push({ line: lineNumber, text: line });
      warnings.push(parsed.warning);
    }
  }
  return { edges, unreadable, warnings };
}
