/** Snapshot of the host-side HTML builder: the CSP that every render ships (pure Node, no browser). */
import * as assert from 'node:assert/strict';
import { buildWebviewHtml, contentSecurityPolicy, createNonce } from '../../src/sidebar/html';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function render(nonce = createNonce()): string {
  return buildWebviewHtml({
    cspSource: CSP_SOURCE,
    nonce,
    scriptUri: `${CSP_SOURCE}/ext/dist/webview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/webview.css`
  });
}

function cspOf(html: string): Map<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(content, 'the page declares a CSP meta tag');
  return new Map(
    content
      .replace(/&#39;|&apos;/g, "'")
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as [string, string];
      })
  );
}

describe('webview HTML and CSP', () => {
  it('matches the policy snapshot', () => {
    assert.equal(
      contentSecurityPolicy(CSP_SOURCE, 'NONCE'),
      `default-src 'none'; img-src ${CSP_SOURCE}; style-src ${CSP_SOURCE}; font-src ${CSP_SOURCE}; script-src 'nonce-NONCE'; base-uri 'none'; form-action 'none'`
    );
  });

  it('allows images, styles and fonts only from the extension, and no network', () => {
    const csp = cspOf(render());
    assert.equal(csp.get('default-src'), "'none'");
    assert.equal(csp.get('img-src'), CSP_SOURCE);
    assert.ok(!/(^|\s)https:(\s|$)/.test(csp.get('img-src')!), 'no bare https: in img-src');
    assert.equal(csp.get('style-src'), CSP_SOURCE);
    assert.equal(csp.get('font-src'), CSP_SOURCE);
    assert.equal(csp.has('connect-src'), false);
    assert.ok(!/unsafe-inline|unsafe-eval|\*/.test([...csp.values()].join(' ')), 'nothing unsafe or wildcarded');
  });

  it('uses a fresh 128-bit nonce on every render, on the only script', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const html = render();
      const scriptSrc = cspOf(html).get('script-src')!;
      const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(scriptSrc)?.[1];
      assert.ok(nonce, scriptSrc);
      assert.equal(Buffer.from(nonce, 'base64').length, 16, '128 bits');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.deepEqual(scripts, [`<script nonce="${nonce}" src="${CSP_SOURCE}/ext/dist/webview.js">`]);
      nonces.add(nonce);
    }
    assert.equal(nonces.size, 50);
  });

  it('has no inline handlers, command URIs or remote references', () => {
    const html = render();
    assert.ok(!/\son\w+=/i.test(html));
    assert.ok(!/command:/.test(html));
    const urls = html.match(/https?:\/\/[^\s"';]+/g) ?? [];
    assert.ok(
      urls.every((u) => u.startsWith(CSP_SOURCE)),
      urls.join(', ')
    );
  });
});
