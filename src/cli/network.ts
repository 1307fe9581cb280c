import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { introPaths, resolveIntroTarget, resolveNetworkPerson, whoKnows } from '../core/network';
import { localIsoDate } from '../core/types';
import { loadNetwork, warmthFromEvidence, type LoadedNetwork } from '../node/network';
import { UsageError, type CliCommand, type CliIo } from './io';

const WHO_KNOWS_USAGE = 'usage: deliberate who-knows <person> --journal <J> [--json]';
const INTRO_USAGE = 'usage: deliberate intro <person|company> --journal <J> [--json]';

const WHO_KNOWS_HELP = `${WHO_KNOWS_USAGE}

The people connected to <person> (a name or an id) in the network beside the journal
(<journal>.network.tsv plus the journal's own via and knows lines), with each edge's kind,
source and first-seen date. People you know come first.
  --json   an array of { "id", "name", "kind", "source", "since" }
An ambiguous name exits 2 listing the candidates' ids.
`;

const INTRO_HELP = `${INTRO_USAGE}

Introduction paths of one or two hops to a person or a company (current company from the
journal's headlines): the target when you know them, else a person you know who knows them.
Best first, ranked by the weakest link; never more than two hops.
  --json   an array of { "path": [{ "id", "name" }], "band", "score", "reasons" }
`;

function parse(argv: string[], usage: string) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { journal: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true
  });
  if (values.help) return { help: true as const };
  if (positionals.length === 0) throw new UsageError(`missing the person; ${usage}`);
  if (!values.journal) throw new UsageError(`missing --journal <file>; ${usage}`);
  return { help: false as const, query: positionals.join(' '), journal: values.journal, json: values.json === true };
}

async function load(journal: string, io: CliIo): Promise<LoadedNetwork> {
  const loaded = await loadNetwork(path.resolve(io.cwd, journal), { today: localIsoDate(io.now()) }).catch(
    (error: Error) => {
      throw new UsageError(`cannot read the network of '${journal}': ${error.message}`);
    }
  );
  for (const warning of loaded.warnings) io.err(`warning: ${warning.message}\n`);
  return loaded;
}

/** A name or id to one key; an ambiguous name is exit 2 with the candidates. */
function resolvePerson(loaded: LoadedNetwork, query: string): string | undefined {
  const found = resolveNetworkPerson(loaded.people, loaded.network, query);
  if (found.kind === 'ambiguous') {
    throw new UsageError(
      `'${query}' matches ${found.candidates.length} people; use an id: ${found.candidates.join(', ')}`
    );
  }
  return found.kind === 'found' ? found.key : undefined;
}

export const whoKnowsCommand: CliCommand = async (argv, io) => {
  const args = parse(argv, WHO_KNOWS_USAGE);
  if (args.help) {
    io.out(WHO_KNOWS_HELP);
    return 0;
  }
  const loaded = await load(args.journal, io);
  const key = resolvePerson(loaded, args.query);
  if (!key) throw new UsageError(`no person '${args.query}' in the journal or its network`);
  const rows = whoKnows(loaded.network, key);
  if (args.json) {
    const out = rows.map(({ id, name, kind, source, since }) => ({ id, name, kind, source, since }));
    io.out(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) io.err(`nobody in the network is known to know ${args.query}\n`);
  for (const row of rows) {
    const marks = [row.known ? 'you know them' : '', ...row.flags].filter(Boolean).join(', ');
    io.out(`${row.since}\t${row.name}\t${row.kind}\t${row.source}${marks ? `\t(${marks})` : ''}\n`);
  }
  return 0;
};

export const introCommand: CliCommand = async (argv, io) => {
  const args = parse(argv, INTRO_USAGE);
  if (args.help) {
    io.out(INTRO_HELP);
    return 0;
  }
  const loaded = await load(args.journal, io);
  const target = resolveIntroTarget(loaded.people, loaded.network, args.query);
  if (target && 'ambiguous' in target) {
    throw new UsageError(
      `'${args.query}' matches ${target.ambiguous.length} people; use an id: ${target.ambiguous.join(', ')}`
    );
  }
  if (!target) throw new UsageError(`no person or company '${args.query}' in the journal or its network`);
  // Bridges are ranked by the user's warmth with them, from the evidence beside the journal.
  const warmth = await warmthFromEvidence(path.resolve(io.cwd, args.journal), localIsoDate(io.now())).catch(
    () => undefined
  );
  const paths = introPaths(loaded.network, target, { warmth });
  if (paths.length === 0) io.err(`no introduction path to ${args.query} within two hops\n`);
  if (args.json) {
    io.out(`${JSON.stringify(paths, null, 2)}\n`);
    return 0;
  }
  for (const p of paths) {
    io.out(`${p.band}\t${p.score}\t${p.path.map((s) => s.name).join(' → ')}\t${p.reasons}\n`);
  }
  return 0;
};
