/**
 * Forwards draft updates to the webview at most once per ~frame: a 2,000-chunk stream must not
 * become 2,000 postMessage round trips. Terminal states go out at once so Stop feels instant.
 */
import type * as vscode from 'vscode';
import type { DraftUpdate } from '../services';
import type { HostMessageWire } from '../shared/protocol';
import { MAX_ANSWER, MAX_TEXT } from '../shared/protocol';

const FRAME_MS = 16;

export class DraftForwarder implements vscode.Disposable {
  private latest: DraftUpdate | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly post: (message: HostMessageWire) => void) {}

  push(update: DraftUpdate): void {
    this.latest = update;
    const running = update.state === 'loading' || update.state === 'streaming';
    if (!running) return this.flush();
    this.timer ??= setTimeout(() => this.flush(), FRAME_MS);
  }

  /** Re-sends the last update after the webview reloads. */
  replay(): void {
    if (this.latest) this.flush();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const u = this.latest;
    if (!u) return;
    const text = u.text.length > MAX_ANSWER ? u.text.slice(0, MAX_ANSWER) : u.text;
    this.post({
      type: 'draft',
      update: {
        personId: u.personId.slice(0, 2000) || '?',
        kind: u.kind,
        text,
        state: u.state,
        error: u.error?.slice(0, MAX_TEXT),
        model: u.model.slice(0, 2000),
        ...(u.findings
          ? { findings: u.findings.slice(0, 500).map((f) => ({ ...f, message: f.message.slice(0, MAX_TEXT) })) }
          : {}),
        ...(u.grounding ? { grounding: u.grounding } : {})
      }
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
