/**
 * A whole LinkedIn export (texts of its files) → evidence per person, a report per file, and
 * who the account owner is. The owner is worked out from the data: the profile on the far
 * side of every invitation, else the one present in the most messages. The owner is never a
 * person in the evidence. Bodies (message CONTENT, invitation Message, recommendation Text) are
 * never read beyond "is it empty".
 */
import { scanCsv } from '../linkedin/csv';
import { parseConnectedOn, parseSentAt } from '../linkedin/rows';
import { classifyExportText, columnIndex, type ClassifiedFile, type EvidenceFileKind } from './classify';
import { makeKeyOf, type KeyOf } from './keys';
import { emptyTallies, tallyMessages } from './messages';
import { earliestDate, emptyEvidence, latestDate, type PersonEvidence } from './types';
import { cleanValue } from '../journal/sanitize';
import { nameKey } from './journal';
import { SYNTHETIC_PREFIX } from '../journal/identity';

export interface ExportText {
  name: string;
  text: string;
}

export interface FileReport {
  name: string;
  kind: EvidenceFileKind | 'skipped';
  /** One line for the summary: rows read, what was skipped and why. */
  summary: string;
}

export interface EvidenceImport {
  people: Map<string, PersonEvidence>;
  files: FileReport[];
  /** The owner's key, when the data says who it is. */
  owner?: string;
  /** Recommendation names that matched no one or more than one person (never guessed). */
  unmatched: string[];
  /**
   * Group conversations of at most GROUP_EDGE_LIMIT people, the owner included: the other
   * participants (identity key from the profile URL when there is one, and the name; never a
   * body) and the latest date. Empty when the owner is unknown (the owner is never listed).
   */
  groups: GroupConversation[];
}

/** People in a conversation, the owner included, up to which they are taken to know each other. */
export const GROUP_EDGE_LIMIT = 5;

export interface GroupConversation {
  participants: { id?: string; name: string }[];
  /** YYYY-MM-DD of the latest message, when known. */
  date?: string;
}

interface Pending {
  file: ClassifiedFile;
  text: string;
  name: string;
}

export function buildEvidence(files: readonly ExportText[]): EvidenceImport {
  const keyOf = makeKeyOf();
  const names = new Map<string, string>();
  const people = new Map<string, PersonEvidence>();
  const reports: FileReport[] = [];
  const pending: Pending[] = [];
  for (const f of files) {
    const c = classifyExportText(f.text, f.name);
    if ('skipped' in c) reports.push({ name: f.name, kind: 'skipped', summary: `skipped: ${c.skipped}` });
    else pending.push({ file: c.file, text: f.text, name: f.name });
  }
  // Missing columns are checked for every file before anything is counted: one clear error.
  for (const p of pending) columnIndex(p.file, p.name);

  const person = (key: string): PersonEvidence => {
    let e = people.get(key);
    if (!e) people.set(key, (e = emptyEvidence(key, names.get(key) ?? '')));
    return e;
  };
  const ownerVotes = new Map<string, number>();
  const vote = (key: string) => key && ownerVotes.set(key, (ownerVotes.get(key) ?? 0) + 1000);

  const tallies = emptyTallies();
  tallies.names = names; // one name book for every file
  const recommendations: { pending: Pending; names: string[] }[] = [];
  for (const p of pending) {
    const col = columnIndex(p.file, p.name);
    const counted = { rows: 0, unreadable: 0 };
    const kind = p.file.kind;
    if (kind === 'messages') {
      const before = { rows: tallies.rows, drafts: tallies.drafts, spam: tallies.spam };
      tallyMessages(p.text, p.file, p.name, keyOf, tallies);
      reports.push({
        name: p.name,
        kind,
        summary: `${tallies.rows - before.rows} messages read (bodies not kept), ${tallies.drafts - before.drafts} drafts and ${tallies.spam - before.spam} spam/sponsored skipped`
      });
      continue;
    }
    if (kind === 'recommendations-given' || kind === 'recommendations-received') {
      const list: string[] = [];
      rows(p, (f) => {
        counted.rows++;
        const name = cleanValue(`${f[col('First Name')] ?? ''} ${f[col('Last Name')] ?? ''}`);
        if (name) list.push(name);
      });
      recommendations.push({ pending: p, names: list });
      continue;
    }
    rows(p, (f) => {
      counted.rows++;
      if (!readRow(kind, f, col, keyOf, names, person, vote)) counted.unreadable++;
    });
    reports.push({
      name: p.name,
      kind,
      summary: `${counted.rows} rows read${counted.unreadable ? `, ${counted.unreadable} without a name or URL skipped` : ''}`
    });
  }

  for (const [key, n] of tallies.appearances) ownerVotes.set(key, (ownerVotes.get(key) ?? 0) + n);
  let owner: string | undefined;
  let best = 0;
  for (const [key, n] of ownerVotes) {
    // Connections.csv lists everyone but the owner.
    if (people.get(key)?.connectedOn) continue;
    if (n > best || (n === best && owner !== undefined && key < owner)) [owner, best] = [key, n];
  }

  let toSelf = 0;
  const groups: GroupConversation[] = [];
  let largeGroups = 0;
  for (const tally of tallies.conversations.values()) {
    const others = [...tally.sent.keys()].filter((k) => k !== owner);
    if (others.length === 0) {
      toSelf++;
      continue;
    }
    if (others.length > 1) {
      for (const k of others) person(k).groupConversations++;
      // Without a known owner we cannot keep them out of the edges, so there are none.
      if (others.length + 1 > GROUP_EDGE_LIMIT) largeGroups++;
      else if (owner) groups.push(groupOf(others, names, tally.last));
      continue;
    }
    const e = person(others[0]);
    const mine = owner ? (tally.sent.get(owner) ?? 0) : 0;
    const theirs = tally.sent.get(others[0]) ?? 0;
    e.messagesSent += mine;
    e.messagesReceived += theirs;
    if (mine > 0 && theirs > 0) e.conversationsBothWrote++;
    e.firstContact = earliestDate(e.firstContact, tally.first);
    e.lastContact = latestDate(e.lastContact, tally.last);
  }
  const messagesReport = reports.find((r) => r.kind === 'messages');
  if (toSelf > 0 && messagesReport) {
    messagesReport.summary += `, ${toSelf} conversation${toSelf === 1 ? '' : 's'} with only yourself ignored`;
  }
  if (largeGroups > 0 && messagesReport) {
    messagesReport.summary += `, ${largeGroups} group conversation${largeGroups === 1 ? '' : 's'} of more than ${GROUP_EDGE_LIMIT} people give no network edges`;
  }
  if (owner) people.delete(owner);
  for (const [key, e] of people) if (!e.name) e.name = names.get(key) ?? key;

  const unmatched = matchRecommendations(recommendations, people, reports);
  return { people, files: reports, owner, unmatched, groups };
}

/** Keys from profile URLs are identity keys; a name-only key (synthetic prefix) gives just the name. */
function groupOf(keys: string[], names: Map<string, string>, date: string | undefined): GroupConversation {
  const participants = keys.map((key) => {
    const name = names.get(key) ?? '';
    return key.startsWith(SYNTHETIC_PREFIX) ? { name } : { id: key, name };
  });
  return { participants, date };
}

function rows(p: Pending, onRow: (fields: string[]) => void): void {
  scanCsv(p.text, p.file.next, (fields) => {
    if (fields.length === 1 && fields[0].trim() === '') return;
    onRow(fields);
  });
}

function readRow(
  kind: EvidenceFileKind,
  f: string[],
  col: (name: string) => number,
  keyOf: KeyOf,
  names: Map<string, string>,
  person: (key: string) => PersonEvidence,
  vote: (key: string) => void
): boolean {
  const at = (name: string) => (col(name) === -1 ? '' : (f[col(name)] ?? ''));
  if (kind === 'connections') {
    const key = keyOf(at('URL'), `${at('First Name')} ${at('Last Name')}`.trim(), names);
    if (!key) return false;
    const e = person(key);
    e.connectedOn = earliestDate(e.connectedOn, parseConnectedOn(at('Connected On')) ?? undefined);
    return true;
  }
  if (kind === 'invitations') {
    const incoming = /^incoming$/i.test(at('Direction').trim());
    const key = incoming
      ? keyOf(at('inviterProfileUrl'), at('From'), names)
      : keyOf(at('inviteeProfileUrl'), at('To'), names);
    vote(incoming ? keyOf(at('inviteeProfileUrl'), '', names) : keyOf(at('inviterProfileUrl'), '', names));
    if (!key) return false;
    const e = person(key);
    e.invitation = incoming ? 'incoming' : 'outgoing';
    if (col('Message') !== -1 && at('Message').trim() !== '') e.invitationNote = true;
    const date = parseSentAt(at('Sent At'))?.slice(0, 10);
    e.firstContact = earliestDate(e.firstContact, date);
    e.lastContact = latestDate(e.lastContact, date);
    return true;
  }
  const received = kind === 'endorsements-received';
  const role = received ? 'Endorser' : 'Endorsee';
  const key = keyOf(at(`${role} Public Url`), `${at(`${role} First Name`)} ${at(`${role} Last Name`)}`.trim(), names);
  if (!key) return false;
  const e = person(key);
  if (received) e.endorsementsReceived++;
  else e.endorsementsGiven++;
  return true;
}

/** Names only: a recommendation counts for the one person of that name, else it is reported. */
function matchRecommendations(
  files: { pending: Pending; names: string[] }[],
  people: Map<string, PersonEvidence>,
  reports: FileReport[]
): string[] {
  const byName = new Map<string, string[]>();
  for (const e of people.values()) {
    const n = nameKey(e.name);
    const list = byName.get(n);
    if (list) list.push(e.key);
    else byName.set(n, [e.key]);
  }
  const unmatched: string[] = [];
  for (const { pending, names } of files) {
    let matched = 0;
    const missed: string[] = [];
    for (const name of names) {
      const keys = byName.get(nameKey(name)) ?? [];
      if (keys.length !== 1) {
        missed.push(`${name} (${keys.length === 0 ? 'no one by that name' : `${keys.length} people by that name`})`);
        continue;
      }
      const e = people.get(keys[0])!;
      if (pending.file.kind === 'recommendations-received') e.recommendationsReceived++;
      else e.recommendationsGiven++;
      matched++;
    }
    unmatched.push(...missed);
    reports.push({
      name: pending.name,
      kind: pending.file.kind,
      summary: `${matched} matched by name${missed.length ? `, not matched (not guessed): ${missed.join('; ')}` : ''}`
    });
  }
  return unmatched;
}
