/**
 * The selected person's detail for the webview, pure (no vscode) so the no-clipping rule for
 * answers is unit-tested. Feed and model text is clipped to the protocol's caps; answers are
 * not: they are the user's words and go back to the journal on any edit, so clipping one would
 * cut its tail off. An answer too long even for MAX_ANSWER is flagged, and the webview keeps it
 * read-only (edit it in the journal) instead of saving the start it was sent.
 */
import { MAX_ANSWER, MAX_TEXT, type PersonDetail } from '../shared/protocol';
import { clip, type PersonRecord } from './records';
import type { EvidenceService } from '../relationships';

/** The detail with the person's warmth from the evidence (when there is an evidence service). */
export function detailWithWarmth(
  id: string,
  record: PersonRecord,
  evidence: EvidenceService | undefined
): PersonDetail {
  const warmth = evidence?.warmthFor({
    id,
    link: record.journal?.link ?? record.event.link ?? undefined,
    decided: record.journal?.decided,
    log: record.journal?.log ?? []
  });
  return buildDetail(id, record, warmth);
}

export function buildDetail(id: string, record: PersonRecord, warmth?: PersonDetail['warmth']): PersonDetail {
  const { item, event, journal } = record;
  const full = Array.from({ length: 8 }, (_, i) => journal?.answers[i] ?? '');
  const answers = full.map((text) => (text.length > MAX_ANSWER ? text.slice(0, MAX_ANSWER) : text));
  const answersTooLong = full.flatMap((text, i) => (text.length > MAX_ANSWER ? [i] : []));
  const log = (journal?.log ?? [])
    .slice(-10_000)
    .map((line) => ({ date: clip(line.date), text: clip(line.text, MAX_TEXT) }));
  return {
    id,
    name: item.name,
    headline: item.headline,
    via: item.via,
    source: item.source,
    link: item.link,
    date: item.date,
    message: event.message ? clip(event.message, MAX_TEXT) : null,
    status: item.status,
    followUp: item.followUp,
    decided: item.decided,
    tags: item.tags,
    answers,
    ...(answersTooLong.length ? { answersTooLong } : {}),
    draft: journal?.draft ? clip(journal.draft, MAX_ANSWER) : null,
    log,
    inJournal: journal !== undefined,
    warmth: warmth ?? null
  };
}
