/**
 * The journal as a person uses it in the real workbench: open it from the palette, see lint
 * squiggles, act from a CodeLens (Accept; Defer with the follow-up input box), and pick a due
 * follow-up from the quick pick, which reveals the entry. Every write is checked on disk.
 */
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from '../harness/workbench';

const JOURNAL = [
  '# Connections',
  '',
  'My journal. **Mine.**',
  '',
  '## Ada Lovelace',
  '- id: e2e:ada',
  '- status: new',
  '- seen: 2026-11-20',
  '',
  '## Grace Hopper',
  '- id: e2e:grace',
  '- status: deferred',
  '- follow-up: 2026-11-01',
  '',
  '## Bob Broken',
  '- id: e2e:bob',
  '- status: maybe',
  ''
].join('\n');

describe('journal in the workbench', function () {
  let wb: Workbench;

  /** The palette can miss keystrokes while the workbench is still restoring: try twice. */
  async function run(title: string): Promise<void> {
    try {
      await wb.runCommand(title);
    } catch {
      await wb.page.keyboard.press('Escape');
      await wb.runCommand(title);
    }
  }

  before(async function () {
    wb = await openWorkbench({ files: { 'journal.connections.md': JOURNAL } });
    // The extension activates on workspaceContains; its status bar item says it is up.
    await wb.page
      .locator('.statusbar-item', { hasText: 'llama3.2' })
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
  });

  after(async function () {
    await wb?.close();
  });

  it('opens the journal from the palette with lint squiggles', async function () {
    await run('Deliberate: Open Journal');
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'Grace Hopper' }).waitFor({ timeout: 20_000 });
    await wb.page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 20_000 });
    await wb.screenshot('journal-open');
  });

  it('accepts from the CodeLens above an entry', async function () {
    const accept = wb.page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Accept' }).first();
    await accept.waitFor({ state: 'visible', timeout: 20_000 });
    await accept.click();
    const text = await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /- id: e2e:ada\n- status: accepted\n- seen: 2026-11-20\n- decided: \d{4}-\d{2}-\d{2}\n/.test(t)
    );
    assert.ok(text.startsWith('# Connections\n\nMy journal. **Mine.**\n'), 'prose untouched');
  });

  it('defers from the CodeLens, asking for a follow-up date', async function () {
    const defer = wb.page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Defer' }).nth(2);
    await defer.waitFor({ state: 'visible', timeout: 20_000 });
    await defer.click();
    const input = wb.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('2027-13-01');
    await wb.page.locator('.quick-input-widget', { hasText: 'not a real date' }).waitFor({ timeout: 10_000 });
    await input.fill('2027-01-15');
    await wb.page.keyboard.press('Enter');
    await wb.waitForWorkspaceFile('journal.connections.md', (t) =>
      /- id: e2e:bob\n- status: deferred\n- decided: .*\n- follow-up: 2027-01-15\n/.test(t)
    );
  });

  it('lists due follow-ups and reveals the one picked', async function () {
    await run('Deliberate: Show Follow-ups Due');
    const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Grace Hopper' }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await wb.screenshot('journal-follow-ups');
    await row.click();
    await wb.page.locator('.editor-instance .view-lines', { hasText: 'Grace Hopper' }).waitFor({ timeout: 15_000 });
    // Ada's accept added a decided line above, so Grace's heading is now line 11.
    const cursor = wb.page.locator('.statusbar-item', { hasText: /Ln 11,/ });
    await cursor.first().waitFor({ timeout: 15_000 });
  });
});
