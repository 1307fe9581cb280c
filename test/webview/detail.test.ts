/** The detail pane in the real bundle: answers that save, state that survives a reload, the draft area, the log. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { detailFor, init, launch, manyPeople, openView, person, type ViewPage } from './page';

describe('webview: detail pane', function () {
  let browser: Browser;
  let view: ViewPage;
  const ada = person('a', 'Ada Lovelace', { link: 'https://example.com/in/ada' });
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    view = await openView(browser);
    await view.send(init([ada, person('b', 'Bob Kahn', { date: '2026-11-23T10:00:00Z' })]));
    await view.page.click('.person-row[data-id="a"]');
    await view.waitForPost((m) => m.type === 'select' && m.id === 'a');
    await view.send(
      detailFor(ada, {
        answers: ['A mathematician', '', '', '', '', '', '', ''],
        log: [{ date: '2026-11-20', text: 'Said hello' }]
      })
    );
  });
  afterEach(async () => {
    await view.page.close();
  });

  it('shows headline, via, link, the eight questions and the log', async () => {
    assert.equal(await view.page.textContent('#detail-headline'), 'Ada Lovelace headline');
    assert.equal(await view.page.textContent('#detail-via'), 'via Jeff Wolfe');
    assert.equal(await view.page.textContent('#detail-link'), 'https://example.com/in/ada');
    assert.equal(await view.page.locator('textarea[data-question]').count(), 8);
    assert.match((await view.page.textContent('label[for="answer-6"]')) ?? '', /How can I serve them today\?/);
    assert.equal(await view.page.inputValue('#answer-0'), 'A mathematician');
    assert.match((await view.page.textContent('#log')) ?? '', /2026-11-20\s*Said hello/);
  });

  it('saves an answer after a pause, and at once on blur', async () => {
    await view.page.fill('#answer-6', 'Introduce her to Bob');
    const saved = await view.waitForPost((m) => m.type === 'saveAnswer', 3_000);
    assert.deepEqual(saved, { type: 'saveAnswer', id: 'a', index: 6, text: 'Introduce her to Bob' });
    await view.page.fill('#answer-7', 'Share the paper');
    await view.page.focus('#search');
    const blurred = await view.waitForPost((m) => m.type === 'saveAnswer' && m.index === 7, 500);
    assert.equal(blurred.type === 'saveAnswer' && blurred.text, 'Share the paper');
  });

  it('keeps unsaved answer text, selection, tab and search across a reload (getState/setState)', async () => {
    await view.page.fill('#search', 'ada');
    // Typed but not yet saved: the page goes away before the debounce or a blur.
    await view.page.fill('#answer-1', 'Met at the meetup');
    await view.page.waitForTimeout(200);
    const state = await view.state();
    await view.page.close();
    view = await openView(browser, { state });
    await view.send(init([ada, person('b', 'Bob Kahn')]));
    assert.equal(await view.page.inputValue('#search'), 'ada');
    await view.waitForPost((m) => m.type === 'select' && m.id === 'a');
    assert.equal(await view.page.getAttribute('.person-row[data-id="a"]', 'aria-selected'), 'true');
    await view.send(detailFor(ada));
    assert.equal(
      await view.page.inputValue('#answer-1'),
      'Met at the meetup',
      'unsaved text restored over the journal copy'
    );
    const saved = await view.waitForPost((m) => m.type === 'saveAnswer', 3_000);
    assert.equal(saved.type === 'saveAnswer' && saved.text, 'Met at the meetup');
  });

  it('restores the scroll position after a reload', async () => {
    const many = manyPeople(2_000);
    await view.send(init(many));
    await view.page.evaluate(() => {
      document.getElementById('list')!.scrollTop = 20_000;
    });
    await view.page.waitForTimeout(250);
    const state = (await view.state()) as { scrollTop: number };
    assert.ok(state.scrollTop > 19_000, `saved ${state.scrollTop}`);
    await view.page.close();
    view = await openView(browser, { state });
    await view.send(init(many));
    assert.ok(
      Math.abs((await view.page.evaluate(() => document.getElementById('list')!.scrollTop)) - state.scrollTop) < 2
    );
    const ids = await view.page.$$eval('.person-row', (n) => n.map((x) => Number(x.getAttribute('data-id')!.slice(1))));
    assert.ok(
      Math.min(...ids) > 300,
      `rendered rows around the saved position: ${Math.min(...ids)}…${Math.max(...ids)}`
    );
  });

  it('does not overwrite an answer being typed when the journal changes', async () => {
    await view.page.focus('#answer-2');
    await view.page.keyboard.type('typing…');
    await view.send(detailFor(ada, { answers: ['Changed by hand', 'x', 'from disk', '', '', '', '', ''] }));
    assert.equal(await view.page.inputValue('#answer-2'), 'typing…');
    assert.equal(await view.page.inputValue('#answer-0'), 'Changed by hand', 'a hand edit shows in other fields');
  });

  it('decides from the buttons; Defer sends the chosen date', async () => {
    await view.page.fill('#defer-date', '2026-12-01');
    await view.page.click('button[data-action="defer"]');
    const m = await view.waitForPost((x) => x.type === 'decide');
    assert.deepEqual(m, { type: 'decide', id: 'a', decision: 'deferred', followUp: '2026-12-01' });
  });

  it('logs an action', async () => {
    await view.page.fill('#log-text', 'Sent a hello note');
    await view.page.click('button[data-action="log"]');
    await view.waitForPost((m) => m.type === 'appendLog' && m.text === 'Sent a hello note' && m.id === 'a');
    assert.equal(await view.page.inputValue('#log-text'), '');
  });

  it('offers "Open in journal" only for people already in the journal', async () => {
    assert.equal(await view.page.isVisible('button[data-action="reveal-in-journal"]'), false);
    await view.send(detailFor(ada, { inJournal: true }));
    await view.page.click('button[data-action="reveal-in-journal"]');
    await view.waitForPost((m) => m.type === 'revealInJournal' && m.id === 'a');
  });

  it('opens links only by naming the person to the host (the host looks the URL up)', async () => {
    await view.page.click('#detail-link');
    const asked = await view.waitForPost((m) => m.type === 'openLink');
    assert.deepEqual(asked, { type: 'openLink', id: 'a' });
  });

  it('saves an answer longer than 20,000 characters in full after an edit', async () => {
    const long = `${'A very long answer. '.repeat(1_500)}THE TAIL`; // 30,008 characters
    await view.send(detailFor(ada, { answers: ['', '', long, '', '', '', '', ''] }));
    assert.equal(await view.page.inputValue('#answer-2'), long, 'shown in full');
    await view.page.focus('#answer-2');
    await view.page.keyboard.press('End');
    await view.page.keyboard.press('Control+End');
    await view.page.keyboard.type('!');
    await view.page.focus('#search');
    const saved = await view.waitForPost((m) => m.type === 'saveAnswer' && m.index === 2, 3_000);
    assert.equal(saved.type === 'saveAnswer' && saved.text, `${long}!`, 'the tail survives the round trip');
  });

  it('keeps an answer too long for the sidebar read-only, offers "Edit in journal", and never saves its start', async () => {
    const start = 'x'.repeat(1_000);
    await view.send(detailFor(ada, { answers: ['', '', '', start, '', '', '', ''], answersTooLong: [3] }));
    assert.equal(await view.page.getAttribute('#answer-3', 'readonly'), '');
    assert.equal(await view.page.isVisible('#answer-3-too-long'), true);
    assert.equal(await view.page.isVisible('#answer-2-too-long'), false);
    assert.equal(await view.page.getAttribute('#answer-2', 'readonly'), null, 'other answers stay editable');
    await view.page.focus('#answer-3');
    await view.page.keyboard.type('more');
    await view.page.focus('#search');
    await view.page.click('button[data-action="save-answers"]');
    await view.page.waitForTimeout(1_000);
    assert.equal((await view.posted()).filter((m) => m.type === 'saveAnswer').length, 0, 'nothing saved');
    await view.page.click('#answer-3-too-long button[data-action="edit-answer-in-journal"]');
    await view.waitForPost((m) => m.type === 'revealInJournal' && m.id === 'a');
  });

  it('scrolls the draft area into view when a draft starts, moving focus only for a start from the sidebar', async () => {
    const reset = () =>
      view.page.evaluate(() => {
        document.getElementById('detail')!.scrollTop = 0;
        (document.activeElement as HTMLElement | null)?.blur();
      });
    const draftInView = () =>
      view.page.evaluate(() => {
        const pane = document.getElementById('detail')!.getBoundingClientRect();
        const draft = document.getElementById('draft')!.getBoundingClientRect();
        return draft.top >= pane.top - 1 && draft.top < pane.bottom;
      });
    const loading = () =>
      view.send({
        type: 'draft',
        update: { personId: 'a', kind: 'message', text: '', state: 'loading', model: 'llama3.2' }
      });
    const finish = () =>
      view.send({
        type: 'draft',
        update: { personId: 'a', kind: 'message', text: 'Hi', state: 'done', model: 'llama3.2' }
      });
    await view.page.setViewportSize({ width: 360, height: 500 });
    await reset();
    assert.equal(await draftInView(), false, 'the draft area starts below the fold');
    // Started elsewhere (palette, CodeLens): shown, but the focus stays where it was.
    await loading();
    assert.equal(await draftInView(), true, 'scrolled into view');
    assert.equal(
      await view.page.evaluate(() => document.getElementById('draft')!.contains(document.activeElement)),
      false,
      'focus not taken'
    );
    await finish();
    // Started from the sidebar's own button: the focus moves to Stop (the Draft button hides).
    await reset();
    await view.page.evaluate(() =>
      (document.querySelector('button[data-action="draft"]') as HTMLButtonElement).click()
    );
    await view.waitForPost((m) => m.type === 'draftStart');
    await loading();
    assert.equal(await draftInView(), true);
    assert.equal(await view.page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'stop-draft');
  });

  it('streams a draft, counts note characters, stops, copies, regenerates and saves', async () => {
    await view.page.selectOption('#draft-kind', 'note');
    await view.page.click('button[data-action="draft"]');
    await view.waitForPost((m) => m.type === 'draftStart' && m.id === 'a' && m.kind === 'note');
    const update = (text: string, state: string) =>
      view.send({ type: 'draft', update: { personId: 'a', kind: 'note', text, state, model: 'llama3.2' } });
    await update('', 'loading');
    assert.match((await view.page.textContent('#draft-status')) ?? '', /Loading model/);
    await update('Hello Ada', 'streaming');
    assert.equal(await view.page.inputValue('#draft-text'), 'Hello Ada');
    assert.equal(await view.page.textContent('#draft-counter'), '9/300');
    assert.equal(await view.page.isVisible('button[data-action="stop-draft"]'), true);
    assert.equal(await view.page.getAttribute('#draft', 'aria-busy'), 'true');
    await view.page.click('button[data-action="stop-draft"]');
    await view.waitForPost((m) => m.type === 'draftCancel');
    await update('Hello Ada, how can I help you today?', 'cancelled');
    assert.match((await view.page.textContent('#draft-status')) ?? '', /Stopped/);
    await view.page.waitForFunction(() => /Draft/.test(document.getElementById('live')?.textContent ?? ''));
    await update('x'.repeat(301), 'truncated');
    assert.equal(await view.page.textContent('#draft-counter'), '301/300');
    assert.equal(await view.page.getAttribute('#draft-counter', 'class'), 'counter over');
    await view.page.fill('#draft-text', 'Hello Ada, how can I help you today?');
    await view.page.click('button[data-action="copy-draft"]');
    await view.waitForPost((m) => m.type === 'draftCopy' && m.text === 'Hello Ada, how can I help you today?');
    await view.page.click('button[data-action="save-draft"]');
    await view.waitForPost(
      (m) => m.type === 'draftSave' && m.id === 'a' && m.kind === 'note' && m.text.startsWith('Hello Ada')
    );
    await view.page.click('button[data-action="regenerate-draft"]');
    assert.equal((await view.posted()).filter((m) => m.type === 'draftStart').length, 2);
  });

  it('shows a draft error message', async () => {
    await view.send({
      type: 'draft',
      update: {
        personId: 'a',
        kind: 'message',
        text: 'partial',
        state: 'error',
        error: "Ollama isn't running at http://127.0.0.1:11434.",
        model: 'llama3.2'
      }
    });
    assert.match((await view.page.textContent('#draft-status')) ?? '', /Ollama isn't running/);
    assert.equal(await view.page.inputValue('#draft-text'), 'partial');
  });

  it('reveals a person the host selects even inside a collapsed burst, another tab or a search', async () => {
    const members = ['x1', 'x2'].map((id, i) =>
      person(id, `Member ${i}`, { via: 'Mark Ruiz', date: `2026-11-25T07:0${i}:00Z` })
    );
    const decided = person('z', 'Zed', { status: 'accepted', origin: 'journal' });
    await view.send(
      init([...members, decided], {
        bursts: [
          {
            via: 'Mark Ruiz',
            eventIds: ['x1', 'x2'],
            start: '2026-11-25T07:00:00.000Z',
            end: '2026-11-25T07:01:00.000Z',
            count: 2
          }
        ]
      })
    );
    await view.page.fill('#search', 'nothing matches this');
    await view.send({ type: 'select', id: 'x2' });
    assert.equal(await view.page.inputValue('#search'), '');
    assert.equal(await view.page.getAttribute('.person-row[data-id="x2"]', 'aria-selected'), 'true');
    await view.send({ type: 'select', id: 'z' });
    assert.equal(await view.page.getAttribute('#tab-accepted', 'aria-selected'), 'true');
    assert.equal(await view.page.getAttribute('.person-row[data-id="z"]', 'aria-selected'), 'true');
  });

  it('follows a draft started elsewhere for another person', async () => {
    await view.send({
      type: 'draft',
      update: { personId: 'b', kind: 'message', text: '', state: 'loading', model: 'llama3.2' }
    });
    await view.waitForPost((m) => m.type === 'select' && m.id === 'b');
    assert.equal(await view.page.getAttribute('.person-row[data-id="b"]', 'aria-selected'), 'true');
  });

  it('selects a person when the host asks (palette, CodeLens)', async () => {
    await view.send({ type: 'select', id: 'b' });
    assert.equal(await view.page.getAttribute('.person-row[data-id="b"]', 'aria-selected'), 'true');
    await view.waitForPost((m) => m.type === 'select' && m.id === 'b');
  });
});
