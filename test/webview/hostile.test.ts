/** Hostile feed, journal and model text stays inert: no markup, no script, no live links, no beacons. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { detailFor, init, launch, openView, person, type ViewPage } from './page';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '</script><script>window.__pwned=2</script>';
const JS_LINK = 'javascript:window.__pwned=3';
const REMOTE_IMG = '<img src="https://tracker.example/beacon.gif">';

describe('webview: hostile text is inert', function () {
  let browser: Browser;
  let view: ViewPage;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    view = await openView(browser);
  });
  afterEach(async () => {
    await view.page.close();
  });

  it('renders markup and script as text everywhere, and a javascript: link only posts openLink', async () => {
    const evil = person('evil', IMG, {
      via: SCRIPT,
      headline: REMOTE_IMG,
      source: '<b>bold</b>',
      link: JS_LINK,
      tags: [SCRIPT]
    });
    await view.send(
      init([evil], { feeds: [{ key: 'k', label: IMG, itemCount: 0, skipped: 0, error: SCRIPT, loading: false }] })
    );
    await view.page.click('.person-row[data-id="evil"]');
    await view.send(
      detailFor(evil, {
        message: SCRIPT,
        answers: [IMG, SCRIPT, '', '', '', '', '', ''],
        draft: IMG,
        log: [{ date: '2026-11-25', text: REMOTE_IMG }]
      })
    );
    await view.send({
      type: 'draft',
      update: { personId: 'evil', kind: 'message', text: `${IMG}${SCRIPT}`, state: 'done', model: SCRIPT }
    });
    await view.send({ type: 'announce', text: IMG });

    assert.equal(await view.page.textContent('.person-row[data-id="evil"] .name'), IMG);
    assert.equal(await view.page.textContent('#detail-name'), IMG);
    assert.equal(await view.page.textContent('#detail-headline'), REMOTE_IMG);
    assert.equal(await view.page.textContent('#detail-message'), SCRIPT);
    assert.equal(await view.page.inputValue('#answer-0'), IMG);
    assert.equal(await view.page.inputValue('#draft-text'), `${IMG}${SCRIPT}`);
    assert.equal(await view.page.locator('img').count(), 0, 'no <img> was created');
    assert.equal(await view.page.locator('b').count(), 0, 'no <b> was created');
    assert.equal(await view.page.locator('script').count(), 2, 'only the stub and the bundle scripts exist');

    // The link shows the URL as text; its href is inert and a click only names the person to the host.
    assert.equal(await view.page.textContent('#detail-link'), JS_LINK);
    assert.equal(await view.page.getAttribute('#detail-link', 'href'), '#');
    const hrefs = await view.page.$$eval('a', (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(
      hrefs.every((h) => h === '#'),
      `hrefs: ${hrefs.join(',')}`
    );
    await view.page.click('#detail-link');
    const asked = await view.waitForPost((m) => m.type === 'openLink');
    assert.deepEqual(asked, { type: 'openLink', id: 'evil' }, 'the webview never sends the URL itself');
    assert.equal(view.page.url(), 'https://webview.test/index.html', 'no navigation happened');

    assert.equal(
      await view.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
      'nothing executed'
    );
    assert.ok(
      !view.requests.some((url) => url.includes('tracker.example') || url.endsWith('/x')),
      `requests: ${view.requests.join(', ')}`
    );
    assert.deepEqual(await view.cspViolations(), [], 'nothing even tried to load');
  });

  it('does not linkify URLs inside text', async () => {
    const p = person('u', 'See https://example.com/x', { headline: 'www.example.org and https://evil.example' });
    await view.send(init([p]));
    await view.page.click('.person-row[data-id="u"]');
    await view.send(detailFor(p, { link: null }));
    assert.equal(await view.page.locator('a:visible').count(), 0);
  });

  it('the CSP blocks a script the page did not nonce', async () => {
    const ran = await view.page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.appendChild(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: number }).__injected;
    });
    assert.equal(ran, undefined);
    assert.ok((await view.cspViolations()).some((v) => v.startsWith('script-src')));
  });
});
