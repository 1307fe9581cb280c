/**
 * Coalesces a stream of "something changed" marks into at most one flush per interval
 * (~16 ms, one animation frame), so a model emitting hundreds of tokens per second does not
 * flood the webview. Marking costs a boolean check; terminal states flush immediately.
 */
export const FRAME_MS = 16;

export class FrameThrottle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;

  constructor(
    private readonly flush: () => void,
    private readonly intervalMs = FRAME_MS
  ) {}

  /** Schedules a flush no sooner than `intervalMs` after the previous one. */
  mark(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastFlush + this.intervalMs - Date.now());
    this.timer = setTimeout(this.run, wait);
  }

  /** Flushes now (terminal state) and drops any scheduled flush. */
  now(): void {
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly run = (): void => {
    this.timer = undefined;
    this.lastFlush = Date.now();
    this.flush();
  };
}
