/**
 * Group conversation edges in the real extension host: importing a messages.csv with a small
 * and a large group appends weak `conversation` edges for the small one to the network file
 * beside the journal (never a body, never the owner), and a re-import appends none.
 */
import { testServices } from '../support/extensionApi';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';

const MARKER = 'IT-GROUP-BODY-MARKER-93d1';
const OWNER = 'https://www.linkedin.com/in/group-it-owner';
const url = (slug: string) => `https://www.linkedin.com/in/group-it-${slug}`;

function messagesCsv(): string {
  const header = 'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';
  const group = (id: string, slugs: string[]) =>
    `${id},Me,${OWNER},"${slugs.map((s) => `P ${s}`).join(', ')}","${slugs.map(url).join(',')}",2026-06-01 09:00:00 UTC,,"hello ${MARKER}",INBOX\n`;
  return header + group('small', ['ana', 'bo']) + group('large', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
}

describe('group conversation edges (extension host)', function () {
  this.timeout(60_000);
  let services: Services;
  let root: string;

  before(async () => {
    services = await testServices();
    root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  });

  it('Import LinkedIn Export records small-group edges beside the journal, once', async () => {
    const csv = path.join(root, 'group-it-messages.csv');
    fs.writeFileSync(csv, messagesCsv());
    const result = await vscode.commands.executeCommand<{ networkEdges: number }>('deliberate.importLinkedInExport', [
      vscode.Uri.file(csv)
    ]);
    assert.ok(result, 'the import succeeded');
    assert.equal(result.networkEdges, 1);
    const journalUri = services.journal.uri();
    assert.ok(journalUri);
    const file = `${journalUri.fsPath.replace(/\.md$/i, '')}.network.tsv`;
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n').filter((l) => l.includes('group-it-'));
    assert.equal(lines.length, 1, text);
    assert.match(lines[0], /group-it-ana/);
    assert.match(lines[0], /group-it-bo/);
    assert.match(lines[0], /\tconversation\t/);
    assert.equal(text.includes(MARKER), false, 'no message body in the network file');
    assert.equal(text.includes('group-it-owner'), false, 'the owner is never an end');

    const again = await vscode.commands.executeCommand<{ networkEdges: number }>('deliberate.importLinkedInExport', [
      vscode.Uri.file(csv)
    ]);
    assert.equal(again?.networkEdges, 0);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
  });
});
