import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import type * as vscode from 'vscode';
import { FeedMemoryStore } from '../../../src/feeds/cache';

/** An in-memory Memento, as workspaceState behaves across sessions (JSON round trip). */
function memento(): vscode.Memento & { raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return {
    raw,
    keys: () => [...raw.keys()],
    get: <T>(key: string, fallback?: T) => (raw.has(key) ? (JSON.parse(raw.get(key)!) as T) : fallback),
    update: async (key: string, value: unknown) => {
      raw.set(key, JSON.stringify(value));
    }
  } as vscode.Memento & { raw: Map<string, string> };
}

const event = {
  id: 'feed:1',
  person: 'B',
  via: 'A',
  link: null,
  date: null,
  title: 'A is now connected to B',
  source: 'Net',
  headline: ''
};

describe('feeds glue: FeedMemoryStore', () => {
  it('remembers validators and events per feed across sessions, and forgets removed feeds', async () => {
    const state = memento();
    const first = new FeedMemoryStore(state);
    first.set('feeds/a.rss', {
      etag: '"1"',
      lastModified: 'Tue, 24 Nov 2026 09:00:00 GMT',
      events: [event],
      itemCount: 3,
      skipped: 0
    });
    first.set('secret:x', { events: [], itemCount: 0, skipped: 1 });
    await first.flush();
    const second = new FeedMemoryStore(state);
    assert.equal(second.get('feeds/a.rss')?.etag, '"1"');
    assert.deepEqual(second.get('feeds/a.rss')?.events, [event]);
    second.retain(new Set(['feeds/a.rss']));
    await second.flush();
    assert.equal(new FeedMemoryStore(state).get('secret:x'), undefined);
    assert.ok(new FeedMemoryStore(state).get('feeds/a.rss'));
  });

  it('ignores corrupt stored state and never lets "__proto__" keys reach the prototype', () => {
    const state = memento();
    state.raw.set(
      'deliberate.feeds.memory.v1',
      '{"bad":{"events":"nope"},"__proto__":{"events":[],"itemCount":0,"skipped":0}}'
    );
    const store = new FeedMemoryStore(state);
    assert.equal(store.get('bad'), undefined);
    assert.deepEqual(store.get('__proto__')?.events, [], 'kept as an ordinary key');
    assert.equal(store.get('other'), undefined);
    assert.equal(({} as Record<string, unknown>).events, undefined);
    store.dispose();
  });
});
