/** Calendar-day helpers for YYYY-MM-DD values (journal dates are days, not instants). */

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a well-formed, possible date such as 2026-02-28 (not 2026-02-30 or 2026-13-45). */
export function isValidIsoDate(value: string): boolean {
  const match = ISO_DAY_RE.exec(value);
  if (!match) return false;
  return isPossible(Number(match[1]), Number(match[2]), Number(match[3]));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isPossible(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Arithmetic, not a Date object: lint checks every date of a 30,000-entry journal.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * A repaired date for a malformed but unambiguous value: `2026-1-5`, `2026/01/05`,
 * `2026.1.5` → `2026-01-05`. Undefined when it cannot be repaired (e.g. `2026-13-45`).
 */
export function repairDate(value: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isPossible(year, month, day)) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const match = ISO_DAY_RE.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const shifted = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return shifted.toISOString().slice(0, 10);
}
