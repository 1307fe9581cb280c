import { STATUSES } from '../types';
import { repairDate } from './dates';
import { DATE_KEYS, lineText, METADATA_KEYS } from './model';
import { parseJournal } from './parse';

/**
 * `deliberate fmt`: normalises known metadata lines only — `- key: value` with a lower-case key,
 * one space after the colon, no trailing spaces, lower-case status, zero-padded dates and
 * `a, b` tags. Every other byte (prose, line breaks, BOM, final newline) is kept, and the
 * result formats to itself.
 */
export function formatJournal(text: string): string {
  const journal = parseJournal(text);
  // Untouched stretches are copied as slices of the source; only changed metadata lines are rebuilt.
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const entry of journal.entries) {
    for (const meta of entry.metadata) {
      // Only known keys are normalised: `- https://…`, `- mailto:…` or `- Note: …` under a heading
      // are the user's words that merely look like `key: value`, and keep their bytes.
      if (!KNOWN_KEYS.has(meta.key)) continue;
      const current = lineText(journal, meta.line);
      const normal = `- ${meta.key}: ${normaliseValue(meta.key, meta.value)}`.trimEnd();
      if (normal === current) continue;
      const start = journal.lineStarts[meta.line];
      parts.push(journal.text.slice(copiedUpTo, start), normal);
      copiedUpTo = start + current.length;
    }
  }
  if (parts.length === 0) return text;
  parts.push(journal.text.slice(copiedUpTo));
  return (journal.bom ? '\uFEFF' : '') + parts.join('');
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(METADATA_KEYS);

function normaliseValue(key: string, value: string): string {
  if (key === 'status') {
    const lower = value.toLowerCase();
    return (STATUSES as readonly string[]).includes(lower) ? lower : value;
  }
  if (DATE_KEYS.includes(key)) return repairDate(value) ?? value;
  if (key === 'tags') {
    return value
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .join(', ');
  }
  return value;
}
