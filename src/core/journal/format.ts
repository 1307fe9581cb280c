import { STATUSES } from '../types';
import { repairDate } from './dates';
import { DATE_KEYS, lineText, printJournal } from './model';
import { parseJournal } from './parse';

/**
 * `deliberate fmt`: normalises metadata lines only — `- key: value` with a lower-case key,
 * one space after the colon, no trailing spaces, lower-case status, zero-padded dates and
 * `a, b` tags. Every other byte (prose, line breaks, BOM, final newline) is kept, and the
 * result formats to itself.
 */
export function formatJournal(text: string): string {
  const journal = parseJournal(text);
  let changed = false;
  for (const entry of journal.entries) {
    for (const meta of entry.metadata) {
      const current = lineText(journal, meta.line);
      const normal = `- ${meta.key}: ${normaliseValue(meta.key, meta.value)}`.trimEnd();
      if (normal === current) continue;
      const raw = journal.lines[meta.line];
      journal.lines[meta.line] = raw.endsWith('\r') ? `${normal}\r` : normal;
      changed = true;
    }
  }
  return changed ? printJournal(journal) : text;
}

function normaliseValue(key: string, value: string): string {
  if (key === 'status') {
    const lower = value.toLowerCase();
    return (STATUSES as readonly string[]).includes(lower) ? lower : value;
  }
  if (DATE_KEYS.includes(key)) return repairDate(value) ?? value;
  if (key === 'tags') return value.split(',').map((t) => t.trim()).filter(Boolean).join(', ');
  return value;
}
