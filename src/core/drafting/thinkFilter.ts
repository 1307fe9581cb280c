/**
 * Reasoning models (deepseek-r1, qwen3, …) on older Ollama versions, or without `think`, put
 * their chain of thought in `content` as `<think>…</think>` before the answer. A draft must show
 * only the answer. The filter decides once, at the start of the stream; after that each chunk
 * costs one comparison.
 */
const OPEN = '<think>';
const CLOSE = '</think>';

export class ThinkFilter {
  private mode: 'undecided' | 'thinking' | 'pass' = 'undecided';
  private held = '';

  /** Returns the part of `delta` that belongs to the draft ('' while thinking or undecided). */
  push(delta: string): string {
    if (this.mode === 'pass') return delta;
    this.held += delta;
    if (this.mode === 'undecided') {
      const start = this.held.trimStart();
      if (start.length < OPEN.length && OPEN.startsWith(start)) return '';
      if (!start.startsWith(OPEN)) return this.release();
      this.mode = 'thinking';
    }
    const end = this.held.indexOf(CLOSE);
    if (end < 0) return '';
    this.held = this.held.slice(end + CLOSE.length).replace(/^\s+/, '');
    return this.release();
  }

  /** At the end of the stream: whatever is still held (an unfinished `<think` prefix is text). */
  flush(): string {
    if (this.mode === 'thinking') return '';
    return this.release();
  }

  private release(): string {
    this.mode = 'pass';
    const text = this.held;
    this.held = '';
    return text;
  }
}
