import {
  METADATA_KEYS,
  lineTextOf,
  type DraftBlock,
  type JournalEntry,
  type JournalSection,
  type LogLine,
  type MetadataLine,
  type SectionKind
} from './model';
import { headingName, readHeading } from './headings';

/**
 * Compact storage behind the entries. A 30,000-entry journal has about 200,000 metadata lines
 * and 100,000 sections and log lines; as objects with strings they cost several times the text.
 * Here each is a few int32s in one shared array, and JournalEntry builds the objects (and slices
 * the strings) only when someone reads them. Only name, id and status are kept as strings.
 */
export interface JournalStorage {
  text: string;
  lineStarts: Uint32Array;
  lineCount: number;
  /** META_FIELDS ints per metadata line: line, key code, keyStart, keyEnd, colonEnd, valueStart, valueEnd. */
  meta: Int32Array;
  /** SECTION_FIELDS ints per section: kind code, headingLine, endLine, question index (-1: none). */
  sections: Int32Array;
  /** LOG_FIELDS ints per log line: line, dateStart, dateEnd, textStart, textEnd. */
  logs: Int32Array;
}

export const META_FIELDS = 7;
export const SECTION_FIELDS = 4;
export const LOG_FIELDS = 5;
export const SECTION_KINDS: readonly SectionKind[] = ['question', 'draft', 'log', 'other'];
/** Index into METADATA_KEYS, or -1 for a key the format does not define. */
export const KEY_CODES = new Map<string, number>(METADATA_KEYS.map((key, i) => [key, i]));
const code = (key: (typeof METADATA_KEYS)[number]): number => METADATA_KEYS.indexOf(key);
const VIA = code('via'),
  LINK = code('link'),
  SOURCE = code('source'),
  HEADLINE = code('headline');
const SEEN = code('seen'),
  DECIDED = code('decided'),
  FOLLOW_UP = code('follow-up'),
  TAGS = code('tags');

export class ParsedEntry implements JournalEntry {
  id?: string;
  /** canonicalId(id), computed once by the parser (incremental updates reuse it). */
  canonicalKey?: string;
  status?: string;
  draft?: DraftBlock;
  /** Ranges into the storage arrays (record indexes, not int offsets). */
  metaFrom = 0;
  metaCount = 0;
  sectionFrom = 0;
  sectionCount = 0;
  logFrom = 0;
  logCount = 0;

  constructor(
    /** Shared by every entry of one journal; incremental.ts copies it when the text changes. */
    readonly storage: JournalStorage,
    readonly name: string,
    readonly headingLine: number,
    public endLine: number
  ) {}

  get metadata(): MetadataLine[] {
    const out: MetadataLine[] = [];
    for (let i = 0; i < this.metaCount; i++) out.push(this.metadataAt(i));
    return out;
  }

  get sections(): JournalSection[] {
    const { sections } = this.storage;
    const out: JournalSection[] = [];
    for (let i = this.sectionFrom; i < this.sectionFrom + this.sectionCount; i++) {
      const at = i * SECTION_FIELDS;
      const headingLine = sections[at + 1];
      const title = headingName(readHeading(this.line(headingLine))?.text ?? '');
      const section: JournalSection = {
        kind: SECTION_KINDS[sections[at]],
        title,
        headingLine,
        endLine: sections[at + 2]
      };
      if (sections[at + 3] >= 0) section.questionIndex = sections[at + 3];
      out.push(section);
    }
    return out;
  }

  get log(): LogLine[] {
    const { logs } = this.storage;
    const out: LogLine[] = [];
    for (let i = this.logFrom; i < this.logFrom + this.logCount; i++) {
      const at = i * LOG_FIELDS;
      const text = this.line(logs[at]);
      out.push({
        line: logs[at],
        date: text.slice(logs[at + 1], logs[at + 2]),
        text: text.slice(logs[at + 3], logs[at + 4]),
        dateStart: logs[at + 1],
        dateEnd: logs[at + 2]
      });
    }
    return out;
  }

  get via(): string | undefined {
    return this.firstValue(VIA);
  }
  get link(): string | undefined {
    for (let i = 0; i < this.metaCount; i++) {
      if (this.keyCodeAt(i) !== LINK) continue;
      const value = this.valueAt(i);
      const link = value.startsWith('<') && value.endsWith('>') ? value.slice(1, -1) : value;
      if (link) return link;
    }
    return undefined;
  }
  get source(): string | undefined {
    return this.firstValue(SOURCE);
  }
  get headline(): string | undefined {
    return this.firstValue(HEADLINE);
  }
  get message(): string | undefined {
    return quotedMessage(this.storage, this.afterMetadataLine(), this.endLine);
  }
  get seen(): string | undefined {
    return this.firstValue(SEEN);
  }
  get decided(): string | undefined {
    return this.firstValue(DECIDED);
  }
  get followUp(): string | undefined {
    return this.firstValue(FOLLOW_UP);
  }
  get tags(): string[] {
    for (let i = 0; i < this.metaCount; i++) {
      if (this.keyCodeAt(i) !== TAGS) continue;
      const tags = this.valueAt(i)
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      if (tags.length) return tags;
    }
    return [];
  }

  /** The first non-empty value of a known key (later duplicates are lint's business). */
  private firstValue(code: number): string | undefined {
    for (let i = 0; i < this.metaCount; i++) {
      if (this.keyCodeAt(i) !== code) continue;
      const value = this.valueAt(i);
      if (value) return value;
    }
    return undefined;
  }

  /** The first line after the metadata list (or after the heading when there is none). */
  private afterMetadataLine(): number {
    return this.metaCount
      ? this.storage.meta[(this.metaFrom + this.metaCount - 1) * META_FIELDS] + 1
      : this.headingLine + 1;
  }

  private keyCodeAt(i: number): number {
    return this.storage.meta[(this.metaFrom + i) * META_FIELDS + 1];
  }

  private valueAt(i: number): string {
    const { meta } = this.storage;
    const at = (this.metaFrom + i) * META_FIELDS;
    return this.line(meta[at]).slice(meta[at + 5], meta[at + 6]);
  }

  private metadataAt(i: number): MetadataLine {
    const { meta } = this.storage;
    const at = (this.metaFrom + i) * META_FIELDS;
    const line = meta[at];
    const text = this.line(line);
    const rawKey = text.slice(meta[at + 2], meta[at + 3]);
    return {
      line,
      key: rawKey.toLowerCase(),
      rawKey,
      value: text.slice(meta[at + 5], meta[at + 6]),
      keyStart: meta[at + 2],
      keyEnd: meta[at + 3],
      colonEnd: meta[at + 4],
      valueStart: meta[at + 5],
      valueEnd: meta[at + 6]
    };
  }

  private line(line: number): string {
    const { text, lineStarts, lineCount } = this.storage;
    return lineTextOf(text, lineStarts, lineCount, line);
  }
}

const QUOTE_RE = /^ {0,3}>[ ]?(.*)$/;

/**
 * The `> ` block after the metadata (blank lines before it allowed), which the writer uses for
 * an invitation's message. Lines join with '\n'; the `\<` `\>` escapes the writer adds are undone.
 */
function quotedMessage(storage: JournalStorage, from: number, to: number): string | undefined {
  const { text, lineStarts, lineCount } = storage;
  let line = from;
  while (line < to && lineTextOf(text, lineStarts, lineCount, line).trim() === '') line++;
  const parts: string[] = [];
  for (; line < to; line++) {
    const quote = QUOTE_RE.exec(lineTextOf(text, lineStarts, lineCount, line));
    if (!quote) break;
    parts.push(quote[1].replace(/\\([<>])/g, '$1'));
  }
  const message = parts.join('\n').trim();
  return message || undefined;
}
