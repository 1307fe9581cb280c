/**
 * Warmth: a deterministic 0–100 score from evidence, with reasons a person can check.
 * The formula is documented in docs/warmth.md; keep the two in step.
 */
import {
  daysBetween,
  latestDate,
  type JournalContact,
  type PersonEvidence,
  type Warmth,
  type WarmthBand
} from './types';

/** Days after which the score of a relationship halves without new contact. */
export const HALF_LIFE_DAYS = 180;

export const BAND_FLOORS: readonly { band: WarmthBand; min: number }[] = [
  { band: 'strong', min: 60 },
  { band: 'warm', min: 35 },
  { band: 'light', min: 15 },
  { band: 'cold', min: 0 }
];

export function bandOf(score: number): WarmthBand {
  for (const floor of BAND_FLOORS) if (score >= floor.min) return floor.band;
  return 'cold';
}

/** The last contact: messages or invitation, a logged action, or a decision. */
export function lastContactOf(evidence: PersonEvidence | undefined, journal?: JournalContact): string | undefined {
  let last = latestDate(evidence?.lastContact, journal?.decided);
  if (journal) for (const d of journal.logDates) if (last === undefined || d > last) last = d;
  return last;
}

/**
 * Scores one relationship on `today` (YYYY-MM-DD). Points (each capped) are summed, then decayed
 * by half every HALF_LIFE_DAYS since the last contact (the connection date when nothing else is
 * known); the result is rounded and clamped to 0–100.
 */
export function computeWarmth(evidence: PersonEvidence | undefined, today: string, journal?: JournalContact): Warmth {
  const e = evidence;
  const reasons: string[] = [];
  let points = 0;
  const sent = e?.messagesSent ?? 0;
  const received = e?.messagesReceived ?? 0;
  const messages = sent + received;
  const lastContact = lastContactOf(e, journal);
  if (messages > 0) {
    // log2 so that the 100th message adds less than the 2nd: depth, not volume.
    points += Math.min(40, Math.round(8 * Math.log2(1 + messages)));
    const both = sent > 0 && received > 0;
    if (both) points += 15;
    const way = both ? 'both ways' : sent > 0 ? 'only from you' : 'only to you';
    reasons.push(`${messages} message${messages === 1 ? '' : 's'}, ${way}`);
  }
  if ((e?.groupConversations ?? 0) > 0) {
    points += Math.min(6, 2 * e!.groupConversations);
    reasons.push(`${e!.groupConversations} group conversation${e!.groupConversations === 1 ? '' : 's'}`);
  }
  const logged = journal?.logDates.length ?? 0;
  if (logged > 0) {
    points += Math.min(20, 5 * logged);
    reasons.push(`${logged} logged action${logged === 1 ? '' : 's'}`);
  }
  if (e?.recommendationsReceived) {
    points += Math.min(20, 12 * e.recommendationsReceived);
    reasons.push('recommended you');
  }
  if (e?.recommendationsGiven) {
    points += Math.min(15, 8 * e.recommendationsGiven);
    reasons.push('you recommended them');
  }
  if (e?.endorsementsReceived) {
    points += Math.min(10, 4 * e.endorsementsReceived);
    reasons.push(`endorsed you${e.endorsementsReceived > 1 ? ` ×${e.endorsementsReceived}` : ''}`);
  }
  if (e?.endorsementsGiven) {
    points += Math.min(8, 3 * e.endorsementsGiven);
    reasons.push(`you endorsed them${e.endorsementsGiven > 1 ? ` ×${e.endorsementsGiven}` : ''}`);
  }
  if (e?.invitation) {
    points += e.invitationNote ? 6 : 2;
    const who = e.invitation === 'incoming' ? 'they invited you' : 'you invited them';
    reasons.push(e.invitationNote ? `${who} with a note` : who);
  }
  if (e?.connectedOn) {
    points += 5;
    reasons.push(`connected ${e.connectedOn}`);
  }
  const since = lastContact ?? e?.connectedOn;
  let score = 0;
  if (points > 0) {
    const days = since ? Math.max(0, daysBetween(since, today)) : 0;
    const decay = since ? Math.pow(0.5, days / HALF_LIFE_DAYS) : 1;
    score = Math.max(0, Math.min(100, Math.round(points * decay)));
    if (lastContact) reasons.push(`last contact ${ago(daysBetween(lastContact, today))}`);
  }
  if (reasons.length === 0) reasons.push('no contact on record');
  return { score, band: bandOf(score), reasons };
}

function ago(days: number): string {
  if (days <= 0) return days === 0 ? 'today' : `on a future date (${-days} days ahead)`;
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** The reasons as the one line the issue asks for. */
export function warmthLine(warmth: Warmth): string {
  return `${warmth.score} ${warmth.band}: ${warmth.reasons.join('; ')}`;
}
