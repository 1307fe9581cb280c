import * as path from 'node:path';
import type { ConnectionEvent } from '../core/types';
import { localIsoDate } from '../core/types';
import { recordFeedEdges } from '../node/network';
import { UsageError, type CliIo } from './io';

/** `deliberate feed … --journal <J>`: records the feed's edges beside the journal; a summary on stderr. */
export async function recordEdgesFromFeed(
  journal: string,
  events: readonly ConnectionEvent[],
  io: CliIo
): Promise<void> {
  try {
    // Each edge's source is its event's feed label, as in the extension, so both record the same edges.
    const result = await recordFeedEdges(path.resolve(io.cwd, journal), events, { today: localIsoDate(io.now()) });
    for (const warning of result.warnings) io.err(`deliberate feed: warning: ${warning.message}\n`);
    io.err(`deliberate feed: ${result.appended} new edge(s) recorded in ${path.basename(result.file)}\n`);
  } catch (error) {
    throw new UsageError(`cannot record edges beside '${journal}': ${(error as Error).message}`);
  }
}
