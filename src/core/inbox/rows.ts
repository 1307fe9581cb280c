/**
 * Turns a filtered, sorted list of people into the flat row list the virtualized list
 * renders: day headers, "yes-to-all" burst groups (collapsible) and person rows. Flat rows with
 * known heights are what let the webview render only what is visible.
 */
import type { InboxEntry } from './entry';

/** A burst as the feeds core reports it (detectBursts). */
export interface Burst {
  via: string;
  eventIds: readonly string[];
  start: string;
  end: string;
  count: number;
  /** Members still undecided, when known: the label then says "· 9 left". */
  left?: number;
}

export type InboxRow =
  | { kind: 'day'; key: string; day: string; label: string; count: number }
  | { kind: 'burst'; key: string; via: string; label: string; visible: number; expanded: boolean }
  | { kind: 'person'; key: string; entry: InboxEntry; burstKey: string | null };

export interface BurstIndex {
  /** Event id → burst key. */
  memberOf: Map<string, string>;
  byKey: Map<string, Burst>;
}

export function burstKey(burst: Burst): string {
  return `burst:${burst.via}|${burst.start}`;
}

export function indexBursts(bursts: readonly Burst[]): BurstIndex {
  const memberOf = new Map<string, string>();
  const byKey = new Map<string, Burst>();
  for (const burst of bursts) {
    const key = burstKey(burst);
    byKey.set(key, burst);
    for (const id of burst.eventIds) memberOf.set(id, key);
  }
  return { memberOf, byKey };
}

/** "Mark Ruiz connected with 25 people in 8 minutes · 9 left". */
export function burstLabel(burst: Burst, visible: number): string {
  const minutes = Math.round((Date.parse(burst.end) - Date.parse(burst.start)) / 60_000);
  const span = !Number.isFinite(minutes)
    ? ''
    : minutes < 1
      ? ' in under a minute'
      : ` in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const left = burst.left !== undefined && burst.left < burst.count ? ` · ${burst.left} left` : '';
  const shown = visible < (burst.left ?? burst.count) ? ` (${visible} shown)` : '';
  return `${burst.via} connected with ${burst.count} people${span}${left}${shown}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Labels of the days seen for one `today`: a keystroke rebuilds hundreds of day rows. */
const labels = { today: '', byDay: new Map<string, string>() };

function cachedDayLabel(day: string, today: string): string {
  if (labels.today !== today) {
    labels.today = today;
    labels.byDay.clear();
  }
  let label = labels.byDay.get(day);
  if (label === undefined) {
    label = dayLabel(day, today);
    if (labels.byDay.size > 50_000) labels.byDay.clear();
    labels.byDay.set(day, label);
  }
  return label;
}

/** "Today", "Yesterday", else "Mon, Nov 23, 2026"; "Undated" for people without a date. */
export function dayLabel(day: string, today: string): string {
  if (!day) return 'Undated';
  if (day === today) return 'Today';
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  const [ty, tm, td] = today.split('-').map(Number);
  const yesterday = new Date(ty, tm - 1, td - 1);
  if (date.getTime() === yesterday.getTime()) return 'Yesterday';
  return `${WEEKDAYS[date.getDay()]}, ${MONTHS[m - 1]} ${d}, ${y}`;
}

type PersonRow = Extract<InboxRow, { kind: 'person' }>;

/** The same row object while the entry and its burst are unchanged, so the list keeps its node. */
export function personRow(entry: InboxEntry, burstKey: string | null): PersonRow {
  const cached = entry.row as PersonRow | undefined;
  if (cached && cached.burstKey === burstKey) return cached;
  const row: PersonRow = { kind: 'person', key: entry.person.id, entry, burstKey };
  entry.row = row;
  return row;
}

/**
 * Builds rows (into `into` when given, which is emptied first). A burst with at least two visible members becomes one group placed where its
 * newest member would be; its members follow only when expanded. Linear in the input.
 */
export function buildRows(
  entries: readonly InboxEntry[],
  bursts: BurstIndex,
  expanded: ReadonlySet<string>,
  today: string,
  into?: InboxRow[]
): InboxRow[] {
  const members = new Map<string, InboxEntry[]>();
  if (bursts.memberOf.size > 0) {
    for (const entry of entries) {
      const key = bursts.memberOf.get(entry.person.id);
      if (key === undefined) continue;
      const list = members.get(key);
      if (list) list.push(entry);
      else members.set(key, [entry]);
    }
  }
  // `into` lets the webview refill one array per keystroke instead of allocating 30,000 slots.
  const rows: InboxRow[] = into ?? [];
  rows.length = 0;
  let dayRow: Extract<InboxRow, { kind: 'day' }> | undefined;
  const anyBursts = bursts.memberOf.size > 0;
  for (const entry of entries) {
    const key = anyBursts ? (bursts.memberOf.get(entry.person.id) ?? null) : null;
    const group = key === null ? undefined : members.get(key);
    const grouped = group !== undefined && group.length >= 2;
    if (grouped && group[0] !== entry) continue; // emitted with the group's newest member
    if (!dayRow || dayRow.day !== entry.day) {
      dayRow = {
        kind: 'day',
        key: `day:${entry.day}`,
        day: entry.day,
        label: cachedDayLabel(entry.day, today),
        count: 0
      };
      rows.push(dayRow);
    }
    if (!grouped || key === null) {
      dayRow.count++;
      rows.push(personRow(entry, key));
      continue;
    }
    const burst = bursts.byKey.get(key)!;
    const isOpen = expanded.has(key);
    dayRow.count += group.length;
    rows.push({
      kind: 'burst',
      key,
      via: burst.via,
      label: burstLabel(burst, group.length),
      visible: group.length,
      expanded: isOpen
    });
    if (isOpen) for (const member of group) rows.push(personRow(member, key));
  }
  return rows;
}
