/** Issue 11: a warmth band on each sidebar row, and a date | warmth sort kept in webview state. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { init, launch, openView, patch, person, type ViewPage } from './page';

const people = [
  person('a', 'Ada', { date: '2026-11-25T09:00:00Z', warmthScore: 20, warmthBand: 'light' }),
  person('b', 'Bob', { date: '2026-11-24T09:00:00Z' }),
  person('c', 'Cy', { date: '2026-11-23T09:00:00Z', warmthScore: 80, warmthBand: 'strong' }),
  person('d', 'Di', { date: '2026-11-22T09:00:00Z', warmthScore: 40, warmthBand: 'warm' })
];

async function order(view: ViewPage): Promise<string[]> {
  return view.page.$$eval('.person-row', (rows) =>
    rows
      .map((r) => ({ id: r.getAttribute('data-id') ?? '', y: new DOMMatrix(getComputedStyle(r).transform).m42 }))
      .sort((x, y) => x.y - y.y)
      .map((r) => r.id)
  );
}

describe('webview: warmth on rows (issue 11)', function () {
  let browser: Browser;
  let view: ViewPage;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await view?.page.close();
  });

  it('shows a band on rows with warmth, named in the accessible label, and none on the others', async () => {
    view = await openView(browser);
    await view.send(init(people));
    const row = (id: string) => view.page.locator(`.person-row[data-id="${id}"]`);
    assert.equal(await row('c').getAttribute('data-warmth'), 'strong');
    assert.match((await row('c').getAttribute('aria-label')) ?? '', /warmth: strong/);
    assert.match((await row('d').getAttribute('aria-label')) ?? '', /warmth: warm/);
    assert.equal(await row('b').getAttribute('data-warmth'), 'none');
    assert.doesNotMatch((await row('b').getAttribute('aria-label')) ?? '', /warmth/);
    const width = (id: string) =>
      row(id).evaluate((n) => {
        const band = getComputedStyle(n, '::before');
        return band.content === 'none' ? 0 : parseFloat(band.width) || 0;
      });
    assert.ok((await width('c')) > (await width('d')), 'a stronger band is wider');
    assert.ok((await width('d')) > 0);
    assert.equal(await width('b'), 0);
  });

  it('sorts by warmth within the tab, remembers it in state, and follows a patch', async () => {
    view = await openView(browser);
    await view.send(init(people));
    assert.deepEqual(await order(view), ['a', 'b', 'c', 'd']);
    await view.page.selectOption('#sort', 'warmth');
    await view.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await order(view), ['c', 'd', 'a', 'b']);
    assert.equal(await view.page.locator('.day-row').count(), 0);
    await view.page.waitForTimeout(200);
    assert.equal((await view.state()) && ((await view.state()) as { sort?: string }).sort, 'warmth');
    // New evidence: Bob becomes the warmest.
    await view.send(patch([{ ...people[1], warmthScore: 95, warmthBand: 'strong' }]));
    assert.deepEqual(await order(view), ['b', 'c', 'd', 'a']);
    await view.page.selectOption('#sort', 'date');
    await view.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await order(view), ['a', 'b', 'c', 'd']);
  });

  it('restores the warmth sort from saved state', async () => {
    view = await openView(browser, { state: { tab: 'inbox', sort: 'warmth' } });
    await view.send(init(people));
    assert.equal(await view.page.inputValue('#sort'), 'warmth');
    assert.deepEqual(await order(view), ['c', 'd', 'a', 'b']);
  });
});
