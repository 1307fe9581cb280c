import * as assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOllamaClient, splitCredentials } from '../../../src/node/llm/client';

describe('Ollama host with credentials (user:pass@host)', () => {
  it('splits the credentials off the host into a Basic header', () => {
    const { host, authorization } = splitCredentials('http://me:s%40cret@127.0.0.1:11434');
    assert.equal(host, 'http://127.0.0.1:11434');
    assert.equal(authorization, `Basic ${Buffer.from('me:s@cret').toString('base64')}`);
    assert.deepEqual(splitCredentials('http://127.0.0.1:11434'), { host: 'http://127.0.0.1:11434' });
  });

  it('sends the header to the server instead of failing in fetch', async () => {
    let seen: IncomingHttpHeaders | undefined;
    const server = createServer((req, res) => {
      seen = req.headers;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ models: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createOllamaClient(`http://me:pw@127.0.0.1:${port}`);
      const listed = await client.list();
      assert.deepEqual(listed.models, []);
      assert.equal(seen?.authorization, `Basic ${Buffer.from('me:pw').toString('base64')}`);
    } finally {
      server.close();
    }
  });
});
