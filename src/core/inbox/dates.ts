/**
 * Dates as the list needs them: a timestamp to sort by and a local calendar day to group by.
 * These run for every person on the first render (30,000 times in a webview whose code is not
 * optimized yet), so the common shapes are read by hand and repeated work is cached.
 */

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses a date into a timestamp and a local day; a bare YYYY-MM-DD is already a local day. */
export function parseWhen(date: string | null): { time: number; day: string } {
  const time = timeOf(date);
  return { time, day: dayOf(date, time) };
}

/** YYYY-MM-DD → its local midnight, for the dates seen so far. */
const localMidnights = new Map<string, number>();

export function timeOf(date: string | null): number {
  if (!date) return -Infinity;
  if (date.length === 10) {
    // Journal days repeat (a few hundred distinct days among thousands of people).
    const known = localMidnights.get(date);
    if (known !== undefined) return known;
    const dayOnly = DAY_ONLY.exec(date);
    if (dayOnly) {
      const time = new Date(Number(dayOnly[1]), Number(dayOnly[2]) - 1, Number(dayOnly[3])).getTime();
      if (localMidnights.size > 10_000) localMidnights.clear();
      localMidnights.set(date, time);
      return time;
    }
  }
  const time = parseInstant(date);
  return Number.isNaN(time) ? -Infinity : time;
}

export function dayOf(date: string | null, time: number): string {
  if (time === -Infinity || !date) return '';
  return date.length === 10 && date[4] === '-' && date[7] === '-' ? date : localDay(time);
}

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Epoch ms of an ISO 8601 instant. Feeds and the host send `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`
 * almost always; reading that shape by hand is several times faster than Date.parse, which
 * matters 30,000 times per first render. Anything else goes to Date.parse.
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n >= 20 && text[4] === '-' && text[7] === '-' && text[10] === 'T' && text[13] === ':' && text[16] === ':') {
    const fast = parseUtcInstant(text, n);
    if (!Number.isNaN(fast)) return fast;
    let at = 19;
    let ms = 0;
    if (text[at] === '.') {
      let scale = 100;
      at++;
      while (at < n && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) {
        ms += (text.charCodeAt(at) - 48) * scale;
        scale /= 10;
        at++;
      }
      ms = Math.floor(ms);
    }
    let offset = NaN;
    if (at === n - 1 && text[at] === 'Z') offset = 0;
    else if (at === n - 6 && (text[at] === '+' || text[at] === '-') && text[at + 3] === ':') {
      offset = (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2)) * (text[at] === '-' ? -1 : 1);
    }
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      (hour < 24 || (hour === 24 && minute === 0 && second === 0 && ms === 0)) &&
      minute <= 59 &&
      second <= 59 &&
      !Number.isNaN(offset)
    ) {
      return Date.UTC(digits(text, 0, 4), month - 1, day, hour, minute, second, ms) - offset * 60_000;
    }
  }
  return Date.parse(text);
}

/** The UTC midnight of the last `YYYY-MM-DD` prefix seen: sorted people share their day. */
let prefixText = '';
let prefixMs = NaN;

function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * The commonest shape, `YYYY-MM-DDTHH:MM:SS(.fff)?Z` (what feeds and our own host send), without
 * Date.UTC per person; NaN for anything else, which parseInstant then reads the general way.
 */
function parseUtcInstant(text: string, n: number): number {
  if (text.charCodeAt(n - 1) !== 90 /* Z */ || (n !== 20 && (n !== 24 || text[19] !== '.'))) return NaN;
  let midnight: number;
  if (prefixText.length === 10 && text.startsWith(prefixText)) midnight = prefixMs;
  else {
    const year = two(text, 0) * 100 + two(text, 2);
    const month = two(text, 5);
    const day = two(text, 8);
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
    midnight = Date.UTC(year, month - 1, day);
    if (Number.isNaN(midnight)) return NaN;
    prefixText = text.slice(0, 10);
    prefixMs = midnight;
  }
  const hour = two(text, 11);
  const minute = two(text, 14);
  const second = two(text, 17);
  const ms = n === 24 ? two(text, 20) * 10 + text.charCodeAt(22) - 48 : 0;
  if (!(
    (hour < 24 || (hour === 24 && minute === 0 && second === 0 && ms === 0)) &&
    minute <= 59 &&
    second <= 59 &&
    ms >= 0 &&
    ms <= 999
  )) {
    return NaN;
  }
  return midnight + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/*
 * Local-day lookups remember the last local day's [start, end) range: people arrive sorted,
 * so consecutive people almost always fall on the same day, and 30,000 people spread over
 * months cost a few hundred Date objects instead of one per person (Date's time-zone math is
 * the dominant cost of a first render when done 30,000 times).
 */
let dayStart = NaN;
let dayEnd = NaN;
let lastDay = '';

function localDay(time: number): string {
  if (time >= dayStart && time < dayEnd) return lastDay;
  const d = new Date(time);
  const y = d.getFullYear();
  const m = d.getMonth();
  const date = d.getDate();
  dayStart = new Date(y, m, date).getTime();
  dayEnd = new Date(y, m, date + 1).getTime();
  lastDay = `${y}-${pad(m + 1)}-${pad(date)}`;
  return lastDay;
}
