import { QUESTIONS } from '../types';
import { normaliseName } from '../journal/identity';

/**
 * What agents (the MCP server, the chat participant, language model tools) may ask about the
 * people in the journal. Pure: the fronts hand in people (a view over the parsed journal or the
 * extension's projection) and get plain JSON-able answers back. Every string here came from the
 * journal and is data to show, never an instruction.
 */
export interface AgentPerson {
  /** The entry's key: its `- id:`, else the synthetic `journal:<name>` (see core/journal/identity). */
  readonly id: string | undefined;
  readonly name: string;
  readonly status: string | undefined;
  readonly via?: string;
  readonly link?: string;
  readonly headline?: string;
  readonly message?: string;
  readonly tags: readonly string[];
  readonly seen?: string;
  readonly decided?: string;
  readonly followUp?: string;
  /** 0-based question index → answer text. */
  readonly answers: Record<number, string>;
  readonly log: readonly { date: string; text: string }[];
  /** 0-based line of the `## Name` heading. */
  readonly line: number;
}

export interface PersonSummary {
  id: string | null;
  name: string;
  status: string | null;
  via: string | null;
  headline: string | null;
  tags: string[];
  seen: string | null;
  decided: string | null;
  followUp: string | null;
  lastContact: string | null;
  /** 1-based line of the entry's heading. */
  line: number;
}

export interface PersonDetail extends PersonSummary {
  link: string | null;
  message: string | null;
  answers: { number: number; question: string; text: string }[];
  log: { date: string; text: string }[];
}

export interface PeopleFilter {
  status?: string;
  /** Only people whose follow-up is on or before this YYYY-MM-DD. */
  dueBy?: string;
  /** Only accepted people with no contact (log line or decision) since this YYYY-MM-DD. */
  quietSince?: string;
  /** Every whitespace-separated term must occur in name, via, headline, tags or id. */
  text?: string;
  limit: number;
}

export interface PeopleList {
  people: PersonSummary[];
  /** How many matched in all; more than people.length when the limit cut the list. */
  total: number;
  truncated: boolean;
}

/** The newest date the user was in touch: the latest log line, else the decision date. */
export function lastContact(person: AgentPerson): string | undefined {
  let latest = person.decided;
  for (const line of person.log) if (!latest || line.date > latest) latest = line.date;
  return latest;
}

export function summarise(person: AgentPerson): PersonSummary {
  return {
    id: person.id ?? null,
    name: person.name,
    status: person.status ?? null,
    via: person.via ?? null,
    headline: person.headline ?? null,
    tags: [...person.tags],
    seen: person.seen ?? null,
    decided: person.decided ?? null,
    followUp: person.followUp ?? null,
    lastContact: lastContact(person) ?? null,
    line: person.line + 1
  };
}

export function describe(person: AgentPerson): PersonDetail {
  const answers = Object.entries(person.answers)
    .map(([index, text]) => ({ number: Number(index) + 1, question: QUESTIONS[Number(index)], text }))
    .sort((a, b) => a.number - b.number);
  return {
    ...summarise(person),
    link: person.link ?? null,
    message: person.message ?? null,
    answers,
    log: person.log.map((l) => ({ date: l.date, text: l.text }))
  };
}

/**
 * The people of one journal with their lowercase search keys, built once per journal version
 * so a text filter over 30,000 people is one pass of substring tests.
 */
export class PeopleIndex {
  private readonly keys: string[];

  constructor(readonly people: readonly AgentPerson[]) {
    this.keys = people.map((p) =>
      `${p.name}\n${p.via ?? ''}\n${p.headline ?? ''}\n${p.tags.join(' ')}\n${p.id ?? ''}`.toLowerCase()
    );
  }

  /** People matching every given filter, in journal order, at most `limit` of them (and says so). */
  list(filter: PeopleFilter): PeopleList {
    const terms = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const status = filter.status?.toLowerCase();
    const out: PersonSummary[] = [];
    let total = 0;
    for (let i = 0; i < this.people.length; i++) {
      const person = this.people[i];
      if (terms.length && !terms.every((t) => this.keys[i].includes(t))) continue;
      if (status && person.status?.toLowerCase() !== status) continue;
      if (filter.dueBy && !(person.followUp && person.followUp <= filter.dueBy)) continue;
      if (filter.quietSince && !isQuietSince(person, filter.quietSince)) continue;
      total++;
      if (out.length < filter.limit) out.push(summarise(person));
    }
    return { people: out, total, truncated: total > out.length };
  }

  /** Follow-ups due on or before `date`, oldest first (same rule as `deliberate due`). */
  due(date: string, limit: number): PeopleList {
    const due = this.people
      .filter((p) => p.followUp !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(p.followUp) && p.followUp <= date)
      .sort((a, b) => (a.followUp! < b.followUp! ? -1 : a.followUp! > b.followUp! ? 1 : a.line - b.line));
    return { people: due.slice(0, limit).map(summarise), total: due.length, truncated: due.length > limit };
  }
}

function isQuietSince(person: AgentPerson, since: string): boolean {
  if (person.status !== 'accepted') return false;
  const last = lastContact(person);
  return !last || last < since;
}

export type Resolution =
  | { kind: 'found'; person: AgentPerson }
  | { kind: 'none'; message: string }
  | { kind: 'ambiguous'; message: string; candidates: PersonSummary[] };

/**
 * The one person a name or id means, by the journal's identity: an entry key (id, canonical
 * profile URL, or `journal:<name>`) wins; else the name compared as identity compares names
 * (case, spacing and invisible characters do not count). Several people with that name is an
 * answer listing them, never a guess, so a write can only go to a person named unambiguously.
 */
export function resolvePerson(
  people: readonly AgentPerson[],
  query: string,
  byKey: (key: string) => AgentPerson | undefined
): Resolution {
  const trimmed = query.trim();
  if (!trimmed) return { kind: 'none', message: 'Give a person: their name as in the journal, or their id.' };
  const keyed = byKey(trimmed);
  if (keyed) return { kind: 'found', person: keyed };
  const wanted = normaliseName(trimmed);
  const named = people.filter((p) => normaliseName(p.name) === wanted);
  if (named.length === 1) return { kind: 'found', person: named[0] };
  if (named.length > 1) {
    return {
      kind: 'ambiguous',
      message: `${named.length} people are named '${oneLine(trimmed)}'; call again with one of their ids: ${named
        .map((p) => `${p.id ?? '(no id)'} (line ${p.line + 1})`)
        .join(', ')}.`,
      candidates: named.map(summarise)
    };
  }
  const partial = people.filter((p) => normaliseName(p.name).includes(wanted)).slice(0, 5);
  const hint = partial.length ? ` Did you mean ${partial.map((p) => `'${oneLine(p.name)}'`).join(', ')}?` : '';
  return { kind: 'none', message: `No one named or with the id '${oneLine(trimmed)}' is in the journal.${hint}` };
}

/** Untrusted text quoted in a message stays on one line and short. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/[\r\n\u2028\u2029\t]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
