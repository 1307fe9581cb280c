import * as assert from 'node:assert/strict';
import { emptyTabText } from '../../../src/webview/noMatches';

describe('empty tab text while searching', () => {
  const counts = { inbox: 0, accepted: 2, declined: 0, deferred: 1, followups: 0 };
  it('names the other tabs that have matches', () => {
    assert.equal(
      emptyTabText('ada', 'inbox', counts),
      'No one matches “ada” in Inbox. Matches in Accepted (2), Deferred (1).'
    );
  });
  it('says plainly when no tab matches, and when a tab is empty without a search', () => {
    assert.equal(
      emptyTabText('zzz', 'inbox', { ...counts, accepted: 0, deferred: 0 }),
      'No one matches “zzz” in Inbox.'
    );
    assert.equal(emptyTabText('', 'declined', null), 'No one here right now.');
  });
});
