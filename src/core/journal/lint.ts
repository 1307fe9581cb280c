import { parseCadence } from '../evidence/cadence';
import { findDuplicates, mergeEntriesEdits } from '../evidence/duplicates';
import { KNOWS_LINT_CODES, lintKnows } from '../network/knowsLint';
import { QUESTIONS, STATUSES } from '../types';
import { addDays, isValidIsoDate, repairDate } from './dates';
import {
  DATE_KEYS,
  METADATA_KEYS,
  lineText,
  type Journal,
  type JournalDiagnostic,
  type JournalEntry,
  type MetadataLine
} from './model';
import { editDistance, nearest, nearMissQuestion } from './nearest';
import { insertLinesAfter } from './textEdits';
import { canonicalId } from './identity';

/**
 * Lint rules (codes are stable; the CLI prints them): unknown-status (error), invalid-date
 * (error), duplicate-id (error), missing-status (warning), duplicate-key (warning),
 * unknown-key (warning when it is a near miss of a known key, else info),
 * near-miss-question (info), follow-up-due (info); and the `- knows:` line's codes (knowsLint.ts).
 */
export const LINT_CODES = [
  'unknown-status',
  'invalid-date',
  'duplicate-id',
  'missing-status',
  'duplicate-key',
  'unknown-key',
  'near-miss-question',
  'follow-up-due',
  'invalid-cadence',
  'likely-duplicate',
  ...KNOWS_LINT_CODES
] as const;

// `knows` is the network's hand-written edge line (src/core/network/knows.ts), linted by lintKnows.
const KNOWN_KEYS = new Set<string>([...METADATA_KEYS, 'knows']);
const KEY_ALIASES: Record<string, string> = {
  followup: 'follow-up',
  follow_up: 'follow-up',
  'follow-up-date': 'follow-up',
  tag: 'tags',
  url: 'link',
  date: 'seen'
};

export function lintJournal(journal: Journal, options: { today: string }): JournalDiagnostic[] {
  const diagnostics: JournalDiagnostic[] = [];
  const firstById = new Map<string, JournalEntry>();
  for (const entry of journal.entries) {
    lintMetadata(journal, entry, options.today, diagnostics);
    if (entry.id !== undefined) {
      const first = firstById.get(canonicalId(entry.id));
      if (first) {
        const idLine = entry.metadata.find((m) => m.key === 'id')!;
        diagnostics.push({
          line: idLine.line,
          severity: 'error',
          code: 'duplicate-id',
          message: `Duplicate id '${entry.id}': '${first.name}' on line ${first.headingLine + 1} already has it.`,
          range: valueRange(journal, idLine)
        });
      } else firstById.set(canonicalId(entry.id), entry);
    }
    lintSections(journal, entry, diagnostics);
  }
  // Likely duplicates: a warning with a merge the user must choose; never merged by itself.
  for (const pair of findDuplicates(journal)) {
    diagnostics.push({
      line: pair.other.headingLine,
      severity: 'warning',
      code: 'likely-duplicate',
      message: `'${pair.other.name}' looks like '${pair.keep.name}' on line ${pair.keep.headingLine + 1} (${pair.why}).`,
      fix: { title: `Merge into '${pair.keep.name}'`, edits: mergeEntriesEdits(journal, pair.keep, pair.other) }
    });
  }
  diagnostics.push(...lintKnows(journal));
  // Stable: diagnostics on one line keep the order the rules produced them.
  return diagnostics.sort((a, b) => a.line - b.line);
}

function lintMetadata(journal: Journal, entry: JournalEntry, today: string, out: JournalDiagnostic[]): void {
  // Built on demand from the compact model: read it once per entry.
  const metadata = entry.metadata;
  const seenKeys = new Set<string>();
  for (const meta of metadata) {
    if (seenKeys.has(meta.key)) {
      out.push({
        line: meta.line,
        severity: 'warning',
        code: 'duplicate-key',
        message: `'${meta.key}' appears twice in '${entry.name}'; only the first counts.`,
        range: keyRange(meta)
      });
    }
    seenKeys.add(meta.key);
    if (!KNOWN_KEYS.has(meta.key)) {
      out.push(unknownKey(meta));
      continue;
    }
    if (meta.key === 'status') lintStatus(journal, meta, out);
    else if (meta.key === 'cadence') {
      const parsed = parseCadence(meta.value);
      if (!parsed.ok) {
        out.push({
          line: meta.line,
          severity: 'warning',
          code: 'invalid-cadence',
          message: parsed.message.charAt(0).toUpperCase() + parsed.message.slice(1) + '.',
          range: valueRange(journal, meta)
        });
      }
    } else if (DATE_KEYS.includes(meta.key) && meta.value) {
      lintDate(journal, meta.line, meta.value, valueRange(journal, meta), out);
    }
  }
  if (!metadata.some((m) => m.key === 'status')) {
    const anchor =
      metadata.find((m) => m.key === 'id')?.line ?? (metadata.length ? metadata[0].line - 1 : entry.headingLine);
    out.push({
      line: entry.headingLine,
      severity: 'warning',
      code: 'missing-status',
      message: `'${entry.name}' has no status; add '- status: new' (or accepted, declined, deferred).`,
      fix: { title: 'Add status: new', edits: [insertLinesAfter(journal, anchor, ['- status: new'])] }
    });
  }
  const followUpLine = metadata.find((m) => m.key === 'follow-up');
  if (entry.followUp && followUpLine && isValidIsoDate(entry.followUp) && entry.followUp <= today) {
    out.push({
      line: followUpLine.line,
      severity: 'info',
      code: 'follow-up-due',
      message: `Follow-up with '${entry.name}' is due (${entry.followUp}).`,
      range: valueRange(journal, followUpLine),
      fix: { title: 'Snooze follow-up by 14 days', edits: [replaceValue(journal, followUpLine, addDays(today, 14))] }
    });
  }
}

function lintStatus(journal: Journal, meta: MetadataLine, out: JournalDiagnostic[]): void {
  const lower = meta.value.toLowerCase();
  if ((STATUSES as readonly string[]).includes(lower)) return;
  // Suggest only what is close (a typo, a prefix): 'maybe' is not close to 'new'.
  const near = nearest(lower || 'new', STATUSES);
  const suggestion = !lower || near.distance <= 2 || near.value.startsWith(lower) ? near.value : undefined;
  out.push({
    line: meta.line,
    severity: 'error',
    code: 'unknown-status',
    message: meta.value
      ? `Unknown status '${meta.value}'; use one of ${STATUSES.join(', ')}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`
      : `Empty status; use one of ${STATUSES.join(', ')}.`,
    range: valueRange(journal, meta),
    ...(suggestion
      ? { fix: { title: `Change status to '${suggestion}'`, edits: [replaceValue(journal, meta, suggestion)] } }
      : {})
  });
}

export function lintDate(
  journal: Journal,
  line: number,
  value: string,
  range: JournalDiagnostic['range'],
  out: JournalDiagnostic[]
): void {
  if (isValidIsoDate(value)) return;
  const repaired = repairDate(value);
  out.push({
    line,
    severity: 'error',
    code: 'invalid-date',
    message: repaired
      ? `Malformed date '${value}'; write it as ${repaired} (YYYY-MM-DD).`
      : `Invalid date '${value}'; use a real date as YYYY-MM-DD.`,
    range,
    ...(repaired && range
      ? { fix: { title: `Change date to ${repaired}`, edits: [{ range, newText: repaired }] } }
      : {})
  });
}

function unknownKey(meta: MetadataLine): JournalDiagnostic {
  const alias = KEY_ALIASES[meta.key];
  const close = alias ?? nearest(meta.key, METADATA_KEYS).value;
  const isNearMiss = alias !== undefined || editDistance(meta.key, close) <= 2;
  const diagnostic: JournalDiagnostic = {
    line: meta.line,
    severity: isNearMiss ? 'warning' : 'info',
    code: 'unknown-key',
    message: isNearMiss
      ? `Unknown metadata key '${meta.rawKey}'; did you mean '${close}'?`
      : `Unknown metadata key '${meta.rawKey}'; the extension keeps it but does not use it.`,
    range: keyRange(meta)
  };
  if (isNearMiss) {
    diagnostic.fix = { title: `Rename key to '${close}'`, edits: [{ range: keyRange(meta), newText: close }] };
  }
  return diagnostic;
}

function lintSections(journal: Journal, entry: JournalEntry, out: JournalDiagnostic[]): void {
  for (const section of entry.sections) {
    if (section.kind !== 'other') continue;
    const index = nearMissQuestion(section.title);
    if (index === undefined) continue;
    const text = lineText(journal, section.headingLine);
    const start = text.indexOf('#');
    out.push({
      line: section.headingLine,
      severity: 'info',
      code: 'near-miss-question',
      message: `'${section.title}' looks like the question '${QUESTIONS[index]}'; use the exact text so tools recognise it.`,
      range: {
        start: { line: section.headingLine, character: start },
        end: { line: section.headingLine, character: text.length }
      },
      fix: {
        title: `Use '${QUESTIONS[index]}'`,
        edits: [
          {
            range: {
              start: { line: section.headingLine, character: start },
              end: { line: section.headingLine, character: text.length }
            },
            newText: `### ${QUESTIONS[index]}`
          }
        ]
      }
    });
  }
  for (const log of entry.log) {
    lintDate(
      journal,
      log.line,
      log.date,
      { start: { line: log.line, character: log.dateStart }, end: { line: log.line, character: log.dateEnd } },
      out
    );
  }
}

function keyRange(meta: MetadataLine) {
  return { start: { line: meta.line, character: meta.keyStart }, end: { line: meta.line, character: meta.keyEnd } };
}

function valueRange(_journal: Journal, meta: MetadataLine) {
  return { start: { line: meta.line, character: meta.valueStart }, end: { line: meta.line, character: meta.valueEnd } };
}

function replaceValue(journal: Journal, meta: MetadataLine, value: string) {
  return { range: valueRange(journal, meta), newText: value };
}
