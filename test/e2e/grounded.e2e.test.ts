/**
 * Grounded drafting in the real workbench (code-server + Chromium) against the fake Ollama
 * speaking structured output (`format` → streamed JSON): a draft with a leftover placeholder
 * shows a finding next to the text; Regenerate with a note gives a clean draft.
 */
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { openWorkbench, type Workbench } from '../harness/workbench';
import { startFakeOllama, type FakeOllama } from '../support/fakeOllama';

const BAD_REPLY =
  'Hi Priya, thanks for connecting. Is there a project where a second pair of hands would help? Best, [Your Name]';
const CLEAN_REPLY =
  'Hi Priya, thanks for connecting. Is there a project where a second pair of hands would help today?';

async function pickInQuickInput(wb: Workbench, text: string, rowText: string): Promise<void> {
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(text);
  await wb.page
    .locator('.quick-input-list .monaco-list-row', { hasText: rowText })
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 });
  await wb.page.keyboard.press('Enter');
}

async function waitFor(predicate: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const state = (frame: Frame) => frame.locator('#draft').getAttribute('data-state');

describe('grounded drafting in the workbench', function () {
  let fake: FakeOllama;
  let wb: Workbench;

  before(async function () {
    fake = await startFakeOllama({ reply: BAD_REPLY, chunkDelayMs: 5, factsUsed: ['name'] });
    wb = await openWorkbench({
      settings: { 'deliberate.ollama.host': fake.url, 'deliberate.ollama.model': 'llama3.2' }
    });
  });

  after(async function () {
    await wb?.close();
    await fake?.close();
  });

  it('shows a placeholder finding for a structured draft, then a clean regenerate with a note', async function () {
    const frame = await wb.openSidebar();
    await frame
      .locator('.person-row', { hasText: 'Priya Raman' })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await wb.runCommand('Deliberate: Draft Outreach');
    await pickInQuickInput(wb, 'Priya Raman', 'Priya Raman');
    await pickInQuickInput(wb, 'message', 'direct message');
    await waitFor(async () => (await state(frame)) === 'done', 'the finished draft');
    assert.equal(await frame.locator('#draft-text').inputValue(), BAD_REPLY, 'only the message, not the JSON');
    const chat = fake.requests.find((r) => r.path === '/api/chat')!.body as { format?: unknown };
    assert.equal(typeof chat.format, 'object', 'the request carried a JSON schema format');
    const placeholder = frame.locator('#draft-findings button[data-code="placeholder"]');
    await placeholder.waitFor({ state: 'visible', timeout: 10_000 });
    await placeholder.click();
    const selected = await frame.locator('#draft-text').evaluate((node) => {
      const area = node as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    assert.equal(selected, '[Your Name]');
    assert.equal(await frame.locator('[data-action="copy-draft"]').isEnabled(), true);
    await wb.screenshot('grounded-draft-finding');

    fake.set({ reply: CLEAN_REPLY });
    await frame.locator('#draft-note').fill('drop the sign-off');
    await frame.locator('[data-action="regenerate-draft"]').click();
    await waitFor(
      async () => (await state(frame)) === 'done' && (await frame.locator('#draft-text').inputValue()) === CLEAN_REPLY,
      'the regenerated draft'
    );
    await waitFor(
      async () => ((await frame.locator('#draft-findings-summary').textContent()) ?? '').includes('nothing found'),
      'a clean check'
    );
    const last = fake.requests.filter((r) => r.path === '/api/chat').at(-1)!.body as {
      messages: { content: string }[];
    };
    assert.match(last.messages[1].content, /do what the user asks: drop the sign-off/);
    assert.match(last.messages[1].content, /\[name\] Name: Priya Raman/);
    await wb.screenshot('grounded-draft-clean');
  });
});
