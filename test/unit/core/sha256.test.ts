import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../src/core/text/sha256';

describe('sha256Hex (pure, replaces node:crypto in core)', () => {
  it('matches the FIPS 180-4 / NIST vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    );
    assert.equal(sha256Hex('a'.repeat(1_000_000)), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with node:crypto on UTF-8 text of every padding length (so feed ids do not change)', () => {
    const samples = ['feeds/network.rss\nAda Lovelace accepted your invitation', 'Zoë Ñúñez 😀 接続', '\u0000\r\n'];
    for (let n = 0; n < 200; n++) samples.push('x'.repeat(n), 'é'.repeat(n));
    for (const text of samples) {
      assert.equal(sha256Hex(text), createHash('sha256').update(text).digest('hex'), JSON.stringify(text.slice(0, 20)));
    }
  });
});
