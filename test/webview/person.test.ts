/** The person panel in the real bundle: render, keyboard, hostile text, notices with Undo, state restore. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch } from './page';
import { openPanel, personModel, showMessage, type PanelPage } from './personPage';

describe('webview: person panel', function () {
  let browser: Browser;
  let panel: PanelPage;
  const ada = personModel('a', 'Ada Lovelace', {
    answers: ['A mathematician', '', '', '', '', '', '', ''],
    log: [{ date: '2026-11-20', text: 'Said hello' }],
    followUp: '2026-12-01',
    decided: '2026-11-20',
    status: 'deferred'
  });
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    panel = await openPanel(browser);
  });
  afterEach(async () => {
    await panel.page.close();
  });

  it('shows an empty state until a person is sent, and again for an empty selection', async () => {
    assert.equal(await panel.page.isVisible('#empty'), true);
    assert.equal(await panel.page.isVisible('#person'), false);
    await panel.send(showMessage(ada));
    assert.equal(await panel.page.isVisible('#empty'), false);
    assert.equal(await panel.page.textContent('#person-name'), 'Ada Lovelace');
    await panel.send(showMessage(null));
    assert.equal(await panel.page.isVisible('#empty'), true);
    assert.equal(await panel.page.isVisible('#person'), false, 'never the previous person');
  });

  it('renders header, ISO dates, answers, log, and the defer date as YYYY-MM-DD text', async () => {
    await panel.send(showMessage(ada));
    const meta = (await panel.page.textContent('#person-meta')) ?? '';
    assert.match(meta, /seen 2026-11-24/);
    assert.match(meta, /follow-up 2026-12-01/);
    assert.equal(await panel.page.inputValue('#answer-0'), 'A mathematician');
    assert.equal(await panel.page.getAttribute('#defer-date', 'type'), 'text');
    assert.equal(await panel.page.inputValue('#defer-date'), '2026-12-01');
    assert.match((await panel.page.textContent('#log')) ?? '', /2026-11-20\s*Said hello/);
    assert.equal(await panel.page.isVisible('#slot-warmth'), false, 'slots stay hidden without data');
    assert.deepEqual(await panel.cspViolations(), []);
  });

  it('renders the warmth, network and findings slots when the model has them', async () => {
    await panel.send(
      showMessage(
        personModel('b', 'Bob', {
          warmth: { score: 72, band: 'warm', reasons: ['3 messages in the last 90 days'] },
          network: { knows: [{ id: 'x', name: 'Xavier', kind: 'colleague' }] },
          findings: [{ code: 'ungrounded', severity: 'warning', message: 'Mentions a company not in the facts' }]
        })
      )
    );
    assert.match((await panel.page.textContent('#slot-warmth')) ?? '', /Warmth 72 · warm.*3 messages/s);
    assert.match((await panel.page.textContent('#slot-network')) ?? '', /Xavier \(colleague\)/);
    assert.match((await panel.page.textContent('#slot-findings')) ?? '', /warning: Mentions a company/);
  });

  it('grows an answer box with its text', async () => {
    await panel.send(showMessage(ada));
    const before = await panel.page.evaluate(() => document.getElementById('answer-1')!.clientHeight);
    await panel.page.fill('#answer-1', Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n'));
    const after = await panel.page.evaluate(() => document.getElementById('answer-1')!.clientHeight);
    assert.ok(after > before * 2, `grew from ${before} to ${after}`);
  });

  it('saves an answer as a request with an id, and shows a failed request as a visible error with code spans', async () => {
    await panel.send(showMessage(ada));
    await panel.page.fill('#answer-2', 'Advice on engines');
    await panel.page.focus('#person-name');
    const saved = await panel.waitForRequest('saveAnswer');
    assert.deepEqual(saved.request, { type: 'saveAnswer', id: 'a', index: 2, text: 'Advice on engines' });
    await panel.send({ type: 'response', requestId: saved.requestId, ok: false, error: 'add an `- id:` line' });
    assert.equal(await panel.page.isVisible('#notice'), true);
    assert.equal(await panel.page.textContent('#notice-text code'), '- id:');
  });

  it('decides with A/D/F outside text fields only, and offers Undo on the notice', async () => {
    await panel.send(showMessage(ada));
    await panel.page.focus('#answer-3');
    await panel.page.keyboard.press('a');
    assert.equal((await panel.posted()).filter((m) => m.type === 'request').length, 0, 'typing "a" never decides');
    await panel.page.focus('#person-name');
    await panel.page.keyboard.press('f');
    const deferred = await panel.waitForRequest('decide');
    assert.deepEqual(deferred.request, { type: 'decide', id: 'a', decision: 'deferred', followUp: '2026-12-01' });
    await panel.send({
      type: 'notice',
      text: 'Deferred Ada Lovelace until 2026-12-01. Saved to the journal.',
      undoId: 'undo-1'
    });
    assert.equal(await panel.page.isVisible('#notice-undo'), true);
    await panel.page.click('#notice-undo');
    const undo = await panel.waitForRequest('undo');
    assert.deepEqual(undo.request, { type: 'undo', undoId: 'undo-1' });
  });

  it('refuses a defer date that is not YYYY-MM-DD with a visible message', async () => {
    await panel.send(showMessage(ada));
    await panel.page.fill('#defer-date', '12/01/2026');
    await panel.page.click('#decide-defer');
    assert.match((await panel.page.textContent('#notice-text')) ?? '', /YYYY-MM-DD/);
    assert.equal((await panel.posted()).filter((m) => m.type === 'request').length, 0);
  });

  it('renders hostile text as text: no markup, no script, no remote loads', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await panel.send(
      showMessage(
        personModel('e', evil, {
          headline: evil,
          message: evil,
          link: 'javascript:alert(1)',
          log: [{ date: '2026-11-20', text: evil }],
          answers: [evil, '', '', '', '', '', '', ''],
          warmth: { score: 1, band: 'cold', reasons: [evil] }
        })
      )
    );
    assert.equal(await panel.page.textContent('#person-name'), evil);
    assert.equal(await panel.page.locator('#person img, #person script').count(), 0);
    assert.equal(await panel.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await panel.page.click('#person-link');
    const open = await panel.waitForRequest('openLink');
    assert.deepEqual(open.request, { type: 'openLink', id: 'e' }, 'names the person, never the URL');
    assert.ok(panel.requests.every((u) => u.startsWith('https://webview.test/')));
    // A malformed host message is rejected and reported, not rendered.
    await panel.send({ type: 'show', person: { name: 'no id' }, today: '2026-11-25', deferDays: 14 });
    assert.equal(await panel.page.textContent('#person-name'), evil);
    assert.ok((await panel.posted()).some((m) => m.type === 'error'));
  });

  it('switching person shows the top of the new person', async () => {
    await panel.page.setViewportSize({ width: 900, height: 300 });
    await panel.send(showMessage(ada));
    await panel.page.evaluate(() => window.scrollTo(0, 600));
    await panel.send(showMessage(personModel('b', 'Bob Kahn')));
    assert.equal(await panel.page.evaluate(() => window.scrollY), 0);
    assert.equal(await panel.page.textContent('#person-name'), 'Bob Kahn');
  });

  it('keeps an unsaved answer and the person across a reload (getState/setState)', async () => {
    await panel.send(showMessage(ada));
    await panel.page.fill('#answer-4', 'Knows Babbage');
    const saved = await panel.state();
    assert.equal((saved as { personId: string }).personId, 'a');
    await panel.page.close();
    panel = await openPanel(browser, { state: saved });
    await panel.send(showMessage(ada));
    assert.equal(await panel.page.inputValue('#answer-4'), 'Knows Babbage');
    // The restored edit is saved once the user leaves the field or switches.
    await panel.send(showMessage(personModel('b', 'Bob Kahn')));
    const request = await panel.waitForRequest('saveAnswer');
    assert.deepEqual(request.request, { type: 'saveAnswer', id: 'a', index: 4, text: 'Knows Babbage' });
  });

  it('streams a draft into the box, with one Draft/Stop button and a note counter', async () => {
    await panel.send(showMessage(ada));
    await panel.page.selectOption('#draft-kind', 'note');
    await panel.page.click('#draft-toggle');
    const start = await panel.waitForRequest('draftStart');
    assert.deepEqual(start.request, { type: 'draftStart', id: 'a', kind: 'note' });
    const box = await panel.page.locator('#draft-text').boundingBox();
    await panel.send({
      type: 'draft',
      update: { personId: 'a', kind: 'note', text: 'Hello Ada', state: 'streaming', model: 'm' }
    });
    assert.equal(await panel.page.textContent('#draft-toggle'), 'Stop');
    assert.deepEqual(await panel.page.locator('#draft-text').boundingBox(), box, 'the draft box does not move');
    assert.equal(await panel.page.inputValue('#draft-text'), 'Hello Ada');
    assert.equal(await panel.page.textContent('#draft-counter'), '9 / 300');
    await panel.send({
      type: 'draft',
      update: { personId: 'a', kind: 'note', text: 'Hello Ada!', state: 'done', model: 'm' }
    });
    assert.equal(await panel.page.textContent('#draft-toggle'), 'Regenerate');
  });
});
