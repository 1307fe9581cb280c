import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConnectionEvent } from '../../../src/core/types';

export const TODAY = '2026-11-25';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, '..', '..', 'fixtures', 'journal', name), 'utf8');
}

export function person(id: string, name = `Person ${id}`, extra: Partial<ConnectionEvent> = {}): ConnectionEvent {
  return {
    id,
    person: name,
    via: null,
    link: null,
    date: null,
    title: `${name} is now connected`,
    source: 'Test feed',
    headline: '',
    ...extra
  };
}

/** Lines that differ between two texts, as [index, before, after] (same-length texts only) or a simple line diff. */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA + 1), added: b.slice(start, endB + 1) };
}
