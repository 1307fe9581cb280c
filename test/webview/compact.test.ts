/** The sidebar while the person panel is open: a compact summary (header, decisions), not the full detail. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { detailFor, init, launch, openView, person, type ViewPage } from './page';

describe('webview: compact sidebar summary while the person panel is open', function () {
  let browser: Browser;
  let view: ViewPage;
  const ada = person('a', 'Ada Lovelace');
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    view = await openView(browser);
    await view.send(init([ada]));
    await view.page.click('.person-row[data-id="a"]');
    await view.send(detailFor(ada));
  });
  afterEach(async () => {
    await view.page.close();
  });

  it('hides questions, draft and log while the panel is open, and shows them again after', async () => {
    assert.equal(await view.page.isVisible('#answer-0'), true);
    await view.send({ type: 'layout', personPanelOpen: true });
    assert.equal(await view.page.isVisible('#detail-name'), true);
    assert.equal(await view.page.isVisible('button[data-action="accept"]'), true);
    assert.equal(await view.page.isVisible('button[data-action="open-person"]'), true);
    assert.equal(await view.page.isVisible('#answer-0'), false);
    assert.equal(await view.page.isVisible('#log'), false);
    await view.send({ type: 'layout', personPanelOpen: false });
    assert.equal(await view.page.isVisible('#answer-0'), true);
  });

  it('saves an answer typed in the sidebar before it turns compact', async () => {
    await view.page.fill('#answer-1', 'Typed just before');
    await view.send({ type: 'layout', personPanelOpen: true });
    await view.waitForPost((m) => m.type === 'saveAnswer' && m.index === 1 && m.text === 'Typed just before');
  });
});
