/**
 * `deliberate.importLinkedInExport`: pick the export .zip, an extracted folder or single CSVs.
 * Everything is parsed first (src/node/linkedin reads zips and folders; src/core/evidence reads
 * every recognised file); then new people from Connections.csv / Invitations.csv are added to the
 * journal in one edit, and the evidence (counts and dates, never message bodies) is merged into
 * `<journal>.evidence.tsv`. If any file is bad, nothing is imported and the message names it.
 */
import * as vscode from 'vscode';
import { ExportFormatError, parseLinkedInExport } from '../../core/linkedin';
import { buildEvidence, classifyExportText, EvidenceFormatError, mergeEvidence } from '../../core/evidence';
import { canonicalId } from '../../core/journal/identity';
import type { ConnectionEvent } from '../../core/types';
import { collectExportFiles, isInputError } from '../../node/linkedin/exportFiles';
import { loadEvidence, saveEvidence } from '../../node/evidence';
import type { Services } from '../../services';

export async function importLinkedInExportCommand(
  services: Services,
  uris?: vscode.Uri[]
): Promise<{ added: number; existing: number; hidden: number; evidence: number; networkEdges: number } | undefined> {
  const picked =
    uris ??
    (await vscode.window.showOpenDialog({
      canSelectMany: true,
      canSelectFolders: true,
      canSelectFiles: true,
      openLabel: 'Import',
      title: 'Import LinkedIn export: the .zip, its extracted folder, or single CSV files',
      filters: { 'LinkedIn export': ['csv', 'zip'], 'All files': ['*'] }
    }));
  if (!picked || picked.length === 0) return undefined;

  const fail = (message: string) => {
    services.log.warn(`import: ${message}`);
    void vscode.window.showErrorMessage(`Deliberate: ${message}. Nothing was imported.`);
    return undefined;
  };
  if (picked.some((u) => u.scheme !== 'file')) return fail('the export must be a local file or folder');

  let events: ConnectionEvent[];
  let imported;
  const counts = { hidden: 0, outgoing: 0, duplicates: 0 };
  let skipped: string[];
  try {
    const collected = await collectExportFiles(picked.map((u) => ({ path: u.fsPath, shown: u.fsPath })));
    skipped = collected.skipped;
    imported = buildEvidence(collected.files);
    if (imported.files.every((f) => f.kind === 'skipped')) {
      return fail(
        'no LinkedIn export file recognised (looked for Connections, Invitations, messages, endorsements, recommendations)'
      );
    }
    events = [];
    const seen = new Set<string>();
    for (const file of collected.files) {
      const c = classifyExportText(file.text, file.name);
      if (!('file' in c) || (c.file.kind !== 'connections' && c.file.kind !== 'invitations')) continue;
      let part;
      try {
        part = parseLinkedInExport(file.text, file.name);
      } catch (error) {
        if (error instanceof ExportFormatError && /has a header but no rows|is empty/.test(error.message)) continue;
        throw error;
      }
      counts.hidden += part.hidden;
      counts.outgoing += part.outgoing;
      counts.duplicates += part.duplicates;
      for (const event of part.events) {
        const key = canonicalId(event.id);
        if (key === imported.owner) continue; // never the account owner
        if (seen.has(key)) counts.duplicates++;
        else {
          seen.add(key);
          events.push(event);
        }
      }
    }
  } catch (error) {
    if (isInputError(error) || error instanceof ExportFormatError || error instanceof EvidenceFormatError) {
      return fail(error.message);
    }
    return fail(`cannot read the export: ${(error as Error).message}`);
  }

  let outcome: { added: number; existing: number };
  let evidenceCount = 0;
  let networkEdges = 0;
  try {
    outcome = await services.journal.addNew(events);
    const uri = services.journal.uri();
    if (uri?.scheme === 'file') {
      const stored = await loadEvidence(uri.fsPath);
      const merged = mergeEvidence(stored.people, imported.people.values());
      await saveEvidence(uri.fsPath, merged.people.values());
      evidenceCount = merged.people.size;
      await services.evidence?.refresh();
      // Small group conversations: weak edges beside the journal, through the network's locked append.
      networkEdges = (await services.network?.recordConversations(imported.groups)) ?? 0;
    }
  } catch (error) {
    const message = `Deliberate: import failed: ${(error as Error).message}.`;
    services.log.error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
  for (const f of imported.files) services.log.info(`import: ${f.name}: ${f.kind}, ${f.summary}`);
  for (const s of skipped) services.log.info(`import: ${s}: skipped: not a CSV file`);
  const existing = outcome.existing + counts.duplicates;
  let text = `${outcome.added} new, ${existing} already in the journal, ${counts.hidden} hidden profile${counts.hidden === 1 ? '' : 's'} skipped`;
  if (counts.outgoing > 0) {
    text += `, ${counts.outgoing} outgoing invitation${counts.outgoing === 1 ? '' : 's'} ignored`;
  }
  text += `; evidence for ${evidenceCount} people`;
  if (imported.groups.length > 0) text += `; ${networkEdges} new conversation edge${networkEdges === 1 ? '' : 's'}`;
  services.log.info(`import: ${text}`);
  void vscode.window
    .showInformationMessage(`Deliberate: ${text}.`, ...(outcome.added > 0 ? ['Open Journal'] : []))
    .then((choice) => {
      if (choice === 'Open Journal') void services.journal.open();
    });
  return { added: outcome.added, existing, hidden: counts.hidden, evidence: evidenceCount, networkEdges };
}
