/** One export row → a connection event, plus the id and date rules LinkedIn exports need. */
import type { ConnectionEvent } from '../types';
import { MAX_PLAIN_FIELD } from './csv';
import { isAsciiLetter, normaliseProfileUrl } from './profileUrl';
import { C0_ALL, DELETE, NO_BREAK_SPACE, ZERO_WIDTH_AND_BIDI, charClass } from '../text/controls';

export interface RowContext {
  index(column: string): number;
}

export type RowOutcome = ConnectionEvent | 'hidden' | 'outgoing';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12
};
const pad = (n: number) => String(n).padStart(2, '0');
const MAX_FIELD = MAX_PLAIN_FIELD;

/** "08 Feb 2026" → "2026-02-08" (also accepts ISO dates); null when unreadable. */
const connectedOnCache = new Map<string, string | null>();

export function parseConnectedOn(value: string | undefined): string | null {
  const key = value ?? '';
  if (key.length === 11) {
    const quick = quickConnectedOn(key);
    if (quick !== undefined) return quick;
  }
  const cached = connectedOnCache.get(key);
  if (cached !== undefined) return cached;
  const parsed = parseConnectedOnUncached(key.trim());
  // Exports repeat the same few hundred dates; the cap keeps hostile input from growing the map.
  if (connectedOnCache.size < 10_000) connectedOnCache.set(key, parsed);
  return parsed;
}

/** Month number from three ASCII letters packed lower-cased into one integer. */
const MONTH_CODES = new Map<number, number>(
  Object.entries(MONTHS).map(([name, month]) => [
    (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2),
    month
  ])
);
const quickDates = new Map<number, string>();

/**
 * LinkedIn's own shape, exactly "DD Mon YYYY", read by character codes with the same result as
 * parseConnectedOnUncached; undefined for any other shape (the careful path reads those).
 */
export function quickConnectedOn(value: string): string | null | undefined {
  if (value.length !== 11 || value.charCodeAt(2) !== 32 || value.charCodeAt(6) !== 32) return undefined;
  const d1 = value.charCodeAt(0) - 48;
  const d2 = value.charCodeAt(1) - 48;
  let year = 0;
  for (let i = 7; i < 11; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const l1 = value.charCodeAt(3);
  const l2 = value.charCodeAt(4);
  const l3 = value.charCodeAt(5);
  if (!isAsciiLetter(l1) || !isAsciiLetter(l2) || !isAsciiLetter(l3)) return undefined;
  const month = MONTH_CODES.get(((l1 | 32) << 16) | ((l2 | 32) << 8) | (l3 | 32));
  const day = d1 * 10 + d2;
  if (month === undefined || day < 1 || day > 31) return null;
  const dateKey = year * 10_000 + month * 100 + day;
  const cached = quickDates.get(dateKey);
  if (cached !== undefined) return cached;
  const parsed = `${value.slice(7)}-${pad(month)}-${value.slice(0, 2)}`;
  if (quickDates.size < 10_000) quickDates.set(dateKey, parsed);
  return parsed;
}

/** The reference rule for Connected On dates (regex based); quickConnectedOn must agree with it. */
export function parseConnectedOnUncached(trimmed: string): string | null {
  const match = /^(\d{1,2})[\s-]([A-Za-z]{3})[A-Za-z]*[\s-](\d{4})$/.exec(trimmed);
  if (match) {
    const month = MONTHS[match[2].toLowerCase()];
    const day = Number(match[1]);
    return month && day >= 1 && day <= 31 ? `${match[3]}-${pad(month)}-${pad(day)}` : null;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : null;
}

/** "1/29/26, 2:37 PM" → "2026-01-29T14:37:00" (local time, as LinkedIn shows it); null when unreadable. */
export function parseSentAt(value: string | undefined): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(
    value?.trim() ?? ''
  );
  if (!match) return null;
  const [, m, d, y, h, min, s, ampm] = match;
  let hour = Number(h);
  if (ampm) hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31 || hour > 23 || Number(min) > 59) return null;
  return `${year}-${pad(Number(m))}-${pad(Number(d))}T${pad(hour)}:${min}:${s ?? '00'}`;
}

const UNSAFE_OR_DOUBLE_SPACE = new RegExp(`${charClass(C0_ALL, DELETE, NO_BREAK_SPACE, ZERO_WIDTH_AND_BIDI)}| {2}`);
const UNSAFE_RUN = new RegExp(`${charClass(C0_ALL, DELETE, ZERO_WIDTH_AND_BIDI)}+`, 'g');

/** True when a field has controls, bidi/zero-width marks, or whitespace to trim or collapse (rare). */
function needsCleaning(value: string): boolean {
  return value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32 || UNSAFE_OR_DOUBLE_SPACE.test(value);
}

/** A field as the row reader uses it: `plain` (see CsvRowHandler) means it is already clean. */
function field(fields: string[], i: number, plain: boolean): string {
  if (i === -1) return '';
  return plain ? (fields[i] ?? '') : clean(fields[i]);
}

function clean(value: string | undefined): string {
  if (!value) return '';
  if (value.length <= MAX_FIELD && !needsCleaning(value)) return value;

  return value.replace(UNSAFE_RUN, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
}

/**
 * The id of a row without a profile URL (the old Connections.csv vintage): the name, plus the
 * company and position when the row has them, so two different John Smiths are two people and
 * not one "duplicate" dropped from the import.
 */
function fallbackId(first: string, last: string, company = '', position = ''): string {
  const name = [first, last].filter(Boolean).join('-').replace(/\s+/g, '-');
  const where = [company, position].filter(Boolean).map((part) => part.replace(/\s+/g, '-'));
  return `linkedin:${[name, ...where].join('--')}`;
}

export type RowReader = (fields: string[], plain: boolean) => RowOutcome;

export function connectionRow(context: RowContext): RowReader {
  const first = context.index('First Name');
  const last = context.index('Last Name');
  const url = context.index('URL');
  const company = context.index('Company');
  const position = context.index('Position');
  const connectedOn = context.index('Connected On');
  return (fields, plain) => {
    const firstName = field(fields, first, plain);
    const lastName = field(fields, last, plain);
    if (!firstName && !lastName) return 'hidden';
    const person = firstName && lastName ? `${firstName} ${lastName}` : firstName || lastName;
    const link = normaliseProfileUrl(field(fields, url, plain));
    const role = field(fields, position, plain);
    const org = field(fields, company, plain);
    const headline = role && org ? `${role} at ${org}` : role || org;
    return {
      id: link ?? fallbackId(firstName, lastName, org, role),
      person,
      via: null,
      link,
      date: parseConnectedOn(field(fields, connectedOn, plain)),
      title: `${person} is now connected to you`,
      source: 'LinkedIn',
      headline
    };
  };
}

export function invitationRow(context: RowContext): RowReader {
  const from = context.index('From');
  const direction = context.index('Direction');
  const sentAt = context.index('Sent At');
  const message = context.index('Message');
  const inviterUrl = context.index('inviterProfileUrl');
  return (fields) => {
    if (clean(fields[direction]).toUpperCase() === 'OUTGOING') return 'outgoing';
    const person = clean(fields[from]);
    if (!person) return 'hidden';
    const link = inviterUrl === -1 ? null : normaliseProfileUrl(clean(fields[inviterUrl]));
    const [firstName, ...rest] = person.split(' ');
    const text = message === -1 ? '' : (fields[message] ?? '').replace(/\r\n?/g, '\n').trim().slice(0, MAX_FIELD);
    const event: ConnectionEvent = {
      id: link ?? fallbackId(firstName, rest.join(' ')),
      person,
      via: null,
      link,
      date: parseSentAt(clean(fields[sentAt])),
      title: `${person} invited you to connect`,
      source: 'LinkedIn',
      headline: text ? clean(text).slice(0, 500) : ''
    };
    if (text) event.message = text;
    return event;
  };
}
