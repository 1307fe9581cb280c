import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import {
  NETWORK_HEADER,
  buildNetwork,
  changesEdge,
  compareEdges,
  dedupeEdges,
  edgeKey,
  edgesFromJournal,
  edgesFromSharedCompany,
  formatEdgeLine,
  parseNetworkText,
  peopleFromJournal,
  type Network,
  type NetworkEdge,
  type NetworkWarning,
  type ParsedNetworkFile,
  type PeopleIndex
} from '../../core/network';
import { parseJournal } from '../../core/journal';
import { localIsoDate } from '../../core/types';
import { withFileLock } from './lock';

/** `people.connections.md` → `people.connections.network.tsv`, beside the journal. */
export function networkFileFor(journalPath: string): string {
  return `${journalPath.replace(/\.md$/i, '')}.network.tsv`;
}

/** The network file's edges; a missing file is an empty network, an unreadable line a warning. */
export async function readNetworkFile(file: string): Promise<ParsedNetworkFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { edges: [], unreadable: [], warnings: [] };
    throw error;
  }
  return parseNetworkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Appends the edges that are new or that change a known edge (a later last-seen, a flag), one
 * write under the lock: re-reading a feed a hundred times adds nothing. Returns how many lines
 * were appended.
 */
export async function appendEdges(file: string, edges: readonly NetworkEdge[]): Promise<number> {
  if (edges.length === 0) return 0;
  return withFileLock(file, async () => {
    const existing = await readNetworkFile(file);
    const known = dedupeEdges(existing.edges);
    const lines: string[] = [];
    for (const edge of dedupeEdges(edges).values()) {
      const before = known.get(edgeKey(edge));
      if (before && !changesEdge(before, edge)) continue;
      lines.push(formatEdgeLine(edge));
    }
    if (lines.length === 0) return 0;
    const fresh = existing.edges.length === 0 && existing.unreadable.length === 0 && !(await exists(file));
    await appendFile(file, `${fresh ? NETWORK_HEADER + '\n' : ''}${lines.join('\n')}\n`, { flag: 'a' });
    return lines.length;
  });
}

/**
 * Rewrites the file as one line per edge in stable order (diff-friendly); lines it cannot read
 * are kept verbatim at the end, never dropped. Atomic (temp file + rename) under the lock.
 */
export async function compactNetworkFile(file: string): Promise<{ edges: number; kept: number }> {
  return withFileLock(file, async () => {
    const parsed = await readNetworkFile(file);
    const edges = [...dedupeEdges(parsed.edges).values()].sort(compareEdges);
    const body = [NETWORK_HEADER, ...edges.map(formatEdgeLine), ...parsed.unreadable.map((u) => u.text)];
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, `${body.join('\n')}\n`);
    await rename(temp, file);
    return { edges: edges.length, kept: parsed.unreadable.length };
  });
}

export interface LoadedNetwork {
  network: Network;
  people: PeopleIndex;
  /** Lines kept but not read, edges refused (self-loops), ambiguous names: each one line. */
  warnings: NetworkWarning[];
  file: string;
}

/**
 * The whole network of a journal: the stored edges, plus the journal's own (`via`, `- knows:`,
 * shared companies), computed fresh so they always match the text. `journalText` lets the
 * extension pass an open document's unsaved text.
 */
export async function loadNetwork(
  journalPath: string,
  options: { journalText?: string; today?: string } = {}
): Promise<LoadedNetwork> {
  const today = options.today ?? localIsoDate();
  const file = networkFileFor(journalPath);
  let text = options.journalText;
  if (text === undefined) {
    try {
      text = await readFile(journalPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      text = '';
    }
  }
  const journal = parseJournal(text);
  const people = peopleFromJournal(journal);
  const stored = await readNetworkFile(file);
  const fromJournal = edgesFromJournal(journal, people, today);
  const colleagues = edgesFromSharedCompany(people, today);
  const network = buildNetwork([...stored.edges, ...fromJournal.edges, ...colleagues.edges], people);
  return { network, people, warnings: [...stored.warnings, ...fromJournal.warnings, ...colleagues.warnings], file };
}

async function exists(file: string): Promise<boolean> {
  return readFile(file).then(
    () => true,
    () => false
  );
}
