/**
 * Feeds and imports, clicked through the real workbench: a GitHub-style Atom feed with a
 * follow pattern lists only the followed people, a missing feed file shows an error that
 * names the file while the other feeds keep working, and "Deliberate: Add Feed…" driven
 * through its quick inputs validates a file and writes the settings entry.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkbench, type Workbench } from '../harness/workbench';

const fixtures = join(__dirname, '..', 'fixtures', 'feeds');
const FOLLOW_PATTERN = '^(?<via>\\S+) started following (?<person>\\S+)$';

describe('feeds: sources, errors and Add Feed in the workbench', function () {
  let wb: Workbench;

  before(async function () {
    wb = await openWorkbench({
      files: {
        'feeds/github.atom': readFileSync(join(fixtures, 'github-following.atom'), 'utf8'),
        'feeds/feeds-e2e-added.rss': readFileSync(join(fixtures, 'network.rdf'), 'utf8')
      },
      settings: {
        'deliberate.feeds': [
          { url: 'feeds/network.rss', label: 'Network activity' },
          { url: 'feeds/github.atom', label: 'GitHub', pattern: FOLLOW_PATTERN },
          { url: 'feeds/feeds-e2e-missing.rss', label: 'Gone' }
        ]
      }
    });
  });

  after(async function () {
    await wb?.close();
  });

  it('lists people from every working feed and only follows from the GitHub feed', async function () {
    const frame = await wb.openSidebar();
    await frame.locator('.person-row', { hasText: 'hubot' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.ok(
      (await frame.locator('.person-row', { hasText: 'Priya Raman' }).count()) > 0,
      'the network feed still works'
    );
    assert.equal(
      await frame.locator('.person-row', { hasText: 'torvalds' }).count(),
      0,
      '"starred" items are not connections'
    );
  });

  it('shows an error for the missing feed file that names the file', async function () {
    const frame = await wb.sidebarFrame();
    const error = frame.locator('[data-testid="feed-error"]', { hasText: 'feeds-e2e-missing.rss' }).first();
    await error.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await error.innerText(), /Gone: feed file ".*feeds-e2e-missing\.rss" does not exist/);
    await wb.screenshot('feeds-error');
  });

  it('adds a feed file through the Add Feed quick inputs', async function () {
    const { page } = wb;
    await wb.runCommand('Deliberate: Add Feed…');
    const input = page.locator('.quick-input-widget input');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Enter a feed URL' }).first();
    await pick.waitFor({ state: 'visible', timeout: 15_000 });
    await pick.click();
    await page
      .locator('.quick-input-widget', { hasText: 'Add Feed (1/3)' })
      .waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('feeds/feeds-e2e-added.rss');
    await page.keyboard.press('Enter');
    await page
      .locator('.quick-input-widget', { hasText: 'Add Feed (2/3)' })
      .waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('Added in e2e');
    await page.keyboard.press('Enter');
    await page
      .locator('.quick-input-widget', { hasText: 'Add Feed (3/3)' })
      .waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    const settings = await wb.waitForWorkspaceFile('.vscode/settings.json', (text) =>
      text.includes('feeds-e2e-added.rss')
    );
    assert.match(settings, /"label": "Added in e2e"/);
    const frame = await wb.sidebarFrame();
    await frame.locator('.person-row', { hasText: 'Tom Berg' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await wb.screenshot('feeds-added');
  });
});
