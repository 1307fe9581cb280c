/**
 * End-to-end helper: a real VS Code workbench (code-server) in Debian's Chromium, driven like
 * a person would: activity bar, command palette (F1), editor, and the sidebar webview.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { repoRoot, startCodeServer, type CodeServerOptions, type RunningCodeServer } from './codeServer';

export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

export interface WorkbenchOptions extends Omit<CodeServerOptions, 'withTestRunner' | 'workspaceSettings'> {
  /** Workspace settings merged over the fixture's. */
  settings?: Record<string, unknown>;
  /** 'dark' (default), 'light' or 'hc' (high contrast dark). */
  theme?: 'dark' | 'light' | 'hc';
  viewport?: { width: number; height: number };
}

export interface Workbench {
  page: Page;
  server: RunningCodeServer;
  workspaceDir: string;
  /** Runs a command by its palette title, e.g. 'Deliberate: Open Journal'. */
  runCommand(title: string): Promise<void>;
  /** Clicks the Deliberate activity-bar item and returns the sidebar webview's content frame. */
  openSidebar(): Promise<Frame>;
  /** The content frame of the sidebar webview (waits until it has rendered `readySelector`). */
  sidebarFrame(readySelector?: string): Promise<Frame>;
  readWorkspaceFile(relPath: string): string;
  /** Polls until predicate(file content) is true; returns the content. */
  waitForWorkspaceFile(relPath: string, predicate: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const THEMES = { dark: 'Default Dark Modern', light: 'Default Light Modern', hc: 'Default High Contrast' } as const;

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const server = await startCodeServer({
    ...options,
    workspaceSettings: options.settings,
    userSettings: { 'workbench.colorTheme': THEMES[options.theme ?? 'dark'], ...options.userSettings }
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    await page.goto(server.workbenchUrl);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // Let the extension host come up before the first interaction.
    await page.waitForSelector('.activitybar', { timeout: 30_000 });
    const theBrowser = browser;
    const workbench: Workbench = {
      page,
      server,
      workspaceDir: server.workspaceDir,
      async runCommand(title) {
        // Right after startup the workbench is still restoring and the palette can drop keys or
        // show a stale list; try up to three times before failing with the palette's contents.
        let lastError: unknown;
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            await page.keyboard.press('Escape');
            await page.keyboard.press('F1');
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ state: 'visible', timeout: 10_000 });
            await input.fill(`>${title}`);
            const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
            await row.waitFor({ state: 'visible', timeout: 10_000 });
            await row.click();
            return;
          } catch (error) {
            lastError = error;
            await page.waitForTimeout(1000);
          }
        }
        const rows = await page
          .locator('.quick-input-list .monaco-list-row')
          .allInnerTexts()
          .catch(() => []);
        throw new Error(
          `Command "${title}" not found in the palette after 3 tries (rows: ${rows.slice(0, 5).join(' | ')}): ${lastError}`
        );
      },
      async openSidebar() {
        const item = page.locator('.activitybar [aria-label^="Deliberate"]').first();
        await item.waitFor({ state: 'visible', timeout: 30_000 });
        const expanded = await item.getAttribute('aria-expanded');
        if (expanded !== 'true') await item.click();
        return workbench.sidebarFrame();
      },
      async sidebarFrame(readySelector = '[data-testid="app"]') {
        const deadline = Date.now() + 45_000;
        while (Date.now() < deadline) {
          // A webview view is an iframe (pre/index.html) holding the content frame (pre/fake.html).
          for (const frame of page.frames()) {
            if (frame === page.mainFrame() || !frame.url().includes('/webview/')) continue;
            try {
              if ((await frame.locator(readySelector).count()) > 0) return frame;
            } catch {
              // frame navigated away mid-check
            }
          }
          await page.waitForTimeout(250);
        }
        throw new Error(`No sidebar webview frame rendered ${readySelector} within 45 s`);
      },
      readWorkspaceFile(relPath) {
        return readFileSync(join(server.workspaceDir, relPath), 'utf8');
      },
      async waitForWorkspaceFile(relPath, predicate, timeoutMs = 15_000) {
        const path = join(server.workspaceDir, relPath);
        const deadline = Date.now() + timeoutMs;
        let last = '';
        while (Date.now() < deadline) {
          if (existsSync(path)) {
            last = readFileSync(path, 'utf8');
            if (predicate(last)) return last;
          }
          await page.waitForTimeout(200);
        }
        throw new Error(`${relPath} did not reach the expected content within ${timeoutMs} ms. Last content:\n${last}`);
      },
      async screenshot(name) {
        mkdirSync(screenshotDir, { recursive: true });
        const file = join(screenshotDir, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async close() {
        await theBrowser.close().catch(() => undefined);
        await server.stop();
      }
    };
    return workbench;
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
