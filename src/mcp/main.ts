import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { localIsoDate } from '../core/types';
import { AgentError, JournalAccess } from './journalAccess';
import { createServer } from './server';

const USAGE = 'usage: deliberate mcp --journal <file> [--root <folder>] [--read-only]';

/**
 * `deliberate mcp`: the MCP server on stdio. Its own bundle (dist/mcp.js), loaded by the CLI
 * only for this subcommand. Startup problems are one line on stderr and exit status 2; stdout
 * carries only the protocol.
 */
export async function run(argv: string[], cwd: string = process.cwd()): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        journal: { type: 'string' },
        root: { type: 'string' },
        'read-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true
    }).values;
  } catch (error) {
    process.stderr.write(`deliberate mcp: ${(error as Error).message.split('\n')[0]}; ${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(
      `${USAGE}\n\nServes the journal to MCP clients on stdin/stdout. --root is the folder the journal must lie in (default: the journal's folder).\n`
    );
    return 0;
  }
  if (!values.journal) {
    process.stderr.write(`deliberate mcp: missing --journal <file>; ${USAGE}\n`);
    return 2;
  }
  const file = path.resolve(cwd, values.journal);
  const root = values.root ? path.resolve(cwd, values.root) : path.dirname(file);
  const access = new JournalAccess(file, root, values['read-only'] === true, values.journal);
  try {
    await access.check();
  } catch (error) {
    if (!(error instanceof AgentError)) throw error;
    process.stderr.write(`deliberate mcp: ${error.message}\n`);
    return 2;
  }
  const today = () =>
    process.env.DELIBERATE_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(process.env.DELIBERATE_TODAY)
      ? process.env.DELIBERATE_TODAY
      : localIsoDate(new Date());
  const server = await createServer({ access, today }, process.env.DELIBERATE_VERSION ?? 'dev');
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // Runs until the client closes stdin.
  await new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  return 0;
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
