import { EDGE_KINDS, isEdgeKind, type EdgeKind } from './types';

/**
 * Hand-written edges: a `- knows:` metadata line under an entry lists people this person
 * knows, comma-separated, each optionally followed by a kind in parentheses:
 *
 *   - knows: Ana Lopez (colleague), Bo Chen, Chris Park (follows)
 *
 * Without a kind the edge is `knows`. Names resolve like `via` (one person, else name-only).
 */
export const KNOWS_KEY = 'knows';

export interface KnowsItem {
  name: string;
  kind: EdgeKind;
  /** Offset of the name in the value, for diagnostics. */
  start: number;
}

export function parseKnowsValue(value: string): { items: KnowsItem[]; problems: string[] } {
  const items: KnowsItem[] = [];
  const problems: string[] = [];
  let offset = 0;
  for (const part of value.split(',')) {
    const start = offset + (part.length - part.trimStart().length);
    offset += part.length + 1;
    const text = part.trim();
    if (!text) continue;
    const match = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
    const name = (match ? match[1] : text).trim();
    const kind = match ? match[2].trim().toLowerCase() : 'knows';
    if (!name) {
      problems.push(`'- knows:' item '${text}' has no name`);
      continue;
    }
    if (!isEdgeKind(kind)) {
      problems.push(`'- knows:' kind '${kind}' for ${name} is not one of ${EDGE_KINDS.join(', ')}; read as 'knows'`);
      items.push({ name, kind: 'knows', start });
      continue;
    }
    items.push({ name, kind, start });
  }
  return { items, problems };
}
