import { CliFailure, UsageError, type CliCommand, type CliIo } from './cli/io';
import { run as feed } from './cli/feed';
import { run as importCsv } from './cli/import';
import { run as lint } from './cli/lint';
import { run as fmt } from './cli/fmt';
import { run as draft } from './cli/draft';
import { run as due } from './cli/due';
import { asksForHelp, COMMAND_USAGE } from './cli/usage';
import { escapeForTerminal } from './core/text/terminal';
import { run as people } from './cli/people';
import { whoKnowsCommand, introCommand } from './cli/network';
import { run as mcp } from './cli/mcp';

/** `deliberate`: a second thin front over src/core, for terminals and git hooks. */
const COMMANDS: Record<string, CliCommand> = {
  feed,
  import: importCsv,
  lint,
  fmt,
  draft,
  due,
  people,
  'who-knows': whoKnowsCommand,
  intro: introCommand,
  mcp
};

const USAGE = `Usage: deliberate <command> [options]

Commands:
  feed <url|file> [--pattern RE] [--json] [--journal <file>]
                                                   print connection events; with --journal also record edges
  import <export.zip|folder|file.csv>… --journal <file>
                                                   add new people as status: new; evidence to <file>.evidence.tsv
  people --journal <file> [--json]                 every person with last contact, cadence, due and warmth
  lint <journal> [--json] [--quiet]                print journal diagnostics (exit 1 on errors)
  fmt <journal> [--check] [--quiet]                normalise metadata lines only
  draft <person> --journal <file> [--model M] [--host H] [--kind note|message|email|intro] [--to <target>]
                                                   stream a draft from a local Ollama model
  due <journal> [--date YYYY-MM-DD] [--quiet]      list follow-ups and cadences that are due
  who-knows <person> --journal <file> [--json]     people connected to a person, with edge kind and source
  intro <person|company> --journal <file> [--json] introduction paths (one or two hops), best first
  mcp --journal <file> [--root <folder>] [--read-only]
                                                   serve the journal to MCP clients on stdio

Exit status: 0 success, 1 lint errors, 2 bad usage or input, 3 model or server error.`;

export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  // Everything printed passes through one filter: journal, feed and server text never drives the terminal.
  const io: CliIo = {
    ...rawIo,
    out: (text) => rawIo.out(escapeForTerminal(text)),
    err: (text) => rawIo.err(escapeForTerminal(text))
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${process.env.DELIBERATE_VERSION ?? 'dev'}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`deliberate: unknown command '${oneLine(name)}'. Run 'deliberate --help'.\n`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.out(`${COMMAND_USAGE[name] ?? USAGE}\n`);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof CliFailure) {
      io.err(`deliberate ${name}: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (
      error &&
      typeof error === 'object' &&
      'code' in error &&
      String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`deliberate ${name}: ${oneLine(String((error as { message?: unknown }).message))}\n`);
      return 2;
    }
    io.err(`deliberate ${name}: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}

/** Keeps every error to one line, whatever untrusted text it quotes. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

if (require.main === module) {
  const io: CliIo = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    now: () => (process.env.DELIBERATE_TODAY ? new Date(`${process.env.DELIBERATE_TODAY}T12:00:00`) : new Date())
  };
  // `deliberate feed --json | head`: the reader went away; that is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // Let the last stdout chunk drain before exiting (piped output would be cut otherwise).
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
