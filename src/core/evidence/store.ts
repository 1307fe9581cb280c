/**
 * The evidence file beside the journal (`<journal>.evidence.tsv`): a header line, then one
 * person a line sorted by key, tab-separated counts and dates. Plain text that diffs cleanly and
 * can be regenerated from the export. Merging keeps the larger count and the wider date range,
 * so re-importing the same export changes nothing and a newer export only adds.
 */
import { earliestDate, emptyEvidence, latestDate, type PersonEvidence } from './types';

export const EVIDENCE_HEADER =
  '# deliberate evidence v1\tkey\tname\tconnected\tinvitation\tnote\tsent\treceived\tboth\tgroups\tfirst\tlast\tendorsed_given\tendorsed_received\trecommended_given\trecommended_received';

const COLUMNS = 16;

/** Tabs and line breaks cannot appear in a cell; names are display text only. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

export function serialiseEvidence(people: Iterable<PersonEvidence>): string {
  const rows = [...people].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = [EVIDENCE_HEADER];
  for (const p of rows) {
    lines.push(
      [
        '',
        cell(p.key),
        cell(p.name),
        p.connectedOn ?? '',
        p.invitation ?? '',
        p.invitationNote ? 'yes' : '',
        p.messagesSent,
        p.messagesReceived,
        p.conversationsBothWrote,
        p.groupConversations,
        p.firstContact ?? '',
        p.lastContact ?? '',
        p.endorsementsGiven,
        p.endorsementsReceived,
        p.recommendationsGiven,
        p.recommendationsReceived
      ].join('\t')
    );
  }
  return lines.join('\n') + '\n';
}

export interface ParsedEvidence {
  people: Map<string, PersonEvidence>;
  /** 1-based numbers of lines that could not be read (reported, never silently dropped). */
  badLines: number[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseEvidence(text: string): ParsedEvidence {
  const people = new Map<string, PersonEvidence>();
  const badLines: number[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length !== COLUMNS || f[1] === '') {
      badLines.push(i + 1);
      continue;
    }
    const n = (s: string) => (/^\d+$/.test(s) ? Number(s) : NaN);
    const counts = [f[6], f[7], f[8], f[9], f[12], f[13], f[14], f[15]].map(n);
    if (counts.some((c) => Number.isNaN(c)) || [f[3], f[10], f[11]].some((d) => d !== '' && !DATE.test(d))) {
      badLines.push(i + 1);
      continue;
    }
    const p = emptyEvidence(f[1], f[2]);
    if (f[3]) p.connectedOn = f[3];
    if (f[4] === 'incoming' || f[4] === 'outgoing') p.invitation = f[4];
    p.invitationNote = f[5] === 'yes';
    [p.messagesSent, p.messagesReceived, p.conversationsBothWrote, p.groupConversations] = counts;
    if (f[10]) p.firstContact = f[10];
    if (f[11]) p.lastContact = f[11];
    [p.endorsementsGiven, p.endorsementsReceived, p.recommendationsGiven, p.recommendationsReceived] = counts.slice(4);
    people.set(p.key, people.has(p.key) ? mergePerson(people.get(p.key)!, p) : p);
  }
  return { people, badLines };
}

/** One person's evidence from two imports: the larger count, the wider date range; never less. */
export function mergePerson(a: PersonEvidence, b: PersonEvidence): PersonEvidence {
  return {
    key: a.key,
    name: a.name || b.name,
    connectedOn: earliestDate(a.connectedOn, b.connectedOn),
    invitation: a.invitation ?? b.invitation,
    invitationNote: a.invitationNote || b.invitationNote,
    messagesSent: Math.max(a.messagesSent, b.messagesSent),
    messagesReceived: Math.max(a.messagesReceived, b.messagesReceived),
    conversationsBothWrote: Math.max(a.conversationsBothWrote, b.conversationsBothWrote),
    groupConversations: Math.max(a.groupConversations, b.groupConversations),
    firstContact: earliestDate(a.firstContact, b.firstContact),
    lastContact: latestDate(a.lastContact, b.lastContact),
    endorsementsGiven: Math.max(a.endorsementsGiven, b.endorsementsGiven),
    endorsementsReceived: Math.max(a.endorsementsReceived, b.endorsementsReceived),
    recommendationsGiven: Math.max(a.recommendationsGiven, b.recommendationsGiven),
    recommendationsReceived: Math.max(a.recommendationsReceived, b.recommendationsReceived)
  };
}

/** Merges `incoming` into a copy of `existing`; counts how many people were added or changed. */
export function mergeEvidence(
  existing: ReadonlyMap<string, PersonEvidence>,
  incoming: Iterable<PersonEvidence>
): { people: Map<string, PersonEvidence>; added: number; changed: number } {
  const people = new Map(existing);
  let added = 0;
  let changed = 0;
  for (const p of incoming) {
    const before = people.get(p.key);
    if (!before) {
      people.set(p.key, p);
      added++;
      continue;
    }
    const merged = mergePerson(before, p);
    if (serialiseEvidence([merged]) !== serialiseEvidence([before])) changed++;
    people.set(p.key, merged);
  }
  return { people, added, changed };
}
