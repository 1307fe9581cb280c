/**
 * What a feed remembers between refreshes and sessions (workspaceState): its ETag and
 * Last-Modified for conditional GET, and its last events, so that a 304 keeps them.
 */
import type * as vscode from 'vscode';
import type { ConnectionEvent } from '../core/types';
import { capFeedEvents } from '../core/feeds/limits';

export interface FeedMemory {
  etag?: string;
  lastModified?: string;
  events: ConnectionEvent[];
  itemCount: number;
  skipped: number;
  /** Events beyond MAX_EVENTS_PER_FEED (core/feeds/limits) that were not kept. */
  dropped?: number;
  lastFetch?: string;
}

const STATE_KEY = 'deliberate.feeds.memory.v1';

export class FeedMemoryStore {
  private memory: Record<string, FeedMemory> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly state: vscode.Memento) {}

  private all(): Record<string, FeedMemory> {
    if (!this.memory) {
      const stored = this.state.get<Record<string, FeedMemory>>(STATE_KEY);
      this.memory = Object.create(null) as Record<string, FeedMemory>;
      if (stored && typeof stored === 'object') {
        for (const [key, value] of Object.entries(stored)) {
          if (value && Array.isArray(value.events)) this.memory[key] = value;
        }
      }
    }
    return this.memory;
  }

  get(key: string): FeedMemory | undefined {
    return this.all()[key];
  }

  set(key: string, value: FeedMemory): void {
    // Bounds workspaceState; the caller counted what the cap drops (FeedStatus.dropped).
    this.all()[key] = { ...value, events: capFeedEvents(value.events).kept };
    this.scheduleSave();
  }

  /** Forgets feeds that are no longer configured. */
  retain(keys: ReadonlySet<string>): void {
    const all = this.all();
    let changed = false;
    for (const key of Object.keys(all)) {
      if (!keys.has(key)) {
        delete all[key];
        changed = true;
      }
    }
    if (changed) this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.saveTimer) return;
    // Coalesce the per-feed updates of one refresh into one write.
    this.saveTimer = setTimeout(() => void this.flush(), 500);
  }

  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.memory) await this.state.update(STATE_KEY, this.memory);
  }

  dispose(): void {
    void this.flush();
  }
}
