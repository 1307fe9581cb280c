import type { ConnectionEvent } from '../types';
import type { Journal } from '../journal/model';
import { entryKey, canonicalId } from '../journal/identity';
import { isEdge, makeEdge, type EdgeInput } from './edges';
import { normaliseCompany, type NameResolution, type PeopleIndex } from './people';
import { parseKnowsValue } from './knows';
import { KIND_CONFIDENCE, type EdgeFlag, type NetworkEdge, type NetworkWarning } from './types';

/** Edges and the warnings met while collecting them. */
export interface CollectedEdges {
  edges: NetworkEdge[];
  warnings: NetworkWarning[];
}

/** More edges than this from one person in one batch is reported (and kept, flagged `burst`). */
export const BURST_THRESHOLD = 1000;

/** A name to a key with the flags it earns: a name matching two people stays a name, flagged. */
function byName(resolution: NameResolution): { key: string; flags: EdgeFlag[] } {
  if (resolution.kind === 'person') return { key: resolution.key, flags: [] };
  if (resolution.kind === 'ambiguous') return { key: resolution.key, flags: ['ambiguous-name', 'name-only'] };
  return { key: resolution.key, flags: ['name-only'] };
}

function collect(inputs: EdgeInput[], context: string): CollectedEdges {
  const edges: NetworkEdge[] = [];
  const warnings: NetworkWarning[] = [];
  const perPerson = new Map<string, number>();
  for (const input of inputs) {
    const made = makeEdge(input);
    if (!isEdge(made)) {
      warnings.push(made);
      continue;
    }
    edges.push(made);
    perPerson.set(made.from, (perPerson.get(made.from) ?? 0) + 1);
  }
  for (const [from, count] of perPerson) {
    if (count <= BURST_THRESHOLD) continue;
    const name = edges.find((e) => e.from === from)?.fromName ?? from;
    warnings.push({
      message: `${count} edges from '${name}' in one ${context} (a burst); all kept and flagged 'burst' so they can be reviewed`
    });
    for (const edge of edges) {
      if (edge.from === from && !edge.flags.includes('burst')) edge.flags = [...edge.flags, 'burst' as const].sort();
    }
  }
  return { edges, warnings };
}

/**
 * Feed items: the connector (`via`) and the new connection. "X started following Y" is a
 * directed `follows` edge; anything else is `connected`. Items without a connector give none.
 */
export function edgesFromEvents(
  events: readonly ConnectionEvent[],
  people: PeopleIndex,
  options: { source?: string; today: string }
): CollectedEdges {
  const inputs: EdgeInput[] = [];
  const ambiguous: string[] = [];
  for (const event of events) {
    if (!event.via) continue;
    // The new connection: the entry the feed item became (same id), else one by link or name,
    // else the item's own id, which is the key the entry will have once the user adds it.
    const byKey = people.resolveId(event.id) ?? (event.link ? people.resolveId(event.link) : undefined);
    const named = byKey ? undefined : people.resolveName(event.person);
    const to = byKey ?? (named?.kind === 'person' ? named.key : canonicalId(event.id));
    const from = byName(people.resolveName(event.via));
    if (from.flags.includes('ambiguous-name')) ambiguous.push(event.via);
    const follows = /\bfollow(?:s|ed|ing)?\b/i.test(event.title);
    inputs.push({
      from: from.key,
      to,
      fromName: event.via,
      toName: event.person,
      kind: follows ? 'follows' : 'connected',
      source: options.source ?? event.source ?? 'feed',
      date: event.date?.slice(0, 10) ?? options.today,
      flags: from.flags
    });
  }
  const out = collect(inputs, 'feed');
  for (const name of new Set(ambiguous)) {
    out.warnings.push({
      message: `'${name}' matches more than one person in the journal: their edges stay name-only and flagged until you add an '- id:' to tell them apart`
    });
  }
  return out;
}

/** The journal's `- via:` lines and hand-written `- knows:` lines. */
export function edgesFromJournal(journal: Journal, people: PeopleIndex, today: string): CollectedEdges {
  const inputs: EdgeInput[] = [];
  const warnings: NetworkWarning[] = [];
  for (const entry of journal.entries) {
    const raw = entryKey(entry);
    if (raw === undefined) continue;
    const key = canonicalId(raw);
    const date = entry.seen ?? today;
    if (entry.via) {
      const from = byName(people.resolveName(entry.via));
      inputs.push({
        from: from.key,
        to: key,
        fromName: entry.via,
        toName: entry.name,
        kind: 'via',
        source: 'journal',
        date,
        flags: from.flags
      });
    }
    for (const meta of entry.metadata) {
      if (meta.key !== 'knows') continue;
      const parsed = parseKnowsValue(meta.value);
      for (const problem of parsed.problems) warnings.push({ line: meta.line + 1, message: problem });
      for (const item of parsed.items) {
        const other = byName(people.resolveName(item.name));
        inputs.push({
          from: key,
          to: other.key,
          fromName: entry.name,
          toName: item.name,
          kind: item.kind,
          source: 'journal',
          date,
          // The user wrote it: as sure as an observed connection, whatever kind it names.
          confidence: KIND_CONFIDENCE.knows,
          flags: other.flags
        });
      }
    }
  }
  const out = collect(inputs, 'journal');
  return { edges: out.edges, warnings: [...warnings, ...out.warnings] };
}

/** One participant of a group conversation: a name as exported, and the identity key when known. */
export interface ConversationParticipant {
  /** canonicalId of the profile URL (THE identity function), when the export gave one. */
  id?: string;
  name: string;
}

/** A group conversation from a message export: who took part besides the user, and when. */
export interface Conversation {
  /** The other participants (never the user): names, or names with their identity keys. */
  participants: readonly (string | ConversationParticipant)[];
  /** YYYY-MM-DD of the latest message, when known. */
  date?: string;
}

/** Conversations of this many people or fewer, the user included, mean they know each other (weakly). */
export const SMALL_GROUP = 5;

/** A participant to a key: by identity key when known (an entry's, else the key itself), else by name. */
function participantKey(
  participant: string | ConversationParticipant,
  people: PeopleIndex
): { key: string; name: string; flags: EdgeFlag[] } | undefined {
  const { id, name } = typeof participant === 'string' ? { id: undefined, name: participant } : participant;
  const shown = name.trim();
  if (id?.trim()) return { key: people.resolveId(id) ?? canonicalId(id.trim()), name: shown || id, flags: [] };
  if (!shown) return undefined;
  return { name: shown, ...byName(people.resolveName(shown)) };
}

/**
 * Group conversations of at most five people counting the user (so at most four in
 * `participants`, which never holds the user): each pair knows each other, weakly. Larger
 * groups give none, and say so.
 */
export function edgesFromConversations(
  conversations: readonly Conversation[],
  people: PeopleIndex,
  today: string
): CollectedEdges {
  const inputs: EdgeInput[] = [];
  let large = 0;
  for (const conversation of conversations) {
    const byKey = new Map<string, { key: string; name: string; flags: EdgeFlag[] }>();
    for (const participant of conversation.participants) {
      const resolved = participantKey(participant, people);
      if (resolved && !byKey.has(resolved.key)) byKey.set(resolved.key, resolved);
    }
    const resolved = [...byKey.values()];
    if (resolved.length + 1 > SMALL_GROUP) {
      large++;
      continue;
    }
    for (let i = 0; i < resolved.length; i++) {
      for (let j = i + 1; j < resolved.length; j++) {
        const a = resolved[i];
        const b = resolved[j];
        inputs.push({
          from: a.key,
          to: b.key,
          fromName: a.name,
          toName: b.name,
          kind: 'conversation',
          source: 'messages.csv',
          date: conversation.date ?? today,
          flags: ['weak', ...a.flags, ...b.flags]
        });
      }
    }
  }
  const out = collect(inputs, 'message export');
  if (large) {
    out.warnings.push({
      message: `${large} conversation(s) with more than ${SMALL_GROUP} people (you included) gave no edges (too large to mean everyone knows everyone)`
    });
  }
  return out;
}

/** A company this large says nothing about who knows whom: reported, not turned into edges. */
export const COLLEAGUE_LIMIT = 50;

/** People at the same current company (from imported headlines): weak `colleague` edges, flagged. */
export function edgesFromSharedCompany(people: PeopleIndex, today: string): CollectedEdges {
  const byCompany = new Map<string, { key: string; name: string; company: string }[]>();
  for (const person of people.people.values()) {
    if (!person.company) continue;
    const company = normaliseCompany(person.company);
    if (!company) continue;
    const list = byCompany.get(company);
    const item = { key: person.key, name: person.name, company: person.company };
    if (list) list.push(item);
    else byCompany.set(company, [item]);
  }
  const inputs: EdgeInput[] = [];
  const skipped: string[] = [];
  for (const list of byCompany.values()) {
    if (list.length < 2) continue;
    if (list.length > COLLEAGUE_LIMIT) {
      skipped.push(`${list[0].company} (${list.length})`);
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        inputs.push({
          from: list[i].key,
          to: list[j].key,
          fromName: list[i].name,
          toName: list[j].name,
          kind: 'colleague',
          source: 'Connections.csv',
          date: today,
          flags: ['weak']
        });
      }
    }
  }
  const out = collect(inputs, 'company grouping');
  if (skipped.length) {
    out.warnings.push({
      message: `no colleague edges for companies with more than ${COLLEAGUE_LIMIT} people: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ` and ${skipped.length - 5} more` : ''}`
    });
  }
  return out;
}
