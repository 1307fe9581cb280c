/**
 * The extension-host suites reach the services through the explicit test API that activate()
 * returns only in a test run (DELIBERATE_TEST_API=1, set by test/harness/run-integration.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DeliberateApi } from '../../src/api';
import type { Services } from '../../src/services';

export async function activateDeliberate(): Promise<DeliberateApi> {
  const extension = vscode.extensions.getExtension<DeliberateApi | undefined>('deliberate.deliberate');
  assert.ok(extension, 'extension deliberate.deliberate is installed');
  const api = await extension.activate();
  assert.ok(api, 'activate() returned the Deliberate API (activation failed otherwise; see the log)');
  return api;
}

/** The services behind the test API; fails the suite if the test API is off. */
export async function testServices(): Promise<Services> {
  const api = await activateDeliberate();
  assert.ok(api.testing, 'the test API is on (DELIBERATE_TEST_API=1 in the extension host)');
  return api.testing.services;
}
