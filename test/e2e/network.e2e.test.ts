/**
 * The network picture in the real workbench (issue 12): select a person, run Deliberate: Show
 * Network, see the force-laid-out picture with its legend and list, click a node, and the
 * sidebar shows that person. Saves test-results/screenshots/network-dark.png for the README.
 */
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { openWorkbench, type Workbench } from '../harness/workbench';

describe('network e2e: Show Network in the real workbench', function () {
  let wb: Workbench;

  before(async function () {
    wb = await openWorkbench({ theme: 'dark' });
  });

  after(async function () {
    await wb?.close();
  });

  async function networkFrame(): Promise<Frame> {
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      for (const frame of wb.page.frames()) {
        if (frame === wb.page.mainFrame() || !frame.url().includes('/webview/')) continue;
        try {
          if ((await frame.locator('svg.network-picture').count()) > 0) return frame;
        } catch {
          // navigated away mid-check
        }
      }
      await wb.page.waitForTimeout(250);
    }
    throw new Error('no network picture rendered within 45 s');
  }

  it('draws a person’s network and a click on a node opens that person', async function () {
    const sidebar = await wb.openSidebar();
    const priya = sidebar.locator('.person-row', { hasText: 'Priya Raman' }).first();
    await priya.waitFor({ state: 'visible', timeout: 30_000 });
    await priya.click();
    await sidebar.locator('#detail-name', { hasText: 'Priya Raman' }).waitFor({ timeout: 15_000 });
    // Questions 5 and 6 show the network above the answers once the refresh recorded the edge.
    await sidebar.locator('#network-who', { hasText: 'Known by' }).waitFor({ timeout: 15_000 });
    await wb.runCommand('Deliberate: Show Network');
    const frame = await networkFrame();
    await frame.locator('g.node', { hasText: 'Todd Schnick' }).waitFor({ timeout: 15_000 });
    assert.ok((await frame.locator('g.node').count()) >= 3, 'Priya, Jeff Wolfe and Todd Schnick');
    assert.ok((await frame.locator('line.edge').count()) >= 2);
    assert.equal(await frame.locator('.network-legend li').count(), 6);
    assert.ok((await frame.locator('#network-list button').count()) >= 3, 'the keyboard list');
    await wb.screenshot('network-dark');
    await frame.locator('g.node', { hasText: 'Todd Schnick' }).locator('circle').click();
    const again = await wb.sidebarFrame();
    await again.locator('#detail-name', { hasText: 'Todd Schnick' }).waitFor({ timeout: 15_000 });
  });
});
