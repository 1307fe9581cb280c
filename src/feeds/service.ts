/**
 * The FeedService: fetches every configured feed (never two refreshes at once), keeps a
 * status per feed for the sidebar, remembers validators and last events per feed, and hands
 * out events that are not in the journal yet. Nothing happens at construction: the first
 * refresh starts when events are first asked for, or shortly after startup.
 */
import * as vscode from 'vscode';
import { loadFeed, FeedLoadError } from '../node/feeds';
import { redactText } from '../node/http';
import type { ConnectionEvent } from '../core/types';
import { eventsNotInJournal } from '../core/feeds/fresh';
import type { FeedService, FeedStatus, JournalStore } from '../services';
import { FeedMemoryStore } from './cache';
import { capFeedEvents, capNote } from '../core/feeds/limits';
import { onDidChangeSettings, setting } from '../config/settings';
import { configuredFeeds, feedKey, resolveFeedUrl, workspaceBaseDir, type FeedSetting } from './config';
import { truncate } from '../core/text/truncate';

const STARTUP_DELAY_MS = 4_000;
const PARALLEL_FEEDS = 4;
const MAX_STATUS_TEXT = 500;

export class FeedServiceImpl implements FeedService, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly memory: FeedMemoryStore;
  private readonly status = new Map<string, FeedStatus>();
  private readonly disposables: vscode.Disposable[] = [];
  private running: Promise<void> | undefined;
  /** The feed the current run covers; undefined while a full run (or none) is going. */
  private runningKey: string | undefined;
  private runCancel: vscode.CancellationTokenSource | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  private filtered: ConnectionEvent[] | undefined;
  private disposed = false;
  /** Fires with each fresh fetch's events (the network area records their edges). */
  private readonly fetchedEmitter = new vscode.EventEmitter<{ label: string; events: readonly ConnectionEvent[] }>();
  readonly onDidFetch = this.fetchedEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly journal: JournalStore
  ) {
    this.memory = new FeedMemoryStore(context.workspaceState);
    this.disposables.push(
      this.emitter,
      this.fetchedEmitter,
      this.memory,
      journal.onDidChange(() => this.invalidate()),
      // Also fires for feeds when workspace trust is granted (workspace feeds start to count).
      onDidChangeSettings((change) => {
        if (change.affects('feeds')) void this.refresh();
        else if (change.affects('refreshIntervalMinutes')) this.schedule();
      })
    );
    // The first refresh comes after startup has settled, never inside activate().
    this.timer = setTimeout(() => this.ensureStarted(), STARTUP_DELAY_MS);
  }

  events(): readonly ConnectionEvent[] {
    this.ensureStarted();
    if (!this.filtered) this.filtered = this.collect();
    return this.filtered;
  }

  statuses(): readonly FeedStatus[] {
    this.ensureStarted();
    return configuredFeeds().map((setting) => {
      const key = feedKey(setting);
      return this.status.get(key) ?? this.initialStatus(setting, key);
    });
  }

  /**
   * All feeds, or only the one whose status key is `key`. Runs never overlap: a call joins the
   * current run when that run covers it (a full run, or the same feed), else it starts once the
   * current run has ended.
   */
  refresh(token?: vscode.CancellationToken, key?: string): Promise<void> {
    this.started = true;
    if (this.running && this.runningKey !== undefined && this.runningKey !== key) {
      // One feed is being retried and this call wants another, or all: it waits its turn.
      return this.running.then(() => this.refresh(token, key));
    }
    if (!this.running) {
      this.runCancel = new vscode.CancellationTokenSource();
      this.runningKey = key;
      const run = key === undefined ? this.runAll(this.runCancel.token) : this.runSingle(key, this.runCancel.token);
      // Never rejects (the contract): an unexpected failure is logged, feeds keep their status.
      this.running = run
        .catch((error: unknown) => this.log.error('feeds: refresh failed', error))
        .finally(() => {
          this.running = undefined;
          this.runningKey = undefined;
          this.runCancel?.dispose();
          this.runCancel = undefined;
          // Only a full run restarts the interval: retrying one feed must not postpone the others.
          if (key === undefined) this.schedule();
        });
    }
    if (!token) return this.running;
    // A caller's cancel stops the shared run; its subscription ends with the run.
    const subscription = token.onCancellationRequested(() => this.runCancel?.cancel());
    if (token.isCancellationRequested) this.runCancel?.cancel();
    return this.running.finally(() => subscription.dispose());
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.runCancel?.cancel();
    for (const d of this.disposables) d.dispose();
  }

  private ensureStarted(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    void this.refresh();
  }

  /** Next automatic refresh, N minutes after the last one ended (so runs never overlap). */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed) return;
    const minutes = setting('refreshIntervalMinutes');
    if (!Number.isFinite(minutes) || minutes <= 0) return;
    // setTimeout overflows above ~24.8 days; clamp.
    this.timer = setTimeout(() => void this.refresh(), Math.min(minutes * 60_000, 2 ** 31 - 1));
  }

  private initialStatus(setting: FeedSetting, key: string): FeedStatus {
    const remembered = this.memory.get(key);
    return {
      key: cap(key),
      label: cap(setting.label?.trim() || key),
      lastFetch: remembered?.lastFetch,
      itemCount: remembered?.events.length ?? 0,
      skipped: remembered?.skipped ?? 0,
      dropped: remembered?.dropped ?? 0,
      loading: false
    };
  }

  private async runAll(token: vscode.CancellationToken): Promise<void> {
    const feeds = configuredFeeds();
    const keys = new Set(feeds.map(feedKey));
    for (const key of [...this.status.keys()]) if (!keys.has(key)) this.status.delete(key);
    this.memory.retain(keys);
    for (const setting of feeds) this.setStatus(setting, { loading: true });
    this.emitter.fire();
    const queue = [...feeds];
    const worker = async () => {
      for (let setting = queue.shift(); setting; setting = queue.shift()) await this.refreshOne(setting, token);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_FEEDS, feeds.length) }, worker));
    this.invalidate();
  }

  /** Retries one feed, e.g. from its error state in the sidebar; the other feeds are left alone. */
  private async runSingle(key: string, token: vscode.CancellationToken): Promise<void> {
    const setting = configuredFeeds().find((feed) => feedKey(feed) === key || cap(feedKey(feed)) === key);
    if (!setting) {
      this.log.warn(`feeds: no configured feed "${cap(key)}" to refresh`);
      return;
    }
    this.setStatus(setting, { loading: true });
    this.emitter.fire();
    await this.refreshOne(setting, token);
  }

  private async refreshOne(setting: FeedSetting, token: vscode.CancellationToken): Promise<void> {
    const key = feedKey(setting);
    const name = setting.label?.trim() || key;
    if (token.isCancellationRequested) {
      this.setStatus(setting, { loading: false });
      return;
    }
    const abort = new AbortController();
    const subscription = token.onCancellationRequested(() => abort.abort());
    let url = setting.url;
    try {
      url = await resolveFeedUrl(setting, this.context.secrets);
      const remembered = this.memory.get(key);
      const result = await loadFeed(
        { url, label: setting.label, pattern: setting.pattern },
        {
          baseDir: workspaceBaseDir(),
          feedKey: key,
          etag: remembered?.etag,
          lastModified: remembered?.lastModified,
          signal: abort.signal
        }
      );
      const now = new Date().toISOString();
      if (result.notModified) {
        const kept = remembered ?? { events: [], itemCount: 0, skipped: 0, dropped: 0 };
        this.memory.set(key, {
          ...kept,
          etag: result.etag ?? kept.etag,
          lastModified: result.lastModified ?? kept.lastModified,
          lastFetch: now
        });
        this.setStatus(setting, {
          loading: false,
          lastFetch: now,
          itemCount: kept.events.length,
          skipped: kept.skipped,
          dropped: kept.dropped ?? 0,
          error: undefined
        });
        this.log.info(`feeds: ${name}: not modified (${kept.events.length} events kept)`);
      } else {
        const { skipped, warnings, items } = result.parsed;
        const { kept: events, dropped } = capFeedEvents(result.parsed.events);
        this.memory.set(key, {
          etag: result.etag,
          lastModified: result.lastModified,
          events,
          itemCount: items ?? events.length,
          skipped,
          dropped,
          lastFetch: now
        });
        this.setStatus(setting, {
          loading: false,
          lastFetch: now,
          itemCount: events.length,
          skipped,
          dropped,
          error: undefined
        });
        const note = capNote(dropped);
        if (note) this.log.warn(`feeds: ${name}: ${note}`);
        this.log.info(`feeds: ${name}: ${events.length} connection events from ${items ?? events.length} items`);
        this.fetchedEmitter.fire({ label: name, events });
        for (const warning of warnings) this.log.warn(`feeds: ${name}: ${redactText(warning, url)}`);
      }
    } catch (error) {
      const cancelled = (error instanceof FeedLoadError && error.cancelled) || token.isCancellationRequested;
      const raw = error instanceof Error ? error.message : String(error);
      const message = redactText(error instanceof FeedLoadError ? raw : `feed "${name}": ${raw}`, url);
      if (cancelled) {
        this.setStatus(setting, { loading: false });
        this.log.info(`feeds: ${name}: refresh cancelled`);
      } else {
        this.setStatus(setting, { loading: false, error: message });
        this.log.warn(`feeds: ${message}`);
      }
    } finally {
      subscription.dispose();
      this.invalidate();
    }
  }

  private setStatus(setting: FeedSetting, patch: Partial<FeedStatus>): void {
    const key = feedKey(setting);
    const current = this.status.get(key) ?? this.initialStatus(setting, key);
    const next: FeedStatus = { ...current, ...patch };
    if ('error' in patch && patch.error === undefined) delete next.error;
    if (next.error) next.error = cap(next.error);
    this.status.set(key, next);
  }

  private invalidate(): void {
    this.filtered = undefined;
    if (!this.disposed) this.emitter.fire();
  }

  /** Events of all configured feeds, first occurrence of each person, minus people in the journal. */
  private collect(): ConnectionEvent[] {
    let journalIds: (string | undefined)[] = [];
    try {
      journalIds = this.journal.people().map((person) => person.id);
    } catch (error) {
      this.log.warn(`feeds: could not read journal ids, showing all feed events: ${(error as Error).message}`);
    }
    const feeds = configuredFeeds().map((setting) => this.memory.get(feedKey(setting))?.events ?? []);
    return eventsNotInJournal(feeds, journalIds);
  }
}

function cap(text: string): string {
  return truncate(text, MAX_STATUS_TEXT);
}
