/**
 * The person panel in the real workbench (issue 15): open a person from the sidebar with Enter,
 * answer a question, draft with the fake Ollama, accept, see the notice and Undo it (the journal
 * returns to its previous bytes); a burst stays flagged after partial decisions; screenshots of
 * the new layout in dark, light and high-contrast themes under test-results/screenshots/.
 */
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { openWorkbench, type Workbench } from '../harness/workbench';
import { startFakeOllama, type FakeOllama } from '../support/fakeOllama';

const REPLY = 'Hi Priya, thanks for connecting. Is there a project where a second pair of hands would help today?';

async function openPanelFor(wb: Workbench, name: string): Promise<Frame> {
  const sidebar = await wb.openSidebar();
  const row = sidebar.locator('.person-row', { hasText: name }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await row.click();
  await sidebar.locator('#list').press('Enter');
  const panel = await wb.sidebarFrame('#person-name');
  await panel.locator('#person-name', { hasText: name }).waitFor({ timeout: 20_000 });
  return panel;
}

describe('person panel e2e: open → answer → draft → accept → undo', function () {
  let fake: FakeOllama;
  let wb: Workbench;

  before(async function () {
    fake = await startFakeOllama({ reply: REPLY, chunkDelayMs: 10 });
    wb = await openWorkbench({
      theme: 'dark',
      settings: { 'deliberate.ollama.host': fake.url, 'deliberate.ollama.model': 'llama3.2' }
    });
  });

  after(async function () {
    await wb?.close();
    await fake?.close();
  });

  it('opens Priya in the editor area, saves an answer, drafts, accepts and undoes exactly', async function () {
    const panel = await openPanelFor(wb, 'Priya Raman');
    const tab = wb.page.locator('.tabs-container .tab', { hasText: 'Priya Raman' });
    await tab.first().waitFor({ timeout: 10_000 });

    await panel.locator('#answer-0').fill('Runs a food bank in Columbus.');
    await panel.locator('#person-name').click(); // leaving the field saves it
    const answered = await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /## Priya Raman[\s\S]*?Runs a food bank in Columbus\./.test(t)
    );
    await panel.locator('#notice-text', { hasText: 'saved to the journal' }).waitFor({ timeout: 10_000 });

    await panel.locator('#draft-toggle').click();
    await panel.locator('#draft-toggle', { hasText: 'Regenerate' }).waitFor({ timeout: 30_000 });
    assert.equal(await panel.locator('#draft-text').inputValue(), REPLY);
    await wb.screenshot('person-panel-dark');

    await panel.locator('#decide-accept').click();
    await panel.locator('#notice-text', { hasText: 'Accepted Priya Raman' }).waitFor({ timeout: 10_000 });
    await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /## Priya Raman\n[\s\S]*?- status: accepted/.test(t)
    );
    await panel.locator('#notice-undo').click();
    await panel.locator('#notice-text', { hasText: 'Undone' }).waitFor({ timeout: 10_000 });
    await wb.waitForWorkspaceFile('journal.connections.md', (t) => t === answered);
  });

  it('keeps a burst flagged after deciding some of its people', async function () {
    const sidebar = await wb.openSidebar();
    await sidebar.locator('#search').fill('');
    // The previous test left the list on whichever tab its decisions showed; bursts live in the inbox.
    await sidebar.locator('#tab-inbox').click();
    const burst = sidebar.locator('.burst-row', { hasText: 'Mark Ruiz' }).first();
    await burst.waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      await wb.screenshot('person-burst-failure');
      throw error;
    });
    assert.match(await burst.innerText(), /12 people/);
    await burst.click();
    await sidebar.locator('#list').press('ArrowRight');
    await sidebar.locator('#list').press('ArrowDown');
    for (let i = 0; i < 3; i++) {
      await sidebar.locator('#list').press('a');
      await sidebar.locator('#live', { hasText: 'Accepted' }).waitFor({ timeout: 10_000 });
    }
    await wb.waitForWorkspaceFile('journal.connections.md', (t) => (t.match(/- status: accepted/g) ?? []).length >= 4);
    const flagged = sidebar.locator('.burst-row', { hasText: '9 left' }).first();
    await flagged.waitFor({ timeout: 20_000 });
    assert.match(await flagged.innerText(), /Mark Ruiz connected with 12 people .*· 9 left/);
    await wb.screenshot('sidebar-burst-dark');
  });

  for (const theme of ['light', 'hc'] as const) {
    it(`renders the panel in the ${theme === 'hc' ? 'high-contrast' : 'light'} theme`, async function () {
      const themed = await openWorkbench({ theme });
      try {
        await openPanelFor(themed, 'Samuel Okafor');
        const file = await themed.screenshot(`person-panel-${theme}`);
        assert.ok(file.endsWith(`person-panel-${theme}.png`));
      } finally {
        await themed.close();
      }
    });
  }
});
