/**
 * The network in the real extension host: a feed refresh records its edges beside the journal,
 * and the service the sidebar detail uses (questions 5 and 6) answers who knows the new person.
 */
import { testServices } from '../support/extensionApi';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Services } from '../../src/services';
import { networkFileFor } from '../../src/node/network';
import { pollUntil } from './support/poll';

describe('network (extension host)', function () {
  this.timeout(90_000);
  let services: Services;

  before(async () => {
    const extension = vscode.extensions.getExtension<Services>('deliberate.deliberate');
    assert.ok(extension);
    services = await testServices();
    assert.ok(services.network, 'activate() provides the network service');
  });

  it('a feed refresh records edges in <journal>.network.tsv, and the detail data shows them', async () => {
    const journal = services.journal.uri();
    assert.ok(journal, 'the workspace has a journal path');
    const file = networkFileFor(journal.fsPath);
    await services.feeds.refresh();
    const priya = await pollUntil(
      'Priya Raman from the fixture feed',
      () => services.feeds.events().find((e) => e.person === 'Priya Raman'),
      30_000,
      100
    );
    const text = await pollUntil(
      'the network file to hold the Jeff Wolfe → Priya Raman edge',
      () => {
        const body = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        return body.includes('Jeff Wolfe\t') && body.includes('Priya Raman') ? body : undefined;
      },
      30_000,
      100
    );
    assert.match(text, /^# deliberate network v1/);
    const before = text.split('\n').length;
    await services.feeds.refresh();
    assert.equal(fs.readFileSync(file, 'utf8').split('\n').length, before, 'a second refresh adds no duplicates');
    const summary = await services.network!.personNetwork(priya.id);
    assert.ok(summary, 'the network loads');
    assert.ok(
      summary.knownBy.some((row) => row.name === 'Jeff Wolfe' && row.kind === 'connected'),
      JSON.stringify(summary.knownBy)
    );
  });
});
