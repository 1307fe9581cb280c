/**
 * Drafting in the real workbench (code-server + Chromium) against the fake Ollama:
 * palette → pick a person → text streams into the sidebar → Stop; draft again → Save to
 * journal → the journal on disk holds the draft.
 */
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { openWorkbench, type Workbench } from '../harness/workbench';
import { startFakeOllama, type FakeOllama } from '../support/fakeOllama';

const LONG_REPLY = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
const FINAL_REPLY =
  'Hi Priya, thanks for connecting. I help non-profits with data and websites; is there a project where a second pair of hands would help today?';

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

async function draftState(frame: Frame): Promise<string | null> {
  return frame.locator('#draft').getAttribute('data-state');
}

async function waitFor(predicate: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('drafting in the workbench', function () {
  let fake: FakeOllama;
  let wb: Workbench;

  before(async function () {
    fake = await startFakeOllama({ reply: LONG_REPLY, chunkDelayMs: 80 });
    wb = await openWorkbench({
      settings: { 'deliberate.ollama.host': fake.url, 'deliberate.ollama.model': 'llama3.2' }
    });
  });

  after(async function () {
    await wb?.close();
    await fake?.close();
  });

  it('streams a palette-started draft into the sidebar and stops it with the Stop button', async function () {
    const frame = await wb.openSidebar();
    await frame
      .locator('.person-row', { hasText: 'Priya Raman' })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    await wb.runCommand('Deliberate: Draft Outreach');
    await pickInQuickInput(wb, 'Priya Raman', 'Priya Raman');
    await pickInQuickInput(wb, 'message', 'direct message');
    const text = frame.locator('#draft-text');
    await waitFor(
      async () => (await draftState(frame)) === 'streaming' && (await text.inputValue()).length > 20,
      'text streaming into the sidebar'
    );
    // The view scrolls the draft area into view when a draft starts, so the screenshot shows
    // the streaming text rather than the top of the detail pane.
    await waitFor(
      () =>
        text.evaluate((node) => {
          const area = node.getBoundingClientRect();
          const pane = document.getElementById('detail')!.getBoundingClientRect();
          return (
            area.top >= pane.top - 1 &&
            area.bottom <= Math.min(pane.bottom, window.innerHeight) + 1 &&
            (node as HTMLTextAreaElement).value.length > 0
          );
        }),
      'the streaming draft text in view',
      5_000
    );
    await wb.screenshot('drafting-streaming');
    const settled = fake.chatSettled();
    await frame.locator('[data-action="stop-draft"]').click();
    await waitFor(async () => (await draftState(frame)) === 'cancelled', 'the cancelled state', 5_000);
    const kept = await text.inputValue();
    assert.ok(kept.length > 0 && LONG_REPLY.startsWith(kept), 'the partial draft is kept');
    assert.ok(kept.length < LONG_REPLY.length, 'the stream really stopped early');
    assert.equal((await settled).closedEarly, true, 'the connection to Ollama was closed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await text.inputValue(), kept, 'no text arrives after Stop');
  });

  it('drafts again and saves the draft to the journal on disk', async function () {
    fake.set({ reply: FINAL_REPLY, chunkDelayMs: 10 });
    const frame = await wb.sidebarFrame();
    await wb.runCommand('Deliberate: Draft Outreach');
    // Priya is selected in the sidebar now, so only the kind is asked.
    await pickInQuickInput(wb, 'message', 'direct message');
    await waitFor(async () => (await draftState(frame)) === 'done', 'the finished draft');
    assert.equal(await frame.locator('#draft-text').inputValue(), FINAL_REPLY);
    await frame.locator('[data-action="save-draft"]').click();
    const journal = await wb.waitForWorkspaceFile(
      'journal.connections.md',
      (t) => /## Priya Raman[\s\S]*### Draft[\s\S]*thanks for connecting/.test(t),
      20_000
    );
    assert.ok(journal.includes(FINAL_REPLY.split('.')[0]));
    await wb.screenshot('drafting-saved');
  });

  it('picks another model from the installed ones, showing size, family and quantization', async function () {
    await wb.runCommand('Deliberate: Select Ollama Model…');
    const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'qwen2.5:7b' }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await row.innerText(), /7\.6B · qwen2 · Q4_K_M/);
    assert.match(await row.innerText(), /4\.7 GB/);
    await pickInQuickInput(wb, 'qwen2.5', 'qwen2.5:7b');
    await wb.waitForWorkspaceFile('.vscode/settings.json', (t) =>
      /"deliberate\.ollama\.model":\s*"qwen2\.5:7b"/.test(t)
    );
    const item = wb.page.locator('.statusbar-item', { hasText: 'qwen2.5:7b' }).first();
    await item.waitFor({ state: 'visible', timeout: 10_000 });
  });
});
