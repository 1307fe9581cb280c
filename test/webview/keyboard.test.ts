/** Keyboard and accessibility in the real bundle: arrows, Enter, A/D/F, live region, burst keys. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { detailFor, init, launch, openView, person, type ViewPage } from './page';

describe('webview: keyboard', function () {
  let browser: Browser;
  let view: ViewPage;
  const people = [
    person('a', 'Ada Lovelace', { date: '2026-11-25T10:00:00Z' }),
    person('b', 'Bob Kahn', { date: '2026-11-25T09:00:00Z' }),
    person('c', 'Cy Twombly', { date: '2026-11-25T08:00:00Z' })
  ];
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    view = await openView(browser);
    await view.send(init(people));
  });
  afterEach(async () => {
    await view.page.close();
  });

  const selected = () =>
    view.page.$$eval('.person-row[aria-selected="true"]', (n) => n.map((x) => x.getAttribute('data-id')));

  it('moves with the arrow keys, selecting and telling the host', async () => {
    await view.page.focus('#list');
    await view.page.keyboard.press('ArrowDown');
    assert.deepEqual(await selected(), ['a']);
    await view.waitForPost((m) => m.type === 'select' && m.id === 'a');
    await view.page.keyboard.press('ArrowDown');
    await view.page.keyboard.press('ArrowDown');
    assert.deepEqual(await selected(), ['c']);
    await view.page.keyboard.press('ArrowDown');
    assert.deepEqual(await selected(), ['c'], 'stays on the last row');
    await view.page.keyboard.press('ArrowUp');
    assert.deepEqual(await selected(), ['b']);
    assert.equal(await view.page.getAttribute('#list', 'aria-activedescendant'), 'active-row');
    assert.equal(await view.page.getAttribute('#active-row', 'data-id'), 'b');
  });

  it('opens the person panel with Enter (the sidebar keeps the list and a summary)', async () => {
    await view.page.focus('#list');
    await view.page.keyboard.press('ArrowDown');
    await view.send(detailFor(people[0]));
    await view.page.keyboard.press('Enter');
    const open = await view.waitForPost((m) => m.type === 'openPerson');
    assert.deepEqual(open, { type: 'openPerson', id: people[0].id });
    assert.equal(await view.page.isVisible('#detail'), true);
    assert.equal(await view.page.textContent('#detail-name'), 'Ada Lovelace');
  });

  it('decides with A, D and F, moves on, and announces each decision', async () => {
    await view.page.focus('#list');
    await view.page.keyboard.press('ArrowDown');
    await view.send(detailFor(people[0]));
    await view.page.keyboard.press('a');
    await view.waitForPost((m) => m.type === 'decide' && m.id === 'a' && m.decision === 'accepted');
    await view.page.waitForFunction(() => document.getElementById('live')?.textContent === 'Accepted Ada Lovelace');
    assert.deepEqual(await selected(), ['b'], 'selection moved to the next person');
    assert.equal(await view.page.locator('.person-row[data-id="a"]').count(), 0, 'accepted row left the inbox');
    assert.equal(await view.page.textContent('#tab-accepted .count'), '1');
    await view.page.keyboard.press('d');
    await view.waitForPost((m) => m.type === 'decide' && m.id === 'b' && m.decision === 'declined');
    await view.page.keyboard.press('f');
    const defer = await view.waitForPost((m) => m.type === 'decide' && m.id === 'c');
    assert.equal(defer.type === 'decide' && defer.decision, 'deferred');
    assert.match(
      defer.type === 'decide' ? (defer.followUp ?? '') : '',
      /^\d{4}-\d{2}-\d{2}$/,
      'defer carries a follow-up date'
    );
    await view.page.waitForFunction(() =>
      /^Deferred until \d{4}-\d{2}-\d{2}: Cy Twombly$/.test(document.getElementById('live')?.textContent ?? '')
    );
    assert.equal(await view.page.getAttribute('#live', 'aria-live'), 'polite');
  });

  it('does not decide while typing in the search box', async () => {
    await view.page.focus('#search');
    await view.page.keyboard.type('ada');
    assert.equal(
      (await view.posted()).some((m) => m.type === 'decide'),
      false
    );
    await view.page.keyboard.press('ArrowDown');
    assert.equal(await view.page.evaluate(() => document.activeElement?.id), 'list');
    assert.deepEqual(await selected(), ['a']);
  });

  it('expands and collapses a burst with the keyboard', async () => {
    const members = ['x1', 'x2', 'x3'].map((id, i) =>
      person(id, `Member ${i}`, { via: 'Mark Ruiz', date: `2026-11-25T07:0${i}:00Z` })
    );
    await view.send(
      init(members, {
        bursts: [
          {
            via: 'Mark Ruiz',
            eventIds: ['x1', 'x2', 'x3'],
            start: '2026-11-25T07:00:00.000Z',
            end: '2026-11-25T07:02:00.000Z',
            count: 3
          }
        ]
      })
    );
    await view.page.focus('#list');
    await view.page.keyboard.press('ArrowDown');
    assert.equal(await view.page.getAttribute('.burst-row', 'aria-selected'), 'true');
    await view.page.keyboard.press('ArrowRight');
    assert.equal(await view.page.locator('.person-row.in-burst').count(), 3);
    await view.page.keyboard.press('ArrowLeft');
    assert.equal(await view.page.locator('.person-row.in-burst').count(), 0);
    await view.page.keyboard.press('Enter');
    assert.equal(await view.page.locator('.person-row.in-burst').count(), 3);
  });

  it('moves between tabs with Left/Right like a tablist', async () => {
    await view.page.focus('#tab-inbox');
    await view.page.keyboard.press('ArrowRight');
    assert.equal(await view.page.getAttribute('#tab-accepted', 'aria-selected'), 'true');
    assert.equal(await view.page.evaluate(() => document.activeElement?.id), 'tab-accepted');
    await view.page.keyboard.press('ArrowLeft');
    await view.page.keyboard.press('ArrowLeft');
    assert.equal(await view.page.getAttribute('#tab-followups', 'aria-selected'), 'true', 'wraps around');
  });

  it('tells assistive tech where each virtual row sits in the whole list', async () => {
    assert.equal(await view.page.getAttribute('.person-row[data-id="c"]', 'aria-posinset'), '4');
    assert.equal(await view.page.getAttribute('.person-row[data-id="c"]', 'aria-setsize'), '4');
  });

  it('documents the keys in the view', async () => {
    const help = await view.page.textContent('#keyboard-help');
    for (const key of ['↑ / ↓', 'Enter', 'A', 'D', 'F']) assert.ok(help?.includes(key), `help mentions ${key}`);
  });
});
