/**
 * What the LinkedIn export and the journal tell about one relationship: counts and dates only.
 * Message bodies, subjects and recommendation texts are never part of it.
 */
export interface PersonEvidence {
  /** canonicalId of the person's profile URL (or the journal's synthetic name id when no URL is known). */
  key: string;
  /** Display name as the export spells it (cleaned to one line). */
  name: string;
  /** `YYYY-MM-DD` from Connections.csv. */
  connectedOn?: string;
  /** Who sent the invitation, from Invitations.csv. */
  invitation?: 'incoming' | 'outgoing';
  /** The invitation carried a note (its text is not kept). */
  invitationNote: boolean;
  /** One-to-one messages the account owner sent to this person. */
  messagesSent: number;
  /** One-to-one messages this person sent to the account owner. */
  messagesReceived: number;
  /** One-to-one conversations in which both sides wrote at least once. */
  conversationsBothWrote: number;
  /** Group conversations (more than one other participant) this person took part in. */
  groupConversations: number;
  /** First and last one-to-one message or invitation, `YYYY-MM-DD`. */
  firstContact?: string;
  lastContact?: string;
  endorsementsGiven: number;
  endorsementsReceived: number;
  recommendationsGiven: number;
  recommendationsReceived: number;
}

/** What the journal adds: a decision date and the dates of `### Log` lines (each a contact). */
export interface JournalContact {
  decided?: string;
  logDates: readonly string[];
}

export type WarmthBand = 'strong' | 'warm' | 'light' | 'cold';

export interface Warmth {
  score: number;
  band: WarmthBand;
  reasons: string[];
}

export function emptyEvidence(key: string, name: string): PersonEvidence {
  // Every field present from the start: one object shape for all people keeps scoring loops fast.
  return {
    key,
    name,
    connectedOn: undefined,
    invitation: undefined,
    invitationNote: false,
    messagesSent: 0,
    messagesReceived: 0,
    conversationsBothWrote: 0,
    groupConversations: 0,
    firstContact: undefined,
    lastContact: undefined,
    endorsementsGiven: 0,
    endorsementsReceived: 0,
    recommendationsGiven: 0,
    recommendationsReceived: 0
  };
}

/** Latest of ISO dates (string order is date order for YYYY-MM-DD). */
export function latestDate(...dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d && (best === undefined || d > best)) best = d;
  return best;
}

export function earliestDate(...dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d && (best === undefined || d < best)) best = d;
  return best;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD), by calendar arithmetic so time zones cannot shift it. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days since 1970-01-01 of a YYYY-MM-DD string, read by character codes (hot in warmth scoring). */
export function dayNumber(date: string): number {
  // No inner helper: a closure per call costs more than the arithmetic.
  let y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  // Howard Hinnant's days_from_civil.
  y -= m <= 2 ? 1 : 0;
  // Years are 0000–9999 here, so integer division by `| 0` is exact (no negative operands).
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

function digit(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}
