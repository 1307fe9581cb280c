/** Each subcommand's usage, printed by `deliberate <command> --help` (exit 0). */
export const COMMAND_USAGE: Record<string, string> = {
  feed: `Usage: deliberate feed <url|file> [--pattern RE] [--label NAME] [--json] [--journal <file>]

Prints the connection events of one RSS or Atom feed (a URL or a local file).
  --journal F    also record the feed's edges (who connected to whom) in F's network file
  --pattern RE   a regular expression with a (?<person>…) group, tried before the built-in patterns
  --label NAME   the source label each event carries
  --json         one JSON array on stdout instead of tab-separated lines`,
  import: `Usage: deliberate import <export.zip|folder|file.csv>… --journal <file>

Reads every LinkedIn export file it recognises (Connections, Invitations, messages, endorsements,
recommendations). New people are added to the journal as status: new, never duplicating an id;
evidence (counts and dates, never message bodies) goes to <file>.evidence.tsv.
The journal is locked, re-read and written atomically; a concurrent change is never overwritten.`,
  people: `Usage: deliberate people --journal <file> [--json] [--date YYYY-MM-DD] [--cadence-default 3m]

Every person in the journal with last contact, cadence, when they are due and warmth (with reasons).
  --json              an array of { "id", "name", "status", …, "warmth": { "score", "band", "reasons" } }
  --date D            judge "due" and warmth as of D (default: today)
  --cadence-default C the cadence of accepted people without their own (default: none)`,
  'who-knows': `Usage: deliberate who-knows <person> --journal <file> [--json]

The people connected to <person> (a name or an id) in the network beside the journal
(<journal>.network.tsv plus the journal's own via and knows lines), with each edge's kind,
source and first-seen date. People you know come first.
  --json   an array of { "id", "name", "kind", "source", "since" }
An ambiguous name exits 2 listing the candidates' ids.`,
  intro: `Usage: deliberate intro <person|company> --journal <file> [--json]

Introduction paths of one or two hops to a person or a company (current company from the
journal's headlines): the target when you know them, else a person you know who knows them.
Best first, ranked by the weakest link; never more than two hops.
  --json   an array of { "path": [{ "id", "name" }], "band", "score", "reasons" }`,
  lint: `Usage: deliberate lint <journal> [--json]

Prints the journal's diagnostics as file:line: severity: message (exit 1 when there are errors).
  --json   the diagnostics as a JSON array`,
  fmt: `Usage: deliberate fmt <journal> [--check]

Normalises known metadata lines only (- status:, - seen:, - tags: …); every other byte is kept.
  --check  write nothing; exit 1 when the file would change (for git hooks)`,
  draft: `Usage: deliberate draft <person> --journal <file> [--model M] [--host H] [--kind note|message|email|intro] [--to <target>] [--json]

Streams a draft for one person of the journal from a local Ollama model. Nothing is sent anywhere else.
  --model M   the Ollama model (default: $DELIBERATE_MODEL or llama3.2)
  --host H    the Ollama host (default: $OLLAMA_HOST or http://127.0.0.1:11434)
  --kind K    note, message (default), email, or intro (ask <person> to introduce you to --to)
  --to T      with --kind intro: the person (name or id) <person> should introduce you to;
              the path must exist in the network beside the journal
The card also carries warmth reasons and the last contact (<journal>.evidence.tsv) and the
shared connections (<journal>.network.tsv) when those files exist.
  --json      when done, print { "text", "kind", "factsUsed", "findings" } instead of streaming;
              without it, each finding of the draft checks is a warning: line on stderr`,
  due: `Usage: deliberate due <journal> [--date YYYY-MM-DD]

Lists the follow-ups that are due on the given date (default: today), and the accepted people
whose keep-in-touch cadence is due, each with why.`,
  mcp: `Usage: deliberate mcp --journal <file> [--root <folder>] [--read-only]

Serves the journal to an MCP client (a coding agent, a chat app) over stdio: list_people, get_person,
follow_ups_due and the writing tools record_decision, log_action and set_answer (minimal edits through
the same locked write path as the CLI). It never reads or writes outside the journal's folder (or
--root) and never fetches the network.
  --root F      the folder the server may read and write in (default: the journal's folder)
  --read-only   offer only the read-only tools`
};

/** True when the arguments ask for help (before any `--` that ends the options). */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
