/**
 * The static chrome around the list: search, tabs with counts, loading and per-feed error
 * states, the empty state with next steps, keyboard help and the ARIA live region.
 */
import { TAB_LABELS, TABS, type InboxTab, type TabCounts } from '../core/inbox';
import type { FeedStatusInfo } from '../shared/protocol';
import { capNote } from '../core/feeds/limits';
import { button, el, setText } from './dom';
import { sortControl } from './sortControl';

export class Shell {
  readonly search = el('input', {
    attrs: {
      id: 'search',
      type: 'search',
      placeholder: 'Search name, via, headline, tag',
      'aria-label': 'Search people',
      'aria-controls': 'list',
      spellcheck: 'false'
    }
  });
  /** Date | warmth; main.ts listens for 'change' and keeps the choice in webview state. */
  readonly sort = sortControl();
  readonly tabs = el('div', { className: 'tabs', attrs: { id: 'tabs', role: 'tablist', 'aria-label': 'Views' } });
  readonly loading = el('div', { className: 'loading', attrs: { id: 'loading', role: 'status' } }, [
    el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    el('span', { text: 'Fetching feeds…' })
  ]);
  readonly feedErrors = el('div', { className: 'feed-errors', attrs: { id: 'feed-errors' } });
  readonly empty = el('div', { className: 'empty', attrs: { id: 'empty', 'data-testid': 'empty' } }, [
    el('h2', { text: 'No connections yet' }),
    el('p', {
      text: 'Bring in new connections from a network-activity feed or your LinkedIn data export, then decide on each one deliberately.'
    }),
    el('div', { className: 'empty-actions' }, [
      button('Add feed', 'add-feed'),
      button('Import LinkedIn export', 'import-linkedin'),
      button('Open sample', 'open-sample')
    ])
  ]);
  readonly noWorkspace = el('p', {
    className: 'notice',
    attrs: { id: 'no-workspace' },
    text: 'Open a folder to keep a journal: decisions are written to journal.connections.md in the workspace.'
  });
  readonly tabEmpty = el('p', { className: 'tab-empty', attrs: { id: 'tab-empty', role: 'status' } });
  readonly list = el('div', {
    className: 'list',
    attrs: { id: 'list', role: 'list', tabindex: '0', 'aria-label': 'People', 'data-testid': 'list' }
  });
  readonly live = el('div', {
    className: 'sr-only',
    attrs: { id: 'live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }
  });
  readonly help = el('details', { className: 'help', attrs: { id: 'keyboard-help' } }, [
    el('summary', { text: 'Keyboard' }),
    el(
      'ul',
      {},
      [
        ['↑ / ↓', 'move through the list'],
        ['Enter', 'open the person (or expand a burst)'],
        ['← / →', 'collapse / expand a burst'],
        ['A', 'accept'],
        ['D', 'decline'],
        ['F', 'defer until the date in the detail pane'],
        ['/', 'search'],
        ['Esc', 'clear search / back to list']
      ].map(([key, what]) => el('li', {}, [el('kbd', { text: key }), el('span', { text: ` ${what}` })]))
    )
  ]);
  readonly root: HTMLElement;
  private readonly tabButtons = new Map<InboxTab, { node: HTMLButtonElement; count: HTMLSpanElement }>();

  constructor(onTab: (tab: InboxTab) => void) {
    // Until the first data arrives only the loading state shows.
    this.empty.hidden = true;
    this.tabEmpty.hidden = true;
    this.noWorkspace.hidden = true;
    for (const tab of TABS) {
      const count = el('span', { className: 'count', text: '0' });
      const node = el(
        'button',
        {
          className: 'tab',
          attrs: {
            type: 'button',
            role: 'tab',
            id: `tab-${tab}`,
            'data-tab': tab,
            'aria-selected': 'false',
            'aria-controls': 'list'
          }
        },
        [el('span', { text: TAB_LABELS[tab] }), count]
      );
      node.addEventListener('click', () => onTab(tab));
      this.tabs.appendChild(node);
      this.tabButtons.set(tab, { node, count });
    }
    // A tablist moves with Left/Right (and Home/End), activating as it goes.
    this.tabs.addEventListener('keydown', (event) => {
      const current = TABS.findIndex((t) => this.tabButtons.get(t)!.node === document.activeElement);
      if (current < 0) return;
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const target =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? TABS.length - 1
            : step
              ? (current + step + TABS.length) % TABS.length
              : -1;
      if (target < 0) return;
      event.preventDefault();
      onTab(TABS[target]);
      this.tabButtons.get(TABS[target])!.node.focus();
    });
    this.root = el('main', { className: 'app', attrs: { id: 'app', 'data-testid': 'app' } }, [
      el('div', { className: 'toolbar' }, [this.search, this.sort]),
      this.tabs,
      this.loading,
      this.feedErrors,
      this.noWorkspace,
      this.empty,
      this.tabEmpty,
      this.list,
      this.help,
      this.live
    ]);
  }

  setTab(tab: InboxTab): void {
    // Lets the stylesheet drop the status badge a tab already states ("accepted" in Accepted).
    document.body.dataset.tab = tab;
    for (const [key, { node }] of this.tabButtons) {
      node.setAttribute('aria-selected', String(key === tab));
      node.tabIndex = key === tab ? 0 : -1;
    }
  }

  setCounts(counts: TabCounts): void {
    for (const [key, { node, count }] of this.tabButtons) {
      setText(count, String(counts[key]));
      node.setAttribute('aria-label', `${TAB_LABELS[key]}, ${counts[key]}`);
    }
  }

  setFeeds(feeds: readonly FeedStatusInfo[], loading: boolean): void {
    this.loading.hidden = !loading;
    const failing = feeds.filter((f) => f.error);
    // A capped feed is not an error, but never silent: say how many items were not kept.
    const capped = feeds.filter((f) => !f.error && (f.dropped ?? 0) > 0);
    this.feedErrors.replaceChildren(
      ...capped.map((feed) =>
        el('div', { className: 'feed-capped', attrs: { role: 'status', 'data-testid': 'feed-capped' } }, [
          el('span', { text: `${feed.label}: ${capNote(feed.dropped ?? 0) ?? ''}` })
        ])
      ),
      ...failing.map((feed) =>
        el(
          'div',
          { className: 'feed-error', attrs: { role: 'alert', 'data-key': feed.key, 'data-testid': 'feed-error' } },
          [
            el('span', { className: 'feed-error-text', text: `${feed.label}: ${feed.error ?? ''}` }),
            button(feed.loading ? 'Retrying…' : 'Retry', 'retry-feed', { 'data-key': feed.key })
          ]
        )
      )
    );
  }

  announce(text: string): void {
    // Clearing first makes screen readers repeat an identical announcement.
    this.live.textContent = '';
    requestAnimationFrame(() => setText(this.live, text));
  }
}
