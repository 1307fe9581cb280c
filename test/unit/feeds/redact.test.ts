import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { hasSecret, redactText, redactUrl } from '../../../src/node/http';
import { selectFeedSettings } from '../../../src/core/feeds';

describe('http core: token redaction', () => {
  it('spots tokens in userinfo and token-like query parameters', () => {
    assert.equal(hasSecret('https://user:pw@example.com/feed'), true);
    assert.equal(hasSecret('https://example.com/feed?token=abc123'), true);
    assert.equal(hasSecret('https://example.com/feed?api_key=abc123'), true);
    assert.equal(hasSecret('https://example.com/feed?page=2&lang=en'), false);
    assert.equal(hasSecret('feeds/network.rss'), false);
  });

  it('redacts URLs and free text', () => {
    assert.equal(
      redactUrl('https://user:pw@example.com/feed?token=abc123&page=2'),
      'https://***@example.com/feed?token=***&page=2'
    );
    const url = 'https://example.com/feed?secret=s3cr3tvalue';
    assert.equal(
      redactText(`fetch ${url} failed; s3cr3tvalue rejected`, url),
      'fetch https://example.com/feed?secret=*** failed; *** rejected'
    );
  });
});

describe('feeds core: which feed settings count', () => {
  const user = [{ url: 'https://me.example/feed', label: 'Mine' }];
  const merged = [...user, { url: 'https://attacker.example/x' }, { url: '../../etc/feed.rss' }];

  it('trusted: the effective (merged) value', () => {
    assert.deepEqual(
      selectFeedSettings(merged, { globalValue: user }, true).map((f) => f.url),
      ['https://me.example/feed', 'https://attacker.example/x', '../../etc/feed.rss']
    );
  });

  it('untrusted: only the user-level value, never workspace entries', () => {
    assert.deepEqual(selectFeedSettings(undefined, { globalValue: user }, false), [
      { url: 'https://me.example/feed', label: 'Mine', pattern: undefined }
    ]);
    assert.deepEqual(selectFeedSettings(merged, { globalValue: undefined }, false), []);
  });

  it('drops malformed entries and duplicates', () => {
    assert.deepEqual(
      selectFeedSettings(
        [null, 3, { url: 7 }, { url: '  ' }, { url: 'a.rss', pattern: '' }, { url: 'a.rss' }],
        undefined,
        true
      ),
      [{ url: 'a.rss', label: undefined, pattern: undefined }]
    );
  });
});

describe('redact: tokens that do not announce themselves', () => {
  it('treats an opaque query value under any name as a secret', () => {
    const url = 'https://example.com/activity.rss?t=Zx81kQp0aLm29vBnC7dE';
    assert.equal(hasSecret(url), true);
    assert.equal(redactUrl(url), 'https://example.com/activity.rss?t=***');
    assert.doesNotMatch(redactText(`fetch ${url} failed`, url), /Zx81kQp0aLm29vBnC7dE/);
  });

  it('treats a long random path segment as a capability token', () => {
    const url = 'https://example.com/feeds/9f8e7d6c5b4a39281706f5e4d3c2b1a0.atom';
    assert.equal(hasSecret(url), true);
    assert.equal(redactUrl(url), 'https://example.com/feeds/***');
  });

  it('leaves ordinary feed URLs alone', () => {
    for (const url of [
      'https://github.com/octocat.atom',
      'https://example.com/blog/2026/11/feed.xml?page=2',
      'https://example.com/rss?lang=en-US&format=atom'
    ]) {
      assert.equal(hasSecret(url), false, url);
    }
  });
});
