/** Findings of a recorded bad draft, shown next to the text in the real bundle: click selects, copy is never blocked. */
import * as assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { detailFor, init, launch, openView, person, type ViewPage } from './page';
import { parseStructuredDraft } from '../../src/core/drafting/structured';
import { draftOutcome } from '../../src/core/grounding/outcome';
import { buildCard } from '../../src/core/grounding/card';

/** Recorded model output (test/eval/recorded.json, linus-message, plus a placeholder): a leak and a leftover. */
const RECORDED =
  '{"message": "Hi Linus, Grace Hopper mentioned you maintain git tooling. I wrote a patch review checklist; want a copy? Best, [Your Name]", "facts_used": ["name", "a2", "award"]}';

function recordedOutcome() {
  const parsed = parseStructuredDraft(RECORDED);
  if (!parsed.ok) throw new Error('recorded output does not parse');
  const card = buildCard({
    name: 'Linus Torvalds',
    headline: 'Maintainer',
    answers: { 1: 'We both contribute to git tooling' }
  });
  return draftOutcome({
    text: parsed.message,
    kind: 'message',
    card,
    state: 'checked',
    factsUsed: parsed.factsUsed,
    otherNames: ['Grace Hopper']
  });
}

describe('webview: draft findings', function () {
  let browser: Browser;
  let view: ViewPage;
  const linus = person('a', 'Linus Torvalds');
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    view = await openView(browser, { height: 900 });
    await view.send(init([linus]));
    await view.page.click('.person-row[data-id="a"]');
    await view.waitForPost((m) => m.type === 'select' && m.id === 'a');
    await view.send(detailFor(linus));
  });
  afterEach(async () => {
    await view.page.close();
  });

  it('lists severity, what and where for a recorded bad draft; a click selects the span; copy stays enabled', async () => {
    const outcome = recordedOutcome();
    assert.deepEqual(
      outcome.findings.map((f) => f.code),
      ['unknown-fact', 'other-person', 'placeholder']
    );
    await view.send({
      type: 'draft',
      update: { personId: 'a', kind: 'message', text: '', state: 'loading', model: 'llama3.2' }
    });
    assert.equal(await view.page.isHidden('#draft-findings'), true, 'no findings while the draft runs');
    await view.send({
      type: 'draft',
      update: {
        personId: 'a',
        kind: 'message',
        text: outcome.text,
        state: 'done',
        model: 'llama3.2',
        findings: outcome.findings,
        grounding: 'checked'
      }
    });
    await view.page.waitForSelector('#draft-findings li');
    const items = view.page.locator('#draft-findings li button');
    assert.equal(await items.count(), 3);
    assert.match(
      (await items.nth(1).textContent()) ?? '',
      /^Error Names Grace Hopper, another person .* — “Grace Hopper”$/
    );
    assert.match((await items.nth(2).textContent()) ?? '', /Leftover placeholder "\[Your Name\]"\. — “\[Your Name\]”$/);
    assert.match((await view.page.textContent('#draft-grounding')) ?? '', /^Checked against the person card/);
    await items.nth(1).click();
    const selected = await view.page.evaluate(() => {
      const area = document.getElementById('draft-text') as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    assert.equal(selected, 'Grace Hopper');
    assert.equal(await view.page.isEnabled('button[data-action="copy-draft"]'), true, 'findings never block copying');
    await view.page.click('button[data-action="copy-draft"]');
    await view.waitForPost((m) => m.type === 'draftCopy');
    const dir = path.join(__dirname, '../../test-results/screenshots');
    await mkdir(dir, { recursive: true });
    await view.page.locator('#draft').screenshot({ path: path.join(dir, 'checked-draft.png') });
  });

  it('labels an unchecked draft and sends Regenerate with the note', async () => {
    await view.send({
      type: 'draft',
      update: {
        personId: 'a',
        kind: 'message',
        text: 'Hi Linus, want my checklist?',
        state: 'done',
        model: 'llama3.2',
        findings: [
          {
            code: 'unchecked',
            severity: 'warning',
            message: 'Unchecked for grounding: the model did not say which facts it used.',
            start: 0,
            end: 0
          }
        ],
        grounding: 'unchecked'
      }
    });
    await view.page.waitForSelector('#draft-findings li');
    assert.match((await view.page.textContent('#draft-grounding')) ?? '', /^Unchecked for grounding/);
    await view.page.fill('#draft-note', 'shorter, mention the meetup');
    await view.page.click('button[data-action="regenerate-draft"]');
    const start = await view.waitForPost((m) => m.type === 'draftStart');
    assert.deepEqual(start, { type: 'draftStart', id: 'a', kind: 'message', note: 'shorter, mention the meetup' });
  });
});
