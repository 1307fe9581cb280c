/**
 * Warmth: a deterministic 0–100 score from evidence, with reasons a person can check.
 * The formula is documented in docs/warmth.md; keep the two in step. warmthScore is the
 * number alone (no strings: sorting 30,000 rows needs only that); computeWarmth adds the band
 * and the reasons, from the same points.
 */
import { dayNumber, type JournalContact, type PersonEvidence, type Warmth, type WarmthBand } from './types';

/** Days after which the score of a relationship halves without new contact. */
export const HALF_LIFE_DAYS = 180;
/** ln(0.5) / HALF_LIFE_DAYS: exp(days × this) halves every HALF_LIFE_DAYS. */
const DECAY_PER_DAY = Math.log(0.5) / HALF_LIFE_DAYS;

export const BAND_FLOORS: readonly { band: WarmthBand; min: number }[] = [
  { band: 'strong', min: 60 },
  { band: 'warm', min: 35 },
  { band: 'light', min: 15 },
  { band: 'cold', min: 0 }
];

export function bandOf(score: number): WarmthBand {
  return score >= 60 ? 'strong' : score >= 35 ? 'warm' : score >= 15 ? 'light' : 'cold';
}

/** The last contact: messages or invitation, a logged action, or a decision. */
export function lastContactOf(evidence: PersonEvidence | undefined, journal?: JournalContact): string | undefined {
  let last = evidence?.lastContact;
  if (journal) {
    if (journal.decided && (last === undefined || journal.decided > last)) last = journal.decided;
    for (const d of journal.logDates) if (last === undefined || d > last) last = d;
  }
  return last;
}

/** Points before decay: each kind of evidence capped, so no single one dominates. */
function points(e: PersonEvidence | undefined, journal: JournalContact | undefined): number {
  let p = 0;
  const logged = journal ? journal.logDates.length : 0;
  if (logged > 0) p += Math.min(20, 5 * logged);
  if (!e) return p;
  const messages = e.messagesSent + e.messagesReceived;
  if (messages > 0) {
    // log2 so that the 100th message adds less than the 2nd: depth, not volume.
    p += Math.min(40, Math.round(8 * Math.log2(1 + messages)));
    if (e.messagesSent > 0 && e.messagesReceived > 0) p += 15;
  }
  if (e.groupConversations > 0) p += Math.min(6, 2 * e.groupConversations);
  if (e.recommendationsReceived > 0) p += Math.min(20, 12 * e.recommendationsReceived);
  if (e.recommendationsGiven > 0) p += Math.min(15, 8 * e.recommendationsGiven);
  if (e.endorsementsReceived > 0) p += Math.min(10, 4 * e.endorsementsReceived);
  if (e.endorsementsGiven > 0) p += Math.min(8, 3 * e.endorsementsGiven);
  if (e.invitation) p += e.invitationNote ? 6 : 2;
  if (e.connectedOn) p += 5;
  return p;
}

/**
 * The score on `today` (YYYY-MM-DD): points halved every HALF_LIFE_DAYS since the last contact
 * (the connection date when nothing else is known), rounded, clamped to 0–100.
 */
export function warmthScore(evidence: PersonEvidence | undefined, today: string, journal?: JournalContact): number {
  return scoreOn(evidence, dayNumber(today), journal);
}

/**
 * warmthScore for many people on one day: today's day number is worked out once, not once per
 * person (scoring 30,000 people for a sort is the common case).
 */
export function warmthScorer(
  today: string
): (evidence: PersonEvidence | undefined, journal?: JournalContact) => number {
  const todayNumber = dayNumber(today);
  return (evidence, journal) => scoreOn(evidence, todayNumber, journal);
}

function scoreOn(evidence: PersonEvidence | undefined, todayNumber: number, journal?: JournalContact): number {
  const p = points(evidence, journal);
  if (p === 0) return 0;
  const since = lastContactOf(evidence, journal) ?? evidence?.connectedOn;
  const days = since ? Math.max(0, todayNumber - dayNumber(since)) : 0;
  const score = Math.round(p * Math.exp(days * DECAY_PER_DAY));
  return score > 100 ? 100 : score < 0 ? 0 : score;
}

/** Score, band and the reasons, each a fact the user can check against the export or journal. */
export function computeWarmth(evidence: PersonEvidence | undefined, today: string, journal?: JournalContact): Warmth {
  const score = warmthScore(evidence, today, journal);
  return { score, band: bandOf(score), reasons: warmthReasons(evidence, today, journal) };
}

export function warmthReasons(e: PersonEvidence | undefined, today: string, journal?: JournalContact): string[] {
  const reasons: string[] = [];
  const sent = e?.messagesSent ?? 0;
  const received = e?.messagesReceived ?? 0;
  const messages = sent + received;
  if (messages > 0) {
    const way = sent > 0 && received > 0 ? 'both ways' : sent > 0 ? 'only from you' : 'only to you';
    reasons.push(`${messages} message${messages === 1 ? '' : 's'}, ${way}`);
  }
  const groups = e?.groupConversations ?? 0;
  if (groups > 0) reasons.push(`${groups} group conversation${groups === 1 ? '' : 's'}`);
  const logged = journal?.logDates.length ?? 0;
  if (logged > 0) reasons.push(`${logged} logged action${logged === 1 ? '' : 's'}`);
  if (e?.recommendationsReceived) reasons.push('recommended you');
  if (e?.recommendationsGiven) reasons.push('you recommended them');
  if (e?.endorsementsReceived) {
    reasons.push(`endorsed you${e.endorsementsReceived > 1 ? ` ×${e.endorsementsReceived}` : ''}`);
  }
  if (e?.endorsementsGiven) {
    reasons.push(`you endorsed them${e.endorsementsGiven > 1 ? ` ×${e.endorsementsGiven}` : ''}`);
  }
  if (e?.invitation) {
    const who = e.invitation === 'incoming' ? 'they invited you' : 'you invited them';
    reasons.push(e.invitationNote ? `${who} with a note` : who);
  }
  if (e?.connectedOn) reasons.push(`connected ${e.connectedOn}`);
  const last = lastContactOf(e, journal);
  if (last && reasons.length > 0) reasons.push(`last contact ${ago(dayNumber(today) - dayNumber(last))}`);
  if (reasons.length === 0) reasons.push('no contact on record');
  return reasons;
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
