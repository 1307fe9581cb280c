/**
 * The journal's `cadence` key: `30d`, `6w`, `3m`, `1y`, or ideal..maximum such as `1m..3m`.
 * Months and years follow the calendar (Jan 31 + 1m = Feb 28/29), days and weeks count days.
 */
import { daysBetween } from './types';

export type CadenceUnit = 'd' | 'w' | 'm' | 'y';

export interface Interval {
  count: number;
  unit: CadenceUnit;
}

export interface Cadence {
  ideal: Interval;
  /** Same as ideal when only one interval is written. */
  max: Interval;
  /** As written, normalised (`1m..3m`). */
  text: string;
}

export type CadenceParse = { ok: true; cadence: Cadence } | { ok: false; message: string };

const INTERVAL = /^(\d{1,4})\s*([dwmy])$/i;
const UNIT_DAYS: Record<CadenceUnit, number> = { d: 1, w: 7, m: 30.44, y: 365.25 };

function parseInterval(text: string): Interval | undefined {
  const m = INTERVAL.exec(text.trim());
  if (!m) return undefined;
  const count = Number(m[1]);
  if (count < 1) return undefined;
  return { count, unit: m[2].toLowerCase() as CadenceUnit };
}

export function intervalText(interval: Interval): string {
  return `${interval.count}${interval.unit}`;
}

/** Rough length in days, only for comparing intervals (due dates use addInterval). */
export function approximateDays(interval: Interval): number {
  return interval.count * UNIT_DAYS[interval.unit];
}

export function parseCadence(value: string): CadenceParse {
  const text = value.trim();
  const example = 'write it like 30d, 6w, 3m, 1y, or ideal..maximum such as 1m..3m';
  if (!text) return { ok: false, message: `cadence is empty; ${example}` };
  const parts = text.split('..');
  if (parts.length > 2) return { ok: false, message: `cadence '${text}' has more than one '..'; ${example}` };
  const ideal = parseInterval(parts[0]);
  const max = parts.length === 2 ? parseInterval(parts[1]) : ideal;
  if (!ideal || !max) return { ok: false, message: `cadence '${text}' is not an interval; ${example}` };
  if (approximateDays(max) < approximateDays(ideal)) {
    return { ok: false, message: `cadence '${text}': the maximum is shorter than the ideal; write ideal..maximum` };
  }
  const normalised = parts.length === 2 ? `${intervalText(ideal)}..${intervalText(max)}` : intervalText(ideal);
  return { ok: true, cadence: { ideal, max, text: normalised } };
}

/** `date` (YYYY-MM-DD) plus the interval, as YYYY-MM-DD. Month ends clamp (Jan 31 + 1m → Feb 28). */
export function addInterval(date: string, interval: Interval): string {
  const [y, mo, d] = date.split('-').map(Number);
  if (interval.unit === 'd' || interval.unit === 'w') {
    const days = interval.count * (interval.unit === 'w' ? 7 : 1);
    return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
  }
  const months = interval.count * (interval.unit === 'y' ? 12 : 1);
  const target = mo - 1 + months;
  const ty = y + Math.floor(target / 12);
  const tm = target % 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ty, tm, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export interface CadenceDue {
  /** When the next contact is ideally due. */
  dueOn: string;
  /** When the maximum interval runs out. */
  maxOn: string;
  /** Days past the ideal date on `today` (negative: not yet due). */
  overdueDays: number;
  isDue: boolean;
  pastMax: boolean;
  /** One line saying why, for `deliberate due` and the Losing touch tab. */
  why: string;
}

/**
 * When the next contact is due, counted from the last contact. Without any contact on record
 * the clock starts at `since` (e.g. the decision or connection date); with neither, it is due now.
 */
export function cadenceDue(cadence: Cadence, lastContact: string | undefined, today: string): CadenceDue {
  const from = lastContact ?? today;
  const dueOn = lastContact ? addInterval(from, cadence.ideal) : today;
  const maxOn = lastContact ? addInterval(from, cadence.max) : today;
  const overdueDays = daysBetween(dueOn, today);
  const isDue = overdueDays >= 0;
  const pastMax = lastContact ? daysBetween(maxOn, today) > 0 : false;
  const why = lastContact
    ? `cadence ${cadence.text}, last contact ${lastContact}, ${
        isDue ? (pastMax ? `past the maximum since ${maxOn}` : `due since ${dueOn}`) : `next due ${dueOn}`
      }`
    : `cadence ${cadence.text}, no contact on record`;
  return { dueOn, maxOn, overdueDays, isDue, pastMax, why };
}
