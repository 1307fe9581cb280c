import type { Journal } from '../journal/model';
import { canonicalId, entryKey, normaliseName } from '../journal/identity';
import type { NetworkPerson } from './types';

/** Key of a person known only by a name that matches no entry, or more than one. */
export const NAME_PREFIX = 'name:';

export function nameKey(name: string): string {
  return NAME_PREFIX + normaliseName(name);
}

export function isNameKey(key: string): boolean {
  return key.startsWith(NAME_PREFIX);
}

/** "Position at Company" → "Company"; undefined when the headline names none. */
export function companyOfHeadline(headline: string | undefined): string | undefined {
  if (!headline) return undefined;
  const match = /\s(?:at|@)\s+(.+?)\s*$/i.exec(headline);
  const company = match?.[1].replace(/\s*[|·,].*$/, '').trim();
  return company ? company : undefined;
}

export function normaliseCompany(company: string): string {
  return normaliseName(company)
    .replace(/[.,]/g, '')
    .replace(/\s+(inc|ltd|llc|gmbh|sa|plc|corp)$/, '');
}

export type NameResolution =
  | { kind: 'person'; key: string }
  | { kind: 'ambiguous'; key: string; candidates: string[] }
  | { kind: 'unknown'; key: string };

/** The journal's people, and the one way a bare name becomes a key. */
export interface PeopleIndex {
  readonly people: ReadonlyMap<string, NetworkPerson>;
  resolveName(name: string): NameResolution;
  /** An id as written (a URL, an entry id, a `journal:` key) to its key, or undefined. */
  resolveId(id: string): string | undefined;
}

export function peopleFromJournal(journal: Journal | undefined): PeopleIndex {
  const people = new Map<string, NetworkPerson>();
  const byName = new Map<string, string[]>();
  for (const entry of journal?.entries ?? []) {
    const raw = entryKey(entry);
    if (raw === undefined) continue;
    const key = canonicalId(raw);
    if (people.has(key)) continue;
    people.set(key, { key, name: entry.name, status: entry.status, company: companyOfHeadline(entry.headline) });
    const name = normaliseName(entry.name);
    if (!name) continue;
    const keys = byName.get(name);
    if (keys) keys.push(key);
    else byName.set(name, [key]);
  }
  return {
    people,
    resolveName(name) {
      const keys = byName.get(normaliseName(name)) ?? [];
      if (keys.length === 1) return { kind: 'person', key: keys[0] };
      if (keys.length > 1) return { kind: 'ambiguous', key: nameKey(name), candidates: keys };
      return { kind: 'unknown', key: nameKey(name) };
    },
    resolveId(id) {
      const key = canonicalId(id.trim());
      return people.has(key) ? key : undefined;
    }
  };
}
