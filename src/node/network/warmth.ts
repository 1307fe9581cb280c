/**
 * The user's warmth with each person (0..1), as introduction paths rank bridges, read from the
 * evidence file beside the journal. Shared by the CLI and the MCP server (the extension's
 * NetworkService takes the same numbers from its evidence service). No evidence file: no
 * function, and paths fall back to the network's default warmth.
 */
import { warmthScorer } from '../../core/evidence';
import { canonicalId } from '../../core/journal/identity';
import { loadEvidence } from '../evidence';

export async function warmthFromEvidence(
  journalPath: string,
  today: string
): Promise<((key: string) => number | undefined) | undefined> {
  const evidence = await loadEvidence(journalPath);
  if (!evidence.exists || evidence.people.size === 0) return undefined;
  const score = warmthScorer(today);
  const cache = new Map<string, number | undefined>();
  return (key) => {
    if (cache.has(key)) return cache.get(key);
    const found = evidence.people.get(key) ?? evidence.people.get(canonicalId(key));
    const value = found ? score(found) / 100 : undefined;
    cache.set(key, value);
    return value;
  };
}
