/** One export row → a connection event, plus the id and date rules LinkedIn exports need. */
import type { ConnectionEvent } from '../types';

export interface RowContext {
  index(column: string): number;
}

export type RowOutcome = ConnectionEvent | 'hidden' | 'outgoing';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n: number) => String(n).padStart(2, '0');
const MAX_FIELD = 2000;

/** https, no query, no fragment, no trailing slash; null when not a usable http(s) URL. */
// Already-normal profile URLs (the common case) skip the URL parser, which dominates 30k-row imports.
const NORMAL_PROFILE_URL = /^https:\/\/[a-z0-9.-]+(?::\d+)?\/[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*[A-Za-z0-9\-._~%!$&'()*+,;=:@]$/;

export function normaliseProfileUrl(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (NORMAL_PROFILE_URL.test(trimmed) && !trimmed.includes('//', 8)) return trimmed;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const pathname = url.pathname.replace(/\/+$/, '');
  return `https://${url.host.toLowerCase()}${pathname}`;
}

/** "08 Feb 2026" → "2026-02-08" (also accepts ISO dates); null when unreadable. */
const connectedOnCache = new Map<string, string | null>();

export function parseConnectedOn(value: string | undefined): string | null {
  const key = value ?? '';
  const cached = connectedOnCache.get(key);
  if (cached !== undefined) return cached;
  const parsed = parseConnectedOnUncached(key.trim());
  // Exports repeat the same few hundred dates; the cap keeps hostile input from growing the map.
  if (connectedOnCache.size < 10_000) connectedOnCache.set(key, parsed);
  return parsed;
}

function parseConnectedOnUncached(trimmed: string): string | null {
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
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, m, d, y, h, min, s, ampm] = match;
  let hour = Number(h);
  if (ampm) hour = (hour % 12) + (/p/i.test(ampm) ? 12 : 0);
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31 || hour > 23 || Number(min) > 59) return null;
  return `${year}-${pad(Number(m))}-${pad(Number(d))}T${pad(hour)}:${min}:${s ?? '00'}`;
}

// eslint-disable-next-line no-control-regex
const UNSAFE_OR_DOUBLE_SPACE = /[\u0000-\u001F\u007F\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069]| {2}/;

/** True when a field has controls, bidi/zero-width marks, or whitespace to trim or collapse (rare). */
function needsCleaning(value: string): boolean {
  return value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32 || UNSAFE_OR_DOUBLE_SPACE.test(value);
}

function clean(value: string | undefined): string {
  if (!value) return '';
  if (value.length <= MAX_FIELD && !needsCleaning(value)) return value;
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
}

function fallbackId(first: string, last: string): string {
  return `linkedin:${[first, last].filter(Boolean).join('-').replace(/\s+/g, '-')}`;
}

export function connectionRow(context: RowContext): (fields: string[]) => RowOutcome {
  const first = context.index('First Name');
  const last = context.index('Last Name');
  const url = context.index('URL');
  const company = context.index('Company');
  const position = context.index('Position');
  const connectedOn = context.index('Connected On');
  const at = (fields: string[], i: number) => (i === -1 ? '' : clean(fields[i]));
  return (fields) => {
    const firstName = at(fields, first);
    const lastName = at(fields, last);
    if (!firstName && !lastName) return 'hidden';
    const person = firstName && lastName ? `${firstName} ${lastName}` : firstName || lastName;
    const link = normaliseProfileUrl(at(fields, url));
    const role = at(fields, position);
    const org = at(fields, company);
    const headline = role && org ? `${role} at ${org}` : role || org;
    return {
      id: link ?? fallbackId(firstName, lastName),
      person,
      via: null,
      link,
      date: parseConnectedOn(at(fields, connectedOn)),
      title: `${person} is now connected to you`,
      source: 'LinkedIn',
      headline
    };
  };
}

export function invitationRow(context: RowContext): (fields: string[]) => RowOutcome {
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
