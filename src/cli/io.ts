/**
 * What every CLI subcommand shares: streams it writes to, and the two error kinds that map
 * to the documented exit codes. Subcommands throw; only src/cli.ts prints and exits, so each
 * error becomes exactly one line on stderr with no stack trace.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Absolute path that relative file arguments resolve against. */
  cwd: string;
  /** Injected so tests can pin "today". */
  now(): Date;
}

/** Bad usage or bad input: exit status 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Any other failure with its own exit status (e.g. 3 for a model or server error). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message);
  }
}

/** A subcommand returns its exit status: 0 success, 1 lint errors found. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
