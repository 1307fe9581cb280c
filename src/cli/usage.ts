/** Each subcommand's usage, printed by `deliberate <command> --help` (exit 0). */
export const COMMAND_USAGE: Record<string, string> = {
  feed: `Usage: deliberate feed <url|file> [--pattern RE] [--label NAME] [--json]

Prints the connection events of one RSS or Atom feed (a URL or a local file).
  --pattern RE   a regular expression with a (?<person>…) group, tried before the built-in patterns
  --label NAME   the source label each event carries
  --json         one JSON array on stdout instead of tab-separated lines`,
  import: `Usage: deliberate import <Connections.csv|Invitations.csv|export.zip> --journal <file>

Adds the people of a LinkedIn export to the journal as status: new, never duplicating an id.
The journal is locked, re-read and written atomically; a concurrent change is never overwritten.`,
  lint: `Usage: deliberate lint <journal> [--json]

Prints the journal's diagnostics as file:line: severity: message (exit 1 when there are errors).
  --json   the diagnostics as a JSON array`,
  fmt: `Usage: deliberate fmt <journal> [--check]

Normalises known metadata lines only (- status:, - seen:, - tags: …); every other byte is kept.
  --check  write nothing; exit 1 when the file would change (for git hooks)`,
  draft: `Usage: deliberate draft <person> --journal <file> [--model M] [--host H] [--kind note|message|email]

Streams a draft for one person of the journal from a local Ollama model. Nothing is sent anywhere else.
  --model M   the Ollama model (default: $DELIBERATE_MODEL or llama3.2)
  --host H    the Ollama host (default: $OLLAMA_HOST or http://127.0.0.1:11434)
  --kind K    note, message (default) or email`,
  due: `Usage: deliberate due <journal> [--date YYYY-MM-DD]

Lists the follow-ups that are due on the given date (default: today).`
};

/** True when the arguments ask for help (before any `--` that ends the options). */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
