/**
 * `deliberate.importLinkedInExport`: pick Connections.csv / Invitations.csv / the export .zip,
 * parse them all first, then add the new people to the journal in one edit. If any file is
 * bad, nothing is imported and the message names that file.
 */
import * as vscode from 'vscode';
import { ExportFormatError, parseExportFiles, ZipFormatError, type ImportSummary } from '../../core/linkedin';
import type { Services } from '../../services';

const MAX_CSV_BYTES = 64 * 1024 * 1024;

export async function importLinkedInExportCommand(
  services: Services,
  uris?: vscode.Uri[]
): Promise<{ added: number; existing: number; hidden: number } | undefined> {
  const picked =
    uris ??
    (await vscode.window.showOpenDialog({
      canSelectMany: true,
      openLabel: 'Import',
      title: 'Import LinkedIn export: Connections.csv, Invitations.csv or the export .zip',
      filters: { 'LinkedIn export': ['csv', 'zip'], 'All files': ['*'] }
    }));
  if (!picked || picked.length === 0) return undefined;

  const files: { bytes: Uint8Array; name: string }[] = [];
  let summary: ImportSummary;
  try {
    for (const uri of picked) {
      const name = uri.fsPath || uri.path;
      const stat = await vscode.workspace.fs.stat(uri).then(undefined, (error: Error) => {
        throw new ExportFormatError(`cannot read ${name}: ${error.message}`);
      });
      if (stat.size > MAX_CSV_BYTES) {
        throw new ExportFormatError(`${name} is larger than 64 MB; is it really a LinkedIn export?`);
      }
      files.push({ bytes: await vscode.workspace.fs.readFile(uri), name });
    }
    // Everything is parsed before the journal is touched: one bad file imports nothing.
    summary = parseExportFiles(files);
  } catch (error) {
    const message =
      error instanceof ExportFormatError || error instanceof ZipFormatError
        ? error.message
        : `cannot read the export: ${(error as Error).message}`;
    services.log.warn(`import: ${message}`);
    void vscode.window.showErrorMessage(`Deliberate: ${message}. Nothing was imported.`);
    return undefined;
  }
  const { events, hidden, duplicates, outgoing } = summary;

  let outcome: { added: number; existing: number };
  try {
    outcome = await services.journal.addNew(events);
  } catch (error) {
    const message = `Deliberate: import failed: ${(error as Error).message}. The journal was not changed.`;
    services.log.error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
  const existing = outcome.existing + duplicates;
  let text = `${outcome.added} new, ${existing} already in the journal, ${hidden} hidden profile${hidden === 1 ? '' : 's'} skipped`;
  if (outgoing > 0) text += `, ${outgoing} outgoing invitation${outgoing === 1 ? '' : 's'} ignored`;
  services.log.info(`import: ${text}`);
  void vscode.window
    .showInformationMessage(`Deliberate: ${text}.`, ...(outcome.added > 0 ? ['Open Journal'] : []))
    .then((choice) => {
      if (choice === 'Open Journal') void services.journal.open();
    });
  return { added: outcome.added, existing, hidden };
}
