/** The host opens a person's link from its own records, never a URL the webview names. */
import * as assert from 'node:assert/strict';
import { personLinkToOpen } from '../../../src/sidebar/urls';

describe('sidebar links: looked up by person id on the host', () => {
  const records = new Map([
    ['ada', { event: { link: 'https://example.com/in/ada' } }],
    ['js', { event: { link: 'javascript:alert(1)' } }],
    ['file', { event: { link: 'file:///etc/passwd' } }],
    ['none', { event: { link: null } }]
  ]);

  it("opens the listed person's own http(s) link", () => {
    assert.deepEqual(personLinkToOpen(records, 'ada'), { ok: true, url: 'https://example.com/in/ada' });
  });

  it('refuses non-http(s) links from a feed or journal', () => {
    assert.deepEqual(personLinkToOpen(records, 'js'), { ok: false, reason: 'not-http', url: 'javascript:alert(1)' });
    assert.equal(personLinkToOpen(records, 'file').ok, false);
  });

  it('opens nothing for an unknown id (e.g. a URL sent as the id) or a person without a link', () => {
    assert.deepEqual(personLinkToOpen(records, 'https://evil.example/phish'), { ok: false, reason: 'unknown-person' });
    assert.deepEqual(personLinkToOpen(records, 'none'), { ok: false, reason: 'no-link' });
  });
});
