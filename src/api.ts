/**
 * What `activate` returns: `vscode.extensions.getExtension('deliberate.deliberate').exports`.
 * Small on purpose; other extensions and scripts may rely on it, so it changes only with
 * `apiVersion`. The service bag is not part of it: tests reach the services through
 * `testing`, which exists only in a test run.
 */
import type * as vscode from 'vscode';
import type { Services } from './services';

export interface DeliberateApi {
  /** Bumped on any breaking change to this interface. */
  readonly apiVersion: 1;
  /** The journal file in use, or undefined (no workspace folder, or deliberate.journalPath was refused). */
  journalUri(): vscode.Uri | undefined;
  /** Fetches every configured feed now. Never rejects: errors land in each feed's status in the sidebar. */
  refreshFeeds(): Promise<void>;
  /** Test-only hooks; undefined outside tests (see isTestRun). */
  readonly testing?: DeliberateTestApi;
}

/** For the extension-host suites: the services the areas share. Not a stable API. */
export interface DeliberateTestApi {
  readonly services: Services;
}

/** Environment variable the test harnesses set for the extension host (code-server passes it through). */
export const TEST_API_ENV = 'DELIBERATE_TEST_API';

/** A test run: VS Code's own test mode, or a harness that says so through the environment. */
export function isTestRun(mode: vscode.ExtensionMode, env: Record<string, string | undefined>): boolean {
  return mode === 3 /* vscode.ExtensionMode.Test */ || env[TEST_API_ENV] === '1';
}

export function createApi(services: Services, testRun: boolean): DeliberateApi {
  return {
    apiVersion: 1,
    journalUri: () => services.journal.uri(),
    refreshFeeds: () => services.feeds.refresh(),
    testing: testRun ? { services } : undefined
  };
}
