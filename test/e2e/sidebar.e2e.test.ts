/**
 * The sidebar in the real workbench (issue 6): open it from the activity bar, see the fixture
 * feed's people, decide with the keyboard and see the journal change, answer a question and see
 * the answer in the journal, and take screenshots in light, dark and high-contrast themes.
 */
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from '../harness/workbench';

describe('sidebar e2e: the deliberate inbox in the real workbench', function () {
  let wb: Workbench;

  before(async function () {
    wb = await openWorkbench({ theme: 'dark' });
  });

  after(async function () {
    await wb?.close();
  });

  it('opens from the activity bar and lists the fixture feed people, grouped with via', async function () {
    const frame = await wb.openSidebar();
    const priya = frame.locator('.person-row', { hasText: 'Priya Raman' }).first();
    await priya.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await priya.innerText(), /via Jeff Wolfe/);
    assert.ok((await frame.locator('.day-row').count()) > 0, 'day headers');
    assert.ok(Number(await frame.locator('#tab-inbox .count').innerText()) > 0, 'inbox count');
    // The journal is read lazily and may land a moment after the feed's people: wait for its count.
    const accepted = frame.locator('#tab-accepted .count');
    const deadline = Date.now() + 15_000;
    while (Number(await accepted.innerText()) < 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(Number(await accepted.innerText()) >= 1, 'journal entries counted');
    await wb.screenshot('sidebar-dark');
  });

  it('decides on a person with the keyboard and the journal records it', async function () {
    const frame = await wb.sidebarFrame();
    await frame.locator('#search').fill('Mei Chen');
    await frame.locator('#search').press('ArrowDown');
    await frame.locator('.person-row[aria-selected="true"]', { hasText: 'Mei Chen' }).waitFor({ timeout: 10_000 });
    await frame.locator('#list').press('a');
    await frame.locator('#live', { hasText: 'Accepted Mei Chen' }).waitFor({ timeout: 10_000 });
    const journal = await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /## Mei Chen[\s\S]*?- status: accepted/.test(t)
    );
    assert.match(journal, /## Todd Schnick/, 'existing entries kept');
    await frame.locator('#search').fill('');
    await frame.locator('#tab-accepted').click();
    await frame.locator('.person-row', { hasText: 'Mei Chen' }).waitFor({ timeout: 10_000 });
    await frame.locator('#tab-inbox').click();
  });

  it('answers a deliberation question and the answer lands in the journal', async function () {
    const frame = await wb.sidebarFrame();
    await frame.locator('.person-row', { hasText: 'Samuel Okafor' }).first().click();
    await frame.locator('#detail-name', { hasText: 'Samuel Okafor' }).waitFor({ timeout: 10_000 });
    await frame.locator('#answer-0').fill('Organiser of the Columbus civic-tech meetup.');
    await frame.locator('#search').click(); // blur saves at once
    await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /## Samuel Okafor[\s\S]*?### Who is this person\?\s*\n+Organiser of the Columbus civic-tech meetup\./.test(t)
    );
    await wb.screenshot('sidebar-detail-dark');
  });

  for (const theme of ['light', 'hc'] as const) {
    it(`renders in the ${theme === 'hc' ? 'high-contrast' : 'light'} theme`, async function () {
      const themed = await openWorkbench({ theme });
      try {
        const frame = await themed.openSidebar();
        await frame.locator('.person-row', { hasText: 'Priya Raman' }).first().click();
        await frame.locator('#detail-name', { hasText: 'Priya Raman' }).waitFor({ timeout: 15_000 });
        const file = await themed.screenshot(`sidebar-${theme}`);
        assert.ok(file.endsWith(`sidebar-${theme}.png`));
      } finally {
        await themed.close();
      }
    });
  }
});
