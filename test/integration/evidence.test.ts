/**
 * Relationship evidence in the real extension host: importing an export .zip writes
 * `<journal>.evidence.tsv` beside the journal (never a message body), and the journal hover
 * shows the person's warmth with its reasons and the cadence due.
 */
import { testServices } from '../support/extensionApi';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { strToU8, zipSync } from 'fflate';
import type { Services } from '../../src/services';
import { pollUntil } from './support/poll';

const MARKER = 'IT-BODY-MARKER-51c2';
const OWNER = 'https://www.linkedin.com/in/evidence-it-owner';
const PERSON = 'https://www.linkedin.com/in/evidence-it-wren';

function exportZip(): Uint8Array {
  const connections =
    'Notes:\n"x"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
    `Wren,Evidence,${PERSON},,Acme,Engineer,08 Feb 2026\n`;
  const today = new Date().toISOString().slice(0, 10);
  const messages =
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
    `c1,,Me,${OWNER},Wren Evidence,${PERSON},${today} 09:00:00 UTC,,"hello ${MARKER}",INBOX\n` +
    `c1,,Wren Evidence,${PERSON},Me,${OWNER},${today} 10:00:00 UTC,,"hi ${MARKER}",INBOX\n` +
    `c2,,Me,${OWNER},Other,https://www.linkedin.com/in/evidence-it-other,2025-01-01 09:00:00 UTC,,"x",INBOX\n`;
  return zipSync({ 'Connections.csv': strToU8(connections), 'messages.csv': strToU8(messages) });
}

describe('relationship evidence (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;

  before(async () => {
    const extension = vscode.extensions.getExtension('deliberate.deliberate');
    assert.ok(extension);
    services = await testServices();
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  });

  it('imports a zip: evidence beside the journal, warmth and cadence in the hover', async () => {
    const zip = path.join(root, 'evidence-it-export.zip');
    fs.writeFileSync(zip, exportZip());
    const result = await vscode.commands.executeCommand<{ added: number; evidence: number }>(
      'deliberate.importLinkedInExport',
      [vscode.Uri.file(zip)]
    );
    assert.ok(result, 'the import succeeded');
    assert.ok(result.evidence >= 2);
    const journalUri = services.journal.uri();
    assert.ok(journalUri);
    const evidenceFile = `${journalUri.fsPath}.evidence.tsv`;
    const evidence = fs.readFileSync(evidenceFile, 'utf8');
    assert.match(evidence, /evidence-it-wren\tWren Evidence\t2026-02-08\t/);
    assert.equal(evidence.includes(MARKER), false, 'no message body in the evidence file');
    assert.equal(evidence.includes('evidence-it-owner'), false, 'the owner is not a person');

    const person = await pollUntil('Wren in the journal', () => services.journal.findById(PERSON), 10_000);
    const editor = await services.journal.open({ revealId: PERSON });
    assert.ok(editor);
    const document = editor.document;
    assert.equal(document.getText().includes(MARKER), false, 'no message body in the journal');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      new vscode.Position(person.line, 3)
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n')
      // MarkdownString.appendText escapes spaces and punctuation.
      .replace(/&nbsp;/g, ' ')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
    assert.match(text, /Warmth: \d+ (strong|warm|light|cold)/);
    assert.match(text, /2 messages, both ways/);
    assert.match(text, /last contact today/);
  });

  it('gives the imported person a warmth band on their sidebar row (issue 11)', async () => {
    // Runs after the import above. The directory is the sidebar's own (SidebarPeopleDirectory).
    const directory = services.people as unknown as {
      snapshot(): { items: { id: string; warmthScore?: number | null; warmthBand?: string | null }[] };
    };
    const row = await pollUntil(
      'Wren with warmth in the sidebar snapshot',
      () => directory.snapshot().items.find((i) => i.id === PERSON && typeof i.warmthScore === 'number'),
      10_000
    );
    assert.ok(row.warmthScore! > 0);
    assert.match(row.warmthBand ?? '', /^(strong|warm|light|cold)$/);
  });

  it('contributes the Losing touch view to the Deliberate sidebar', async () => {
    // Fails with "command not found" when the view is not contributed and registered.
    await vscode.commands.executeCommand('deliberate.losingTouch.focus');
    await vscode.commands.executeCommand('deliberate.losingTouch.reveal', PERSON);
    await pollUntil(
      'the journal editor',
      () => vscode.window.activeTextEditor?.document.uri.toString() === services.journal.uri()?.toString(),
      10_000
    );
  });
});
