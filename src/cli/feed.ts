import { parseArgs } from 'node:util';
import { parseFeedText } from '../core/feeds';
import { FeedLoadError, loadFeed } from '../node/feeds';
import { UsageError, type CliCommand } from './io';
import { recordEdgesFromFeed } from './feedEdges';

const USAGE = 'usage: deliberate feed <url|file> [--pattern RE] [--json] [--journal <J>]';

/**
 * `deliberate feed <url|file> [--pattern RE] [--json]`: prints the connection events of one
 * feed. Any failure (unreadable file, HTTP error, not a feed, bad pattern) is one line on
 * stderr naming the feed, exit 2. Skipped-item warnings go to stderr; stdout stays parseable.
 */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      pattern: { type: 'string' },
      json: { type: 'boolean' },
      label: { type: 'string' },
      journal: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    allowPositionals: true,
    strict: true
  });
  if (values.help) {
    io.out(`${USAGE}\nWith --journal, also records who-knows-whom edges in the network file beside the journal.\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? `missing <url|file>; ${USAGE}` : `one feed at a time; ${USAGE}`);
  }
  let result;
  try {
    result = await loadFeed(
      { url: positionals[0], label: values.label, pattern: values.pattern },
      { baseDir: io.cwd, parse: parseFeedText }
    );
  } catch (error) {
    throw new UsageError(error instanceof FeedLoadError ? error.message : String((error as Error).message ?? error));
  }
  if (result.notModified) throw new UsageError('the server answered 304 Not Modified to an unconditional request');
  const { events, warnings } = result.parsed;
  for (const warning of warnings) io.err(`deliberate feed: warning: ${warning}\n`);
  if (values.journal) await recordEdgesFromFeed(values.journal, events, io);
  if (values.json) {
    const rows = events.map(({ id, person, via, link, date, title }) => ({ id, person, via, link, date, title }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (events.length === 0) {
    io.err('deliberate feed: no connection events in this feed (try --pattern with a (?<person>…) group)\n');
  }
  for (const event of events) {
    const parts = [event.date ?? '-', event.person];
    if (event.via) parts.push(`via ${event.via}`);
    if (event.link) parts.push(event.link);
    io.out(`${parts.join('\t')}\n`);
  }
  return 0;
};
