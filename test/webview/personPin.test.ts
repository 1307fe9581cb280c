/**
 * The person panel's pin toggle in the real bundle: the header button asks the host to pin or
 * unpin (a request with an id, never a local switch), reflects the host's answer (label,
 * aria-pressed), keeps the pin in getState for the serializer, and a pinned panel whose person
 * left the list shows the empty state with Unpin, never the previous person.
 */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { PersonModel } from '../../src/shared/personProtocol';
import { launch } from './page';
import { openPanel, personModel, showMessage, type PanelPage } from './personPage';

const pinnedShow = (person: PersonModel | null, pinnedId: string | null) => ({ ...showMessage(person), pinnedId });

describe('webview: person panel pin', function () {
  let browser: Browser;
  let panel: PanelPage;
  const ada = personModel('a', 'Ada Lovelace');
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await panel?.page.close();
  });

  it('asks the host to pin, and shows pinned only once the host says so', async () => {
    panel = await openPanel(browser);
    await panel.send(showMessage(ada));
    assert.equal(await panel.page.textContent('#pin-toggle'), 'Pin');
    assert.equal(await panel.page.getAttribute('#pin-toggle', 'aria-pressed'), 'false');
    await panel.page.click('#pin-toggle');
    const sent = await panel.waitForRequest('pin');
    assert.deepEqual(sent.request, { type: 'pin', pinned: true });
    assert.match(sent.requestId, /^r\d+$/);
    assert.equal(await panel.page.textContent('#pin-toggle'), 'Pin', 'the host decides, not the button');
    await panel.send(pinnedShow(ada, 'a'));
    assert.equal(await panel.page.textContent('#pin-toggle'), 'Unpin');
    assert.equal(await panel.page.getAttribute('#pin-toggle', 'aria-pressed'), 'true');
    assert.equal(((await panel.state()) as { pinnedId: unknown }).pinnedId, 'a', 'kept for the serializer');
  });

  it('asks to unpin a pinned panel, and follows again when the host sends no pin', async () => {
    panel = await openPanel(browser);
    await panel.send(pinnedShow(ada, 'a'));
    await panel.page.click('#pin-toggle');
    const sent = await panel.waitForRequest('pin');
    assert.deepEqual(sent.request, { type: 'pin', pinned: false });
    await panel.send(showMessage(personModel('b', 'Bob Kahn')));
    assert.equal(await panel.page.textContent('#pin-toggle'), 'Pin');
    assert.equal(((await panel.state()) as { pinnedId: unknown }).pinnedId, null);
  });

  it('shows the empty state with Unpin when the pinned person is gone, not the previous person', async () => {
    panel = await openPanel(browser);
    await panel.send(pinnedShow(ada, 'a'));
    await panel.send(pinnedShow(null, 'a'));
    assert.equal(await panel.page.isVisible('#person'), false);
    assert.equal(await panel.page.isVisible('#empty'), true);
    assert.match((await panel.page.textContent('#empty-title')) ?? '', /no longer listed/);
    assert.equal(await panel.page.isVisible('#empty-unpin'), true);
    await panel.page.click('#empty-unpin');
    assert.deepEqual((await panel.waitForRequest('pin')).request, { type: 'pin', pinned: false });
    // A following panel's empty state has no Unpin.
    await panel.send(showMessage(null));
    assert.equal(await panel.page.isVisible('#empty-unpin'), false);
    assert.match((await panel.page.textContent('#empty-title')) ?? '', /No one selected/);
  });

  it('comes back pinned from saved state before the host speaks', async () => {
    panel = await openPanel(browser, { state: { personId: 'a', pinnedId: 'a', unsaved: {}, draftKind: 'message' } });
    assert.equal(await panel.page.getAttribute('#pin-toggle', 'aria-pressed'), 'true');
    await panel.send(pinnedShow(ada, 'a'));
    assert.equal(await panel.page.textContent('#person-name'), 'Ada Lovelace');
    assert.equal(await panel.page.textContent('#pin-toggle'), 'Unpin');
    assert.deepEqual(await panel.cspViolations(), []);
  });
});
