import type { Journal, JournalDiagnostic } from '../journal/model';
import { canonicalId, entryKey } from '../journal/identity';
import { KNOWS_KEY, parseKnowsValue } from './knows';
import { peopleFromJournal, type PeopleIndex } from './people';

/** Lint codes of the hand-written `- knows:` line (see knows.ts for the syntax). */
export const KNOWS_LINT_CODES = [
  'knows-kind',
  'knows-empty',
  'knows-self',
  'knows-ambiguous',
  'knows-unknown'
] as const;

/**
 * Checks every `- knows:` line: unknown kinds, empty items, a person knowing themselves, names
 * that match two entries (kept as a name, flagged) and names not in the journal (kept, noted).
 * The people index is built only when the journal has a `- knows:` line at all.
 */
export function lintKnows(journal: Journal): JournalDiagnostic[] {
  const out: JournalDiagnostic[] = [];
  let people: PeopleIndex | undefined;
  for (const entry of journal.entries) {
    for (const meta of entry.metadata) {
      if (meta.key !== KNOWS_KEY) continue;
      people ??= peopleFromJournal(journal);
      const raw = entryKey(entry);
      const self = raw === undefined ? undefined : canonicalId(raw);
      const at = (start: number, length: number) => ({
        start: { line: meta.line, character: meta.valueStart + start },
        end: { line: meta.line, character: meta.valueStart + start + length }
      });
      const parsed = parseKnowsValue(meta.value);
      for (const problem of parsed.problems) {
        out.push({
          line: meta.line,
          severity: 'warning',
          code: /kind/.test(problem) ? 'knows-kind' : 'knows-empty',
          message: problem,
          range: at(0, meta.value.length)
        });
      }
      for (const item of parsed.items) {
        const range = at(item.start, item.name.length);
        const resolved = people.resolveName(item.name);
        if (resolved.kind === 'person' && resolved.key === self) {
          out.push({
            line: meta.line,
            severity: 'warning',
            code: 'knows-self',
            message: `'${entry.name}' cannot know themselves; remove '${item.name}' from this line.`,
            range
          });
        } else if (resolved.kind === 'ambiguous') {
          out.push({
            line: meta.line,
            severity: 'warning',
            code: 'knows-ambiguous',
            message: `'${item.name}' matches ${resolved.candidates.length} entries; the edge stays name-only until one of them has a distinct name or you use the other entry's exact name.`,
            range
          });
        } else if (resolved.kind === 'unknown') {
          out.push({
            line: meta.line,
            severity: 'info',
            code: 'knows-unknown',
            message: `'${item.name}' is not in the journal; the edge is kept with the name only.`,
            range
          });
        }
      }
    }
  }
  return out;
}
