/**
 * The webview page the bench drives: the same page setup as the webview tests
 * (test/webview/pageSetup.ts: the real HTML and CSP, a stubbed acquireVsCodeApi), serving the
 * bench's private production copy of webview.js, never whatever dist/ holds at that moment.
 */
import type { Browser, Page } from 'playwright-core';
import { openWebviewPage } from '../../test/webview/pageSetup';
import { PRODUCTION_DIST } from './bundle';

export function openBenchView(browser: Browser): Promise<Page> {
  return openWebviewPage(browser, { distDir: PRODUCTION_DIST });
}
