/**
 * The person card: every fact a draft may use, each with a short id the model cites back.
 * Built only from what Deliberate already knows (the journal entry, the user's answers and
 * profile, and, when the relationships features supply them, warmth evidence and shared
 * connections). Message bodies never enter it: evidence arrives as counts and dates only.
 * Pure: no I/O, no clock.
 */
import { QUESTIONS } from '../types';
import { FIELD_LIMITS, sanitizeField, sanitizeLine } from '../drafting/sanitize';

/** Where a fact came from; also the id prefix. */
export type FactSource =
  'name' | 'headline' | 'via' | 'note' | 'answer' | 'profile' | 'warmth' | 'contact' | 'shared' | 'intro' | 'log';

export interface CardFact {
  /** Short, stable within one card: `name`, `headline`, `a3`, `log2`, `shared1`… */
  id: string;
  source: FactSource;
  label: string;
  /** Cleaned and capped text; still untrusted (fenced in the prompt, rendered as text). */
  text: string;
}

/** Warmth as the evidence helper reports it; reasons are sentences, never message text. */
export interface CardWarmth {
  band?: string;
  reasons: readonly string[];
}

/** The last contact as a fact: a date and what kind of contact (e.g. "message", "endorsement"). */
export interface CardLastContact {
  date: string;
  what: string;
}

export interface CardInput {
  name: string;
  headline?: string;
  via?: string | null;
  /** The invitation's own note (`> ` quote in the journal). */
  note?: string;
  /** 0-based question index → the user's answer. */
  answers?: Readonly<Record<number, string>>;
  profile?: string;
  log?: readonly { date: string; text: string }[];
  warmth?: CardWarmth;
  lastContact?: CardLastContact;
  /** Names of people the user and this person both know (from the network, when it exists). */
  sharedConnections?: readonly string[];
  /** An introduction request: the person this card's person is asked to introduce, and the path line. */
  introduction?: { target: string; how: string };
}

export interface PersonCard {
  name: string;
  facts: CardFact[];
  byId: ReadonlyMap<string, CardFact>;
  /** Names the card mentions (the person, via, shared connections): these are not privacy leaks. */
  namesOnCard: string[];
}

const MAX_SHARED = 20;
const MAX_REASONS = 8;

export function buildCard(input: CardInput): PersonCard {
  const facts: CardFact[] = [];
  const add = (id: string, source: FactSource, label: string, text: string) => {
    if (text) facts.push({ id, source, label, text });
  };
  const name = sanitizeLine(input.name, FIELD_LIMITS.name);
  add('name', 'name', 'Name', name);
  add('headline', 'headline', 'Headline', sanitizeField(input.headline, FIELD_LIMITS.headline).replace(/\n/g, ' '));
  add('via', 'via', 'Connected via', sanitizeLine(input.via, FIELD_LIMITS.via));
  add('note', 'note', 'Their invitation note', sanitizeField(input.note, FIELD_LIMITS.message));
  QUESTIONS.forEach((question, index) => {
    add(`a${index + 1}`, 'answer', question, sanitizeField(input.answers?.[index], FIELD_LIMITS.answer));
  });
  add('profile', 'profile', 'About the user', sanitizeField(input.profile, FIELD_LIMITS.profile));
  const reasons = input.warmth?.reasons.slice(0, MAX_REASONS) ?? [];
  reasons.forEach((reason, index) =>
    add(`w${index + 1}`, 'warmth', 'Relationship evidence', sanitizeLine(reason, FIELD_LIMITS.logLine))
  );
  if (input.lastContact) {
    const date = sanitizeLine(input.lastContact.date, 10);
    const what = sanitizeLine(input.lastContact.what, 60);
    if (date) add('last', 'contact', 'Last contact', what ? `${what} on ${date}` : date);
  }
  const shared = (input.sharedConnections ?? []).map((n) => sanitizeLine(n, FIELD_LIMITS.name)).filter(Boolean);
  shared.slice(0, MAX_SHARED).forEach((person, index) => add(`s${index + 1}`, 'shared', 'Shared connection', person));
  const target = sanitizeLine(input.introduction?.target, FIELD_LIMITS.name);
  if (target) {
    add('target', 'intro', 'Introduction target', target);
    add('path', 'intro', 'How the path runs', sanitizeLine(input.introduction?.how, FIELD_LIMITS.logLine));
  }
  const log = (input.log ?? []).slice(-FIELD_LIMITS.logLines);
  log.forEach((line, index) =>
    add(
      `log${index + 1}`,
      'log',
      'Past action',
      `${sanitizeLine(line.date, 10)}: ${sanitizeLine(line.text, FIELD_LIMITS.logLine)}`
    )
  );
  return {
    name,
    facts,
    byId: new Map(facts.map((fact) => [fact.id, fact])),
    // The person who connected you is on the card too: naming them is no leak.
    namesOnCard: [name, sanitizeLine(input.via, FIELD_LIMITS.via), ...shared.slice(0, MAX_SHARED), target].filter(
      Boolean
    )
  };
}

/** The card as prompt lines: `[id] Label: text`; multi-line text is indented under its id. */
export function renderCard(card: PersonCard): string {
  return card.facts.map((fact) => `[${fact.id}] ${fact.label}: ${fact.text.replace(/\n/g, '\n    ')}`).join('\n');
}
