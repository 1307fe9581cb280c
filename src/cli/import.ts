import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { addEntriesEdit, applyTextEdits, parseJournal } from '../core/journal';
import { ExportFormatError, parseLinkedInExport } from '../core/linkedin';
import { buildEvidence, classifyExportText, EvidenceFormatError, mergeEvidence } from '../core/evidence';
import { canonicalId } from '../core/journal/identity';
import type { ConnectionEvent } from '../core/types';
import { localIsoDate } from '../core/types';
import { collectExportFiles, isInputError } from '../node/linkedin/exportFiles';
import { evidencePath, loadEvidence, saveEvidence } from '../node/evidence';
import { recordConversationEdges } from '../node/network';
import { UsageError, type CliCommand } from './io';
import { updateJournal } from './journalFile';

const USAGE = 'usage: deliberate import <export.zip|folder|file.csv>… --journal <file>';

/**
 * `deliberate import <export.zip|folder|file.csv>… --journal <file>`: new people from
 * Connections.csv / Invitations.csv are appended as `status: new` (never duplicating an id);
 * evidence from every recognised file goes to `<journal>.evidence.tsv`. Everything is parsed
 * before anything is written, so bad input leaves both files byte-for-byte untouched.
 */
export const run: CliCommand = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { journal: { type: 'string' } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length === 0) throw new UsageError(`missing <export.zip|folder|file.csv>; ${USAGE}`);
  if (!values.journal) throw new UsageError(`missing --journal <file>; ${USAGE}`);
  const journalPath = path.resolve(io.cwd, values.journal);

  let collected;
  try {
    collected = await collectExportFiles(positionals.map((p) => ({ path: path.resolve(io.cwd, p), shown: p })));
  } catch (error) {
    if (isInputError(error)) throw new UsageError(error.message);
    throw error;
  }
  // A single file named on the command line that is not an export is an error, as before.
  for (const file of collected.files) {
    if (!positionals.includes(file.name)) continue;
    const c = classifyExportText(file.text, file.name);
    if ('skipped' in c) {
      legacyCheck(file.text, file.name);
      throw new UsageError(`${file.name}: ${c.skipped}`);
    }
  }

  let evidence;
  const events: ConnectionEvent[] = [];
  const counts = { hidden: 0, outgoing: 0, duplicates: 0 };
  try {
    evidence = buildEvidence(collected.files);
    const seen = new Set<string>();
    for (const file of collected.files) {
      const c = classifyExportText(file.text, file.name);
      if (!('file' in c) || (c.file.kind !== 'connections' && c.file.kind !== 'invitations')) continue;
      const part = parseOrEmpty(file.text, file.name);
      if (!part) continue;
      counts.hidden += part.hidden;
      counts.outgoing += part.outgoing;
      counts.duplicates += part.duplicates;
      for (const event of part.events) {
        const key = canonicalId(event.id);
        if (evidence.owner && key === evidence.owner) continue; // never the account owner
        if (seen.has(key)) counts.duplicates++;
        else {
          seen.add(key);
          events.push(event);
        }
      }
    }
  } catch (error) {
    if (error instanceof ExportFormatError || error instanceof EvidenceFormatError) throw new UsageError(error.message);
    throw error;
  }
  if (evidence.files.every((f) => f.kind === 'skipped')) {
    throw new UsageError(
      `no LinkedIn export file recognised in ${positionals.join(', ')} (looked for Connections, Invitations, messages, endorsements, recommendations)`
    );
  }

  const stored = await loadEvidence(journalPath);
  if (stored.badLines.length > 0) {
    throw new UsageError(
      `${path.basename(stored.path)} has unreadable lines (${stored.badLines.slice(0, 5).join(', ')}); fix or delete it (it is regenerated from the export); nothing was imported`
    );
  }
  const merged = mergeEvidence(stored.people, evidence.people.values());
  // The journal is read, changed and written under its lock (see updateJournal), after everything parsed.
  const today = localIsoDate(io.now());
  const { result } = await updateJournal(
    journalPath,
    `journal ${values.journal}`,
    (journalText) => {
      const outcome = addEntriesEdit(parseJournal(journalText), events, { status: 'new', today });
      return {
        text: outcome.edits.length > 0 ? applyTextEdits(journalText, outcome.edits) : undefined,
        result: outcome
      };
    },
    { missingAsEmpty: true }
  );
  const { added, existing } = result;
  await saveEvidence(journalPath, merged.people.values());
  // Small group conversations: weak edges in the network file beside the journal (locked, deduplicated).
  const network = await recordConversationEdges(journalPath, evidence.groups, { today });

  const parts = [
    `${added} new`,
    `${existing + counts.duplicates} already in the journal`,
    `${counts.hidden} hidden profile${counts.hidden === 1 ? '' : 's'} skipped`
  ];
  if (counts.outgoing > 0) {
    parts.push(`${counts.outgoing} outgoing invitation${counts.outgoing === 1 ? '' : 's'} ignored`);
  }
  io.out(`${parts.join(', ')}\n`);
  for (const f of evidence.files) io.out(`  ${f.name}: ${f.kind === 'skipped' ? '' : `${f.kind}, `}${f.summary}\n`);
  for (const s of collected.skipped) io.out(`  ${s}: skipped: not a CSV file\n`);
  io.out(
    `  evidence: ${merged.people.size} people in ${path.basename(evidencePath(journalPath))} (${merged.added} new, ${merged.changed} updated)\n`
  );
  if (evidence.groups.length > 0) {
    io.out(
      `  network: ${network.appended} conversation edge${network.appended === 1 ? '' : 's'} recorded in ${path.basename(network.file)} from ${evidence.groups.length} small group conversation${evidence.groups.length === 1 ? '' : 's'}\n`
    );
  }
  for (const warning of network.warnings) io.out(`  network: ${warning.message}\n`);
  return 0;
};

/** The connection rows of a recognised file; an empty file of the right kind is 0 rows, not an error. */
function parseOrEmpty(text: string, name: string) {
  try {
    return parseLinkedInExport(text, name);
  } catch (error) {
    if (error instanceof ExportFormatError && /has a header but no rows|is empty/.test(error.message)) return undefined;
    throw error;
  }
}

/** The precise message the single-file importer always gave (empty, not an export, a missing column). */
function legacyCheck(text: string, name: string): void {
  try {
    parseLinkedInExport(text, name);
  } catch (error) {
    if (error instanceof ExportFormatError) throw new UsageError(error.message);
    throw error;
  }
}
