/**
 * `deliberate draft <person> --journal <file> [--model M] [--host H] [--kind note|message|email|intro] [--to <target>] [--json]`
 * drafts from the person card (with warmth, last contact and shared connections when the evidence
 * and network files exist beside the journal; `--kind intro --to <target>` asks <person> to introduce
 * the user to <target> along a network path) with a local Ollama model and checks the result. Without --json the
 * draft streams to stdout and each finding is a `warning:` line on stderr; with --json one object
 * `{ text, kind, factsUsed, findings }` is printed when done. It reads the journal and never writes it.
 * Exit 2: bad usage or unknown person; exit 3: the model or server failed.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { entryAnswers, findEntryByKey, parseJournal, type Journal, type JournalEntry } from '../core/journal';
import { DRAFT_KINDS, type DraftKind } from '../core/types';
import { buildDraftPrompt } from '../core/drafting/prompt';
import { runGroundedDraft } from '../node/drafting/grounded';
import { cardForEntry, otherNamesFor } from '../core/grounding/fromJournal';
import { draftOutcome, type DraftOutcome } from '../core/grounding/outcome';
import { findingSummary } from '../core/drafting/checks';
import { displayHost, InvalidHostError, normaliseHost } from '../core/llm/host';
import { LlmError } from '../core/llm/errors';
import { CliFailure, UsageError, type CliCommand } from './io';
import { readJournalFile } from './journalFile';
import { settingDefault } from '../core/config/manifest';
import { localIsoDate } from '../core/types';
import { entryKey } from '../core/journal/identity';
import { introPaths } from '../core/network';
import { loadRelationships, warmthHook } from '../node/drafting/relationships';
import {
  introductionExtras,
  networkNamesAround,
  pathStartsWith,
  relationshipExtras,
  type RelationshipSources
} from '../core/grounding/extras';
import type { CardExtras } from '../core/grounding/fromJournal';

const USAGE =
  'usage: deliberate draft <person> --journal <file> [--model M] [--host H] [--kind note|message|email|intro] [--to <target>] [--json]';

/** By id first, then by name (case and spacing ignored); an ambiguous name asks for the id. */
export function findPerson(journal: Journal, query: string): JournalEntry {
  const byId = findEntryByKey(journal, query);
  if (byId) return byId;
  const wanted = query.trim().replace(/\s+/g, ' ').toLowerCase();
  const matches = journal.entries.filter((entry) => entry.name.trim().replace(/\s+/g, ' ').toLowerCase() === wanted);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    const ids = matches.map((entry) => entry.id ?? `line ${entry.headingLine + 1}`).join(', ');
    throw new UsageError(`'${query}' matches ${matches.length} entries; pass the id instead (${ids})`);
  }
  throw new UsageError(`no person '${query}' in the journal (match a '## Name' heading or an id)`);
}

/** What the prompt says about the person: every field the journal keeps, headline and invitation message included. */
export function promptPerson(entry: JournalEntry): Parameters<typeof buildDraftPrompt>[0]['person'] {
  return {
    person: entry.name,
    via: entry.via ?? null,
    link: entry.link ?? null,
    source: entry.source ?? '',
    headline: entry.headline ?? '',
    message: entry.message
  };
}

async function readTemplate(journalPath: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(path.dirname(journalPath), '.deliberate', 'prompt.md'), 'utf8');
  } catch {
    return undefined;
  }
}

export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      journal: { type: 'string' },
      model: { type: 'string' },
      host: { type: 'string' },
      kind: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' }
    },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length !== 1 || !positionals[0].trim()) {
    throw new UsageError(`expected exactly one <person>; ${USAGE}`);
  }
  if (!values.journal) throw new UsageError(`missing --journal <file>; ${USAGE}`);
  const kind = (values.kind ?? 'message') as DraftKind;
  if (!DRAFT_KINDS.includes(kind)) {
    throw new UsageError(`--kind must be note, message, email or intro, not '${values.kind}'`);
  }
  if (kind === 'intro' && !values.to?.trim()) throw new UsageError(`--kind intro needs --to <target>; ${USAGE}`);
  if (kind !== 'intro' && values.to !== undefined) throw new UsageError('--to <target> goes with --kind intro');
  let host: string;
  try {
    host = normaliseHost(values.host ?? process.env.OLLAMA_HOST);
  } catch (error) {
    throw new UsageError(error instanceof InvalidHostError ? error.message : String(error));
  }
  const model = values.model?.trim() || process.env.DELIBERATE_MODEL?.trim() || settingDefault('ollama.model');
  const json = values.json === true;

  const file = await readJournalFile(values.journal, io, 'draft <person> --journal');
  const journal = parseJournal(file.text);
  const entry = findPerson(journal, positionals[0]);
  const profile = process.env.DELIBERATE_PROFILE ?? '';
  const loaded = await loadRelationships(file.path, { journalText: file.text, today: localIsoDate() });
  for (const warning of loaded.warnings) io.err(`deliberate draft: warning: ${warning}\n`);
  const extras: CardExtras = relationshipExtras(entry, loaded.sources);
  if (kind === 'intro') Object.assign(extras, introductionFor(journal, entry, values.to!, loaded.sources));
  const card = cardForEntry(journal, entry, profile, extras);
  const template = await readTemplate(file.path);
  const buildPrompt = (structured: boolean) =>
    buildDraftPrompt({
      person: promptPerson(entry),
      kind,
      answers: entryAnswers(journal, entry),
      profile,
      log: entry.log.map((line) => ({ date: line.date, text: line.text })),
      template,
      card,
      structured
    });

  let streamed = '';
  const interrupt = new AbortController();
  const onSigint = () => interrupt.abort();
  process.once('SIGINT', onSigint);
  // ollama-js logs skipped non-JSON lines with console.warn; stderr is reserved for our one-line errors.
  const warn = console.warn;
  console.warn = () => {};
  let result;
  try {
    result = await runGroundedDraft(
      buildPrompt,
      { host, model, firstTokenTimeoutMs: 300_000, idleTimeoutMs: 60_000 },
      {
        signal: interrupt.signal,
        onDelta: (delta) => {
          streamed += delta;
          if (!json) io.out(delta);
        }
      }
    );
  } catch (error) {
    if (!json && streamed && !streamed.endsWith('\n')) io.out('\n');
    const message =
      error instanceof LlmError
        ? error.message
        : `Ollama at ${displayHost(host)} failed: ${error instanceof Error ? error.message : String(error)}`;
    throw new CliFailure(message, 3);
  } finally {
    console.warn = warn;
    process.removeListener('SIGINT', onSigint);
  }
  const text = result.text;
  if (!json && streamed && !streamed.endsWith('\n')) io.out('\n');
  switch (result.chat.end) {
    case 'cancelled':
      throw new CliFailure(
        streamed ? 'interrupted; the partial draft is above' : 'interrupted before the model answered',
        130
      );
    case 'incomplete':
      throw new CliFailure('the model stopped before finishing; the draft above may be incomplete', 3);
    case 'length':
      io.err('deliberate draft: warning: the draft hit the length limit and was cut off\n');
      break;
    default:
      if (!text.trim()) throw new CliFailure(`${model} returned an empty draft; try again or pick another model`, 3);
  }
  const outcome = draftOutcome({
    text,
    kind,
    card,
    state: result.state,
    factsUsed: result.factsUsed,
    otherNames: [...otherNamesFor(journal, entry), ...networkNamesAround(entry, loaded.sources.network)],
    why: result.why
  });
  if (json) io.out(`${JSON.stringify(jsonShape(outcome), null, 2)}\n`);
  else for (const line of findingLines(outcome)) io.err(`${line}\n`);
  return 0;
};

/** The path from `bridge` to `--to` as card facts; no such path is a usage error that says why. */
export function introductionFor(
  journal: Journal,
  bridge: JournalEntry,
  to: string,
  sources: RelationshipSources
): CardExtras {
  const target = findPerson(journal, to);
  const network = sources.network;
  const targetKey = entryKey(target);
  const bridgeKey = entryKey(bridge);
  if (!network) {
    throw new UsageError('no network file beside the journal; record feeds or run `deliberate network` first');
  }
  if (targetKey === undefined || bridgeKey === undefined) {
    throw new UsageError('both people need an id or link in the journal to find a path between them');
  }
  const path = introPaths(network, { person: targetKey }, { warmth: warmthHook(journal, sources) }).find((p) =>
    pathStartsWith(p, bridgeKey)
  );
  if (!path) throw new UsageError(`the network has no path from ${bridge.name} to ${target.name}`);
  return introductionExtras(path);
}

/** The stable `--json` shape (PRODUCT.md): text, kind, factsUsed, findings with code, severity, message. */
export function jsonShape(outcome: DraftOutcome) {
  return {
    text: outcome.text,
    kind: outcome.kind,
    factsUsed: outcome.factsUsed,
    findings: findingSummary(outcome.findings)
  };
}

/** One `warning:` line per finding, with its span when it has one. */
export function findingLines(outcome: DraftOutcome): string[] {
  return outcome.findings.map((finding) => {
    const where = finding.end > finding.start ? ` (characters ${finding.start + 1}-${finding.end})` : '';
    return `warning: ${finding.severity} ${finding.code}: ${finding.message}${where}`;
  });
}
