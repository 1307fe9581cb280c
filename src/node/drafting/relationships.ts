/**
 * Loads what the card's relationship facts come from: the evidence file and the network file
 * beside the journal. A missing file means no such facts; an unreadable one is one warning and
 * the draft goes on without it (shared by `deliberate draft` and the extension's DraftController).
 */
import { access, readFile } from 'node:fs/promises';
import { buildWarmthLookup, type RelationshipSources } from '../../core/grounding/extras';
import { parseJournal, type Journal } from '../../core/journal';
import { loadEvidence } from '../evidence';
import { loadNetwork, networkFileFor } from '../network';

export interface LoadedRelationships {
  sources: RelationshipSources;
  /** One line per file that exists but could not be read (or had unreadable lines). */
  warnings: string[];
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  );
}

export async function loadRelationships(
  journalPath: string,
  options: { journalText?: string; today: string }
): Promise<LoadedRelationships> {
  const sources: RelationshipSources = { today: options.today };
  const warnings: string[] = [];
  try {
    const loaded = await loadEvidence(journalPath);
    if (loaded.exists) sources.evidence = loaded.people;
    if (loaded.badLines.length) {
      warnings.push(
        `${loaded.path}: ${loaded.badLines.length} unreadable line(s) skipped (${loaded.badLines.slice(0, 5).join(', ')})`
      );
    }
  } catch (error) {
    warnings.push(`could not read the evidence file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (await exists(networkFileFor(journalPath))) {
    try {
      const loaded = await loadNetwork(journalPath, { journalText: options.journalText, today: options.today });
      sources.network = loaded.network;
    } catch (error) {
      warnings.push(`could not read the network file: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { sources, warnings };
}

/** The journal with its sources, as the NetworkService's warmth hook wants it (0..1 or unknown). */
export function warmthHook(journal: Journal, sources: RelationshipSources): (key: string) => number | undefined {
  return buildWarmthLookup(journal, sources);
}

/**
 * Warmth by network key from the evidence file (undefined when there is none, so paths keep
 * their default); the journal's own dates count too. Used by the extension's NetworkService.
 */
export async function evidenceWarmthLookup(
  journalPath: string,
  options: { journalText?: string; today: string }
): Promise<((key: string) => number | undefined) | undefined> {
  const evidence = await loadEvidence(journalPath);
  if (!evidence.exists || evidence.people.size === 0) return undefined;
  const text = options.journalText ?? (await readFile(journalPath, 'utf8').catch(() => ''));
  return buildWarmthLookup(parseJournal(text), { evidence: evidence.people, today: options.today });
}
