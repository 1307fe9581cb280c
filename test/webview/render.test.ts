/** The real webview bundle in headless Chromium: rendering, states, tabs, search, virtualization. */
import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { init, launch, manyPeople, openView, patch, person, type ViewPage } from './page';

describe('webview: rendering', function () {
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

  it('says ready first and shows a loading state until data arrives', async () => {
    const posted = await view.posted();
    assert.equal(posted[0].type, 'ready');
    await view.send(
      init([], { loading: true, feeds: [{ key: 'feeds/a.rss', label: 'A', itemCount: 0, skipped: 0, loading: true }] })
    );
    assert.equal(await view.page.isVisible('#loading'), true);
    assert.equal(await view.page.isVisible('#empty'), false, 'no empty state while loading');
  });

  it('drops the loading state when the feeds finish, and shows the empty state only then', async () => {
    const loadingFeed = { key: 'feeds/a.rss', label: 'A', itemCount: 0, skipped: 0, loading: true };
    await view.send(init([], { loading: true, feeds: [loadingFeed] }));
    assert.equal(await view.page.isVisible('#empty'), false);
    await view.send({
      type: 'feeds',
      feeds: [{ ...loadingFeed, loading: false, lastFetch: '2026-11-25T10:00:00Z' }],
      loading: false
    });
    assert.equal(await view.page.isVisible('#loading'), false);
    assert.equal(await view.page.isVisible('#empty'), true);
    await view.send({ type: 'announce', text: 'Feeds refreshed' });
    await view.page.waitForFunction(() => document.getElementById('live')?.textContent === 'Feeds refreshed');
  });

  it('lists people newest first, grouped by day, with via and source', async () => {
    await view.send(
      init([
        person('a', 'Priya Raman', { date: '2026-11-24T09:12:00Z' }),
        person('b', 'Samuel Okafor', { date: '2026-11-25T11:40:00Z', via: 'Dr. Rae Baum', source: 'LinkedIn' }),
        person('c', 'Mei Chen', { date: '2026-11-20T16:05:00Z', via: null })
      ])
    );
    const names = await view.page.$$eval('.person-row .name', (nodes) => nodes.map((n) => n.textContent));
    assert.deepEqual(names, ['Samuel Okafor', 'Priya Raman', 'Mei Chen']);
    const days = await view.page.$$eval('.day-row .day-label', (nodes) => nodes.map((n) => n.textContent));
    assert.equal(days.length, 3);
    assert.equal(days[0], 'Today');
    assert.equal(days[1], 'Yesterday');
    const samuel = await view.page.textContent('.person-row[data-id="b"]');
    assert.match(samuel ?? '', /via Dr\. Rae Baum · LinkedIn/);
    assert.equal(await view.page.getAttribute('#list', 'role'), 'list');
    assert.equal(await view.page.getAttribute('.person-row[data-id="a"]', 'role'), 'listitem');
    assert.equal(await view.page.textContent('#tab-inbox .count'), '3');
  });

  it('collapses a yes-to-all burst into one group that expands on click', async () => {
    const burst = Array.from({ length: 12 }, (_, i) =>
      person(`m${i}`, `Member ${i}`, {
        via: 'Mark Ruiz',
        date: new Date(Date.parse('2026-11-25T07:02:00Z') + i * 40_000).toISOString()
      })
    );
    await view.send(
      init([...burst, person('solo', 'Solo Person')], {
        bursts: [
          { via: 'Mark Ruiz', eventIds: burst.map((p) => p.id), start: burst[0].date!, end: burst[11].date!, count: 12 }
        ]
      })
    );
    assert.equal(await view.page.locator('.burst-row').count(), 1);
    assert.equal(
      await view.page.textContent('.burst-row .burst-label'),
      'Mark Ruiz connected with 12 people in 7 minutes'
    );
    assert.equal(await view.page.locator('.person-row').count(), 1, 'members hidden while collapsed');
    await view.page.click('.burst-row');
    assert.equal(await view.page.locator('.person-row.in-burst').count(), 12);
    assert.equal(await view.page.getAttribute('.burst-row', 'aria-expanded'), 'true');
    await view.page.click('.burst-row');
    assert.equal(await view.page.locator('.person-row.in-burst').count(), 0);
  });

  it('shows the empty state with next steps that post fixed actions', async () => {
    await view.send(init([]));
    assert.equal(await view.page.isVisible('#empty'), true);
    for (const [selector, action] of [
      ['add-feed', 'addFeed'],
      ['import-linkedin', 'importLinkedInExport'],
      ['open-sample', 'openSample']
    ] as const) {
      await view.page.click(`#empty button[data-action="${selector}"]`);
      await view.waitForPost((m) => m.type === 'action' && m.action === action);
    }
  });

  it('shows a per-feed error with Retry', async () => {
    await view.send(
      init([person('a', 'Ada')], {
        feeds: [
          {
            key: 'feeds/missing.rss',
            label: 'missing.rss',
            itemCount: 0,
            skipped: 0,
            error: 'Cannot read feeds/missing.rss: file not found',
            loading: false
          }
        ]
      })
    );
    assert.match((await view.page.textContent('.feed-error')) ?? '', /missing\.rss: Cannot read feeds\/missing\.rss/);
    await view.page.click('.feed-error button[data-action="retry-feed"]');
    await view.waitForPost((m) => m.type === 'retryFeed' && m.key === 'feeds/missing.rss');
  });

  it('says how many items a capped feed did not keep (caps are never silent)', async () => {
    await view.send(
      init([person('a', 'Ada')], {
        feeds: [
          { key: 'feeds/big.rss', label: 'big.rss', itemCount: 10_000, skipped: 0, dropped: 2_500, loading: false }
        ]
      })
    );
    assert.match(
      (await view.page.textContent('[data-testid="feed-capped"]')) ?? '',
      /big\.rss: 2,500 older items not shown \(keeps the newest 10,000 per feed\)/
    );
  });

  it('switches tabs with counts, and search filters by name, via, headline and tag', async () => {
    await view.send(
      init([
        person('a', 'Ada Lovelace', { tags: ['mentor'] }),
        person('b', 'Grace Hopper', { status: 'accepted', origin: 'journal', decided: '2026-11-20' }),
        person('c', 'Alan Turing', { status: 'deferred', origin: 'journal', followUp: '2026-11-24' }),
        person('d', 'Edsger Dijkstra', { status: 'deferred', origin: 'journal', followUp: '2026-12-24' }),
        person('e', 'Barbara Liskov', { status: 'declined', origin: 'journal', headline: 'Professor at MIT' })
      ])
    );
    const count = (tab: string) => view.page.textContent(`#tab-${tab} .count`);
    assert.deepEqual(
      [
        await count('inbox'),
        await count('accepted'),
        await count('declined'),
        await count('deferred'),
        await count('followups')
      ],
      ['2', '1', '1', '2', '1']
    );
    await view.page.click('#tab-deferred');
    assert.equal(await view.page.getAttribute('#tab-deferred', 'aria-selected'), 'true');
    assert.deepEqual(await view.page.$$eval('.person-row', (n) => n.map((x) => x.getAttribute('data-id')).sort()), [
      'c',
      'd'
    ]);
    await view.page.click('#tab-declined');
    await view.page.fill('#search', 'mit');
    assert.deepEqual(
      await view.page.$$eval('.person-row', (n) => n.map((x) => x.getAttribute('data-id'))),
      ['e'],
      'headline match'
    );
    await view.page.click('#tab-inbox');
    await view.page.fill('#search', 'MENTOR');
    assert.deepEqual(
      await view.page.$$eval('.person-row', (n) => n.map((x) => x.getAttribute('data-id'))),
      ['a'],
      'tag match, case-insensitive'
    );
    await view.page.fill('#search', 'nobody-here');
    assert.equal(await view.page.isVisible('#tab-empty'), true);
    assert.match((await view.page.textContent('#tab-empty')) ?? '', /No one matches/);
    // Search covers every tab: counts become matches, and the empty text names where they are.
    await view.page.fill('#search', 'liskov');
    await view.page.waitForFunction(() => document.querySelector('#tab-inbox .count')?.textContent === '0');
    assert.equal(await count('declined'), '1');
    assert.equal(await count('accepted'), '0');
    assert.match((await view.page.textContent('#tab-empty')) ?? '', /in Inbox\. Matches in Declined \(1\)\./);
    await view.page.fill('#search', '');
    await view.page.waitForFunction(() => document.querySelector('#tab-inbox .count')?.textContent === '2');
  });

  it('virtualizes 30,000 people: bounded DOM, and scrolling renders the far end', async () => {
    await view.send(init(manyPeople(30_000)));
    assert.equal(await view.page.textContent('#tab-inbox .count'), '30000');
    const nodes = await view.page.evaluate(() => document.getElementsByTagName('*').length);
    assert.ok(nodes <= 1_500, `${nodes} DOM nodes`);
    const rows = await view.page.locator('.person-row').count();
    assert.ok(rows > 5 && rows < 100, `${rows} rows rendered`);
    await view.page.evaluate(() => {
      const list = document.getElementById('list')!;
      list.scrollTop = list.scrollHeight;
    });
    await view.page.waitForSelector('.person-row[data-id="p29999"]');
    const after = await view.page.evaluate(() => document.getElementsByTagName('*').length);
    assert.ok(after <= 1_500, `${after} DOM nodes after scrolling`);
    await view.page.fill('#search', 'person 2999');
    const ids = await view.page.$$eval('.person-row', (n) => n.map((x) => x.getAttribute('data-id')));
    assert.ok(ids.includes('p2999') && ids.includes('p29990'), ids.join(','));
  });

  it('applies a patch as an incremental move without replacing other rows', async () => {
    await view.send(
      init([person('a', 'Ada', { date: '2026-11-25T10:00:00Z' }), person('b', 'Bob', { date: '2026-11-25T09:00:00Z' })])
    );
    await view.page.evaluate(() => {
      (document.querySelector('.person-row[data-id="b"]') as HTMLElement & { marker?: number }).marker = 1;
    });
    await view.send(
      patch([person('a', 'Ada', { status: 'accepted', origin: 'journal', date: '2026-11-25T10:00:00Z' })])
    );
    assert.deepEqual(await view.page.$$eval('.person-row', (n) => n.map((x) => x.getAttribute('data-id'))), ['b']);
    assert.equal(
      await view.page.evaluate(
        () => (document.querySelector('.person-row[data-id="b"]') as HTMLElement & { marker?: number }).marker
      ),
      1,
      "Bob's row node was kept"
    );
    assert.equal(await view.page.textContent('#tab-accepted .count'), '1');
  });

  it('rejects a malformed host message and reports it instead of rendering it', async () => {
    await view.send({ type: 'init', people: 'not a list' });
    const error = await view.waitForPost((m) => m.type === 'error');
    assert.match(error.type === 'error' ? error.message : '', /rejected host message/);
    await view.send({ type: 'evil', payload: 1 });
    assert.equal((await view.posted()).filter((m) => m.type === 'error').length, 2);
  });
});
