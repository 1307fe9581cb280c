/**
 * Structured draft output: the JSON schema sent as Ollama's `format`, a streaming extractor that
 * yields the decoded `message` string while the JSON is still arriving (so the user sees text,
 * not braces), and the final parse of the whole reply. Pure and allocation-light per chunk.
 */

/** What the model must return: the draft and the card ids it used. */
export const DRAFT_OUTPUT_SCHEMA = {
  type: 'object',
  properties: {
    message: { type: 'string' },
    facts_used: { type: 'array', items: { type: 'string' } }
  },
  required: ['message', 'facts_used']
} as const;

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/**
 * Feeds raw JSON text chunk by chunk and returns the newly decoded characters of the top-level
 * `message` string. Tolerates any chunk boundary, including inside escapes and `\uXXXX`.
 */
export class MessageFieldExtractor {
  private depth = 0;
  private inString = false;
  private escape = false;
  private unicode: string | undefined;
  private stringBuffer = '';
  private lastString: string | undefined;
  private pendingKey: string | undefined;
  private capturing = false;
  /** The first non-blank character was `{`. Undefined until one arrives. */
  looksLikeJson: boolean | undefined;
  /** The message string has opened / closed. */
  messageStarted = false;
  messageComplete = false;

  push(chunk: string): string {
    let out = '';
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.looksLikeJson === undefined) {
        if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
        this.looksLikeJson = c === '{';
      }
      if (this.capturing) {
        if (this.unicode !== undefined) {
          this.unicode += c;
          if (this.unicode.length === 4) {
            const code = parseInt(this.unicode, 16);
            if (!Number.isNaN(code)) out += String.fromCharCode(code);
            this.unicode = undefined;
          }
        } else if (this.escape) {
          this.escape = false;
          if (c === 'u') this.unicode = '';
          else out += ESCAPES[c] ?? c;
        } else if (c === '\\') this.escape = true;
        else if (c === '"') {
          this.capturing = false;
          this.messageComplete = true;
        } else out += c;
        continue;
      }
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          this.stringBuffer += c;
        } else if (c === '\\') this.escape = true;
        else if (c === '"') {
          this.inString = false;
          this.lastString = this.stringBuffer;
        } else this.stringBuffer += c;
        continue;
      }
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
      const afterString = this.lastString;
      this.lastString = undefined;
      if (c === ':' && afterString !== undefined && this.depth === 1) {
        this.pendingKey = afterString;
        continue;
      }
      if (c === '"') {
        if (this.pendingKey === 'message' && this.depth === 1 && !this.messageStarted) {
          this.capturing = true;
          this.messageStarted = true;
        } else {
          this.inString = true;
          this.stringBuffer = '';
        }
        this.pendingKey = undefined;
        continue;
      }
      this.pendingKey = undefined;
      if (c === '{' || c === '[') this.depth++;
      else if (c === '}' || c === ']') this.depth--;
    }
    return out;
  }
}

export type StructuredParse =
  { ok: true; message: string; factsUsed: string[] } | { ok: false; reason: 'invalid-json' | 'missing-message' };

/** Parses a complete reply; unknown extra fields are ignored, non-string ids dropped. */
export function parseStructuredDraft(raw: string): StructuredParse {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'invalid-json' };
  const record = value as { message?: unknown; facts_used?: unknown };
  if (typeof record.message !== 'string') return { ok: false, reason: 'missing-message' };
  const ids = Array.isArray(record.facts_used)
    ? record.facts_used
        .filter((id): id is string => typeof id === 'string')
        .map((id) => id.trim().replace(/^\[|\]$/g, ''))
    : [];
  return { ok: true, message: record.message, factsUsed: [...new Set(ids.filter(Boolean))] };
}
