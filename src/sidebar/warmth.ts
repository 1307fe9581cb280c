/**
 * Fills each sidebar row's warmth (issue 11: a band on every row, sortable) from relationship
 * evidence, once per snapshot. Uses warmthScorer so 30,000 people cost one day computation, and
 * the one identity function (canonicalId) to find a person's evidence by id, then by link, the
 * same lookup as EvidenceService.warmthFor uses for the detail pane. No vscode import.
 */
import { warmthScorer, type PersonEvidence } from '../core/evidence';
import { isValidIsoDate } from '../core/journal';
import { canonicalId } from '../core/journal/identity';
import type { PersonRecord } from './records';

const NO_DATES: readonly string[] = [];

/**
 * Sets `warmthScore` on every record: a number when there is evidence for the person or they
 * have logged contact in the journal, else null (the row shows no band rather than a made-up "cold").
 */
export function fillWarmth(
  records: Iterable<PersonRecord>,
  evidence: ReadonlyMap<string, PersonEvidence>,
  today: string
): void {
  const score = warmthScorer(today);
  for (const record of records) {
    const journal = record.journal;
    const link = journal ? journal.link : record.event.link;
    const found =
      evidence.size === 0
        ? undefined
        : (evidence.get(canonicalId(record.item.id)) ?? (link ? evidence.get(canonicalId(link)) : undefined));
    const logDates =
      journal && journal.log.length > 0 ? journal.log.map((l) => l.date).filter(isValidIsoDate) : NO_DATES;
    if (!found && logDates.length === 0) {
      record.warmthScore = null;
      continue;
    }
    const decided = journal?.decided && isValidIsoDate(journal.decided) ? journal.decided : undefined;
    record.warmthScore = score(found, { decided, logDates });
  }
}
