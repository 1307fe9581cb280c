/**
 * The thin slice from issue 2, clicked through the real workbench: a local RSS file of
 * "X is now connected to Y" items → the sidebar lists Y "via X" → Accept (webview button and
 * palette command) → an entry with status: accepted in journal.connections.md, visible in the
 * open journal editor without a reload.
 */
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from '../harness/workbench';

describe('thin slice: feed → sidebar → accept → journal', function () {
  let wb: Workbench;

  before(async function () {
    // No journal yet: the first decision must create it.
    wb = await openWorkbench({ files: {}, settings: {} });
    const { rmSync } = await import('node:fs');
    rmSync(`${wb.workspaceDir}/journal.connections.md`);
  });

  after(async function () {
    await wb?.close();
  });

  it('lists each person from the feed with "via" the connector', async function () {
    const frame = await wb.openSidebar();
    const row = frame.locator('.person-row', { hasText: 'Priya Raman' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await row.innerText(), /via Jeff Wolfe/);
    assert.ok((await frame.locator('.person-row', { hasText: 'Samuel Okafor' }).count()) > 0, 'Samuel Okafor listed');
    // "Jeff Wolfe updated his profile photo" is not a connection event.
    assert.equal(await frame.locator('.person-row', { hasText: 'profile photo' }).count(), 0);
    await wb.screenshot('slice-sidebar');
  });

  it('accepts from the webview button and writes the journal through VS Code', async function () {
    const frame = await wb.sidebarFrame();
    await frame.locator('.person-row', { hasText: 'Priya Raman' }).first().click();
    await frame.locator('[data-action="accept"]').first().click();
    const text = await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /## Priya Raman[\s\S]*status: accepted/.test(t)
    );
    assert.match(text, /- via: Jeff Wolfe/);
  });

  it('accepts from the command palette', async function () {
    const frame = await wb.sidebarFrame();
    await frame.locator('.person-row', { hasText: 'Samuel Okafor' }).first().click();
    await wb.runCommand('Deliberate: Accept Connection');
    await wb.waitForWorkspaceFile('journal.connections.md', (t) => /## Samuel Okafor[\s\S]*status: accepted/.test(t));
  });

  it('opens the journal with language "connections", showing the new entries', async function () {
    await wb.runCommand('Deliberate: Open Journal');
    const editor = wb.page.locator('.editor-instance .view-lines');
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'Samuel Okafor' }).waitFor({ timeout: 15_000 });
    const mode = wb.page.locator('#status\\.editor\\.mode');
    await mode.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await mode.innerText(), /Connections Journal|connections/);
    // The grammar and CodeLens load asynchronously; the screenshot should show both. Both people
    // are accepted now, so their lenses offer only the decisions that change something.
    const lens = wb.page.locator('.editor-instance .codelens-decoration', { hasText: 'Decline' }).first();
    await lens.waitFor({ timeout: 20_000 });
    assert.doesNotMatch(await lens.innerText(), /\bAccept\b/);
    await wb.screenshot('slice-journal');
  });
});
