import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { applyTextEdits, parseJournal, type Journal } from '../core/journal';
import { JournalPeople } from '../core/agents';
import type { TextEdit } from '../core/types';
import { readJournalBytes, updateJournalFile, type JournalUpdate } from '../node/journalFile';

/** A refusal or failure the agent sees as one clear sentence (the server turns it into a tool error). */
export class AgentError extends Error {}

/**
 * The only door between the MCP server and the disk: it reads one journal and writes it back
 * through the CLI's safe write path (atomic replace, permissions kept, read-only refused). The
 * journal must resolve (symlinks followed) inside its folder, checked on every access so a link
 * swapped later cannot lead anywhere else. Nothing else on disk is ever opened.
 */
export class JournalAccess {
  private cache: { key: string; people: JournalPeople } | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** The root resolved once: it is the user's folder, not data; the journal is resolved on every access. */
  private realRoot: string | undefined;

  constructor(
    readonly file: string,
    readonly root: string,
    readonly readOnly: boolean,
    private readonly shown = path.basename(file)
  ) {}

  /** Resolves the journal and checks it lies inside the root; the message says what to change. */
  async check(): Promise<string> {
    let real: string;
    let realRoot = this.realRoot;
    try {
      realRoot ??= this.realRoot = await realpath(this.root);
    } catch {
      throw new AgentError(`The folder ${this.root} does not exist; pass an existing folder with --root.`);
    }
    try {
      real = await realpath(this.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AgentError(
        code === 'ENOENT'
          ? `The journal ${this.shown} does not exist; create it first (deliberate import, or the extension's Open Journal).`
          : `Cannot open the journal ${this.shown}: ${(error as Error).message}.`
      );
    }
    const relative = path.relative(realRoot, real);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new AgentError(
        `The journal ${this.shown} resolves to ${real}, outside the folder ${realRoot}; Deliberate's MCP server only uses a journal inside its folder.`
      );
    }
    return real;
  }

  /** The parsed journal's people, re-read only when the file changed on disk. */
  async people(): Promise<JournalPeople> {
    const real = await this.check();
    const info = await stat(real, { bigint: true });
    const key = `${info.ino}:${info.size}:${info.mtimeNs}`;
    if (this.cache?.key === key) return this.cache.people;
    const text = await this.readText(real);
    const people = new JournalPeople(parseJournal(text));
    this.cache = { key, people };
    return people;
  }

  /**
   * One write: re-reads the journal, lets `change` compute minimal edits on it, and writes the
   * result atomically. Writes are queued, so two tool calls never interleave their read and write.
   */
  write(change: (journal: Journal) => TextEdit[]): Promise<{ edits: number }> {
    const run = async () => {
      if (this.readOnly) throw new AgentError('This MCP server was started with --read-only; nothing was written.');
      const real = await this.check();
      const info = await stat(real);
      if ((info.mode & 0o222) === 0) {
        throw new AgentError(`The journal ${this.shown} is read-only; nothing was written.`);
      }
      const { result } = await persist(real, this.shown, (text) => {
        const edits = change(parseJournal(text));
        return { text: edits.length > 0 ? applyTextEdits(text, edits) : undefined, result: edits.length };
      });
      if (result === 0) return { edits: 0 };
      this.cache = undefined;
      return { edits: result };
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async readText(real: string): Promise<string> {
    try {
      // Strict: a journal that is not UTF-8 is refused, never read with replacement characters.
      return (await readJournalBytes(real, this.shown)).text;
    } catch (error) {
      throw new AgentError(`Cannot read the journal ${this.shown}: ${(error as Error).message}.`);
    }
  }
}

/**
 * The single call site of the journal write: the same locked read-compare-rename path as the CLI
 * (src/node/journalFile), so an MCP write, a CLI write and an editor save never clobber each other.
 */
async function persist(
  file: string,
  shown: string,
  transform: (text: string) => JournalUpdate<number>
): Promise<{ changed: boolean; result: number }> {
  try {
    return await updateJournalFile(file, shown, transform);
  } catch (error) {
    throw new AgentError(`${(error as Error).message}.`.replace(/\.\.$/, '.'));
  }
}
