/**
 * messages.csv → per-conversation tallies. Only who wrote, to whom and when is read: the
 * CONTENT, SUBJECT and ATTACHMENTS cells are never looked at, copied or kept.
 * Drafts (IS MESSAGE DRAFT) and the SPAM / SPONSORED folders are not contact and are skipped
 * (and counted). Who the owner is comes later (see owner.ts), so tallies are kept per key.
 */
import { scanCsv } from '../linkedin/csv';
import { columnIndex, type ClassifiedFile } from './classify';
import type { KeyOf } from './keys';

export interface ConversationTally {
  /** Messages written per participant key (0 for those only ever addressed). */
  sent: Map<string, number>;
  first?: string;
  last?: string;
}

export interface MessageTallies {
  conversations: Map<string, ConversationTally>;
  /** How many messages each key took part in (sender or recipient): the owner is in all. */
  appearances: Map<string, number>;
  names: Map<string, string>;
  rows: number;
  drafts: number;
  spam: number;
}

export function emptyTallies(): MessageTallies {
  return { conversations: new Map(), appearances: new Map(), names: new Map(), rows: 0, drafts: 0, spam: 0 };
}

const SKIPPED_FOLDER = /spam|sponsored/i;

export function tallyMessages(
  text: string,
  file: ClassifiedFile,
  fileName: string,
  keyOf: KeyOf,
  into: MessageTallies
): void {
  const col = columnIndex(file, fileName);
  const conv = col('CONVERSATION ID');
  const from = col('FROM');
  const fromUrl = col('SENDER PROFILE URL');
  const to = col('TO');
  const toUrls = col('RECIPIENT PROFILE URLS');
  const dateCol = col('DATE');
  const folder = col('FOLDER');
  const draft = col('IS MESSAGE DRAFT');
  const bump = (key: string) => into.appearances.set(key, (into.appearances.get(key) ?? 0) + 1);
  scanCsv(text, file.next, (fields) => {
    if (fields.length === 1 && fields[0].trim() === '') return;
    into.rows++;
    if (draft !== -1 && /^(yes|true)$/i.test((fields[draft] ?? '').trim())) {
      into.drafts++;
      return;
    }
    if (folder !== -1 && SKIPPED_FOLDER.test(fields[folder] ?? '')) {
      into.spam++;
      return;
    }
    const sender = keyOf(fields[fromUrl] ?? '', fields[from] ?? '', into.names);
    if (!sender) return;
    const recipientUrls = splitList(fields[toUrls] ?? '');
    const recipientNames = splitList(fields[to] ?? '');
    const id = fields[conv] ?? '';
    let tally = into.conversations.get(id);
    if (!tally) into.conversations.set(id, (tally = { sent: new Map() }));
    tally.sent.set(sender, (tally.sent.get(sender) ?? 0) + 1);
    bump(sender);
    const count = Math.max(recipientUrls.length, recipientNames.length);
    for (let i = 0; i < count; i++) {
      // Names are split on commas too, so they pair with URLs only when the counts agree.
      const name =
        recipientNames.length === recipientUrls.length || recipientUrls.length === 0 ? recipientNames[i] : '';
      const key = keyOf(recipientUrls[i] ?? '', name ?? '', into.names);
      if (!key || key === sender) continue;
      if (!tally.sent.has(key)) tally.sent.set(key, 0);
      bump(key);
    }
    const raw = fields[dateCol] ?? '';
    const date = /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : undefined;
    if (date) {
      if (!tally.first || date < tally.first) tally.first = date;
      if (!tally.last || date > tally.last) tally.last = date;
    }
  });
}

function splitList(value: string): string[] {
  if (!value.trim()) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
