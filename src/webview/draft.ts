/**
 * The outreach draft area. Text streams in from the host (batched to one paint per animation
 * frame), can be stopped, copied, regenerated or saved to the journal. It is a textarea so the
 * person reviews and edits before anything leaves; nothing is ever sent from here.
 */
import type { DraftUpdateInfo, WebviewMessage } from '../shared/protocol';
import { button, el, setText } from './dom';
import { FindingsList } from './findings';

const NOTE_LIMIT = 300;

const STATE_TEXT: Record<DraftUpdateInfo['state'], string> = {
  loading: 'Loading model…',
  streaming: 'Writing…',
  done: 'Done. Review and edit it; nothing is sent automatically.',
  cancelled: 'Stopped.',
  incomplete: 'Incomplete: the stream ended early. The partial draft is kept.',
  truncated: 'Truncated: the model hit its length limit.',
  error: 'The draft failed.'
};

export interface DraftHost {
  post(message: WebviewMessage): void;
  announce(text: string): void;
  kind(): 'note' | 'message' | 'email';
  setKind(kind: 'note' | 'message' | 'email'): void;
  follow(personId: string): void;
}

export class DraftArea {
  private personId: string | null = null;
  private update: DraftUpdateInfo | null = null;
  private pending: DraftUpdateInfo | null | undefined;
  private frame = 0;
  /** Set when this view's own Draft/Regenerate button started a run: only then may focus move. */
  private requestedHere: string | null = null;
  /** A run just started: bring the draft area into view once it shows that run's person. */
  private revealPending = false;
  private focusPending = false;
  private readonly kindSelect = el('select', { attrs: { id: 'draft-kind', 'aria-label': 'Draft kind' } }, [
    el('option', { text: 'LinkedIn note (300 chars)', attrs: { value: 'note' } }),
    el('option', { text: 'Message', attrs: { value: 'message' } }),
    el('option', { text: 'Email', attrs: { value: 'email' } }),
    // Shown for a draft started from Find an Introduction (it needs a target); never picked here.
    el('option', { text: 'Introduction request', attrs: { value: 'intro', disabled: '' } })
  ]);
  private readonly text = el('textarea', {
    attrs: {
      id: 'draft-text',
      rows: '6',
      'aria-label': 'Draft text',
      placeholder: 'Draft outreach to write a first message with your local model.'
    }
  });
  private readonly counter = el('span', { className: 'counter', attrs: { id: 'draft-counter', 'aria-live': 'off' } });
  private readonly status = el('p', { className: 'draft-status', attrs: { id: 'draft-status' } });
  private readonly startButton = button('Draft outreach', 'draft');
  private readonly stopButton = button('Stop', 'stop-draft');
  private readonly copyButton = button('Copy', 'copy-draft');
  private readonly regenButton = button('Regenerate', 'regenerate-draft');
  private readonly saveButton = button('Save to journal', 'save-draft');
  /** Regenerate with a note: "shorter", "mention the meetup"; the card stays the same. */
  private readonly noteInput = el('input', {
    attrs: {
      id: 'draft-note',
      type: 'text',
      maxlength: '200',
      'aria-label': 'Note for Regenerate',
      placeholder: 'Note for Regenerate: shorter, mention the meetup…'
    }
  });
  private readonly grounding = el('p', { className: 'draft-grounding', attrs: { id: 'draft-grounding' } });
  private readonly findings = new FindingsList(this.text);

  constructor(
    private readonly root: HTMLElement,
    private readonly host: DraftHost
  ) {
    root.append(
      el('h3', { text: 'Draft outreach', attrs: { id: 'draft-title' } }),
      el('div', { className: 'draft-controls' }, [this.kindSelect, this.startButton, this.stopButton]),
      this.text,
      el('div', { className: 'draft-footer' }, [this.counter, this.copyButton, this.regenButton, this.saveButton]),
      this.noteInput,
      this.status,
      this.grounding,
      this.findings.root
    );
    this.kindSelect.value = host.kind();
    this.kindSelect.addEventListener('change', () => {
      host.setKind(this.kindSelect.value as 'note' | 'message' | 'email');
      this.renderCounter();
    });
    this.text.addEventListener('input', () => this.renderCounter());
    root.addEventListener('click', (event) => this.onClick(event));
    this.render();
  }

  /** The person the detail pane shows; a draft for someone else is not shown over theirs. */
  setPerson(personId: string | null, savedDraft: string | null): void {
    if (personId === this.personId) return;
    this.personId = personId;
    const live = this.update && this.update.personId === personId ? this.update : null;
    this.text.value = live ? live.text : (savedDraft ?? '');
    this.render();
    this.renderFindings();
    this.revealIfPending();
  }

  private renderFindings(): void {
    const mine = this.update && this.update.personId === this.personId ? this.update : null;
    const ended = mine !== null && mine.state !== 'loading' && mine.state !== 'streaming';
    this.findings.show(ended ? mine.findings : undefined, this.text.value);
    const label =
      ended && mine.grounding && mine.grounding !== 'checked'
        ? mine.grounding === 'incomplete'
          ? 'Incomplete: the model stopped mid-draft.'
          : 'Unchecked for grounding: the facts this draft relies on are unknown.'
        : ended && mine.grounding === 'checked'
          ? 'Checked against the person card (facts cited, names, length, wording).'
          : '';
    setText(this.grounding, label);
    this.root.setAttribute('data-grounding', ended && mine.grounding ? mine.grounding : '');
  }

  /** Called per host message; painting waits for the next animation frame. */
  receive(update: DraftUpdateInfo | null): void {
    this.pending = update;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const next = this.pending;
      this.pending = undefined;
      if (next !== undefined) this.apply(next);
    });
  }

  private apply(update: DraftUpdateInfo | null): void {
    const previous = this.update?.state;
    this.update = update;
    if (update && update.state === 'loading') {
      this.revealPending = true;
      // Started from the palette or a CodeLens, the editor keeps the focus; from here, Stop gets it.
      this.focusPending = this.requestedHere === update.personId;
      this.requestedHere = null;
      if (update.personId !== this.personId) this.host.follow(update.personId);
    }
    if (update && update.personId === this.personId) {
      if (this.text.value !== update.text) this.text.value = update.text;
      if (update.kind !== this.kindSelect.value) this.kindSelect.value = update.kind;
    }
    if (update && update.state !== previous) {
      this.host.announce(
        update.state === 'error'
          ? `Draft failed: ${update.error ?? ''}`
          : `Draft ${update.state === 'done' ? 'ready for review' : STATE_TEXT[update.state]}`
      );
    }
    this.render();
    this.renderFindings();
    this.revealIfPending();
  }

  /**
   * Scrolls the draft area into view for a run that just started, once it shows that run's
   * person (a palette-started draft selects the person first, and the detail arrives later).
   * 'nearest' and no smooth scrolling: no jump when it is already visible, and tests see it at once.
   */
  private revealIfPending(): void {
    if (!this.revealPending || !this.running()) return;
    if (this.root.getClientRects().length === 0) return; // the detail pane is not shown yet
    this.revealPending = false;
    this.root.scrollIntoView({ block: 'nearest' });
    if (this.focusPending) this.stopButton.focus({ preventScroll: true });
    this.focusPending = false;
  }

  private running(): boolean {
    return (
      this.update !== null &&
      this.update.personId === this.personId &&
      (this.update.state === 'loading' || this.update.state === 'streaming')
    );
  }

  private render(): void {
    const running = this.running();
    const mine = this.update && this.update.personId === this.personId ? this.update : null;
    // Stop disappears when the run ends; keep keyboard focus in the draft instead of losing it to the page.
    const stopHadFocus = !running && document.activeElement === this.stopButton;
    this.stopButton.hidden = !running;
    this.startButton.hidden = running;
    this.startButton.disabled = this.personId === null;
    this.text.readOnly = running;
    this.root.setAttribute('aria-busy', String(running));
    this.root.setAttribute('data-state', mine?.state ?? 'idle');
    const hasText = this.text.value.length > 0;
    this.copyButton.disabled = !hasText || running;
    this.saveButton.disabled = !hasText || running;
    this.regenButton.disabled = running || this.personId === null;
    if (stopHadFocus) this.text.focus({ preventScroll: true });
    if (mine) {
      setText(
        this.status,
        mine.state === 'error'
          ? (mine.error ?? STATE_TEXT.error)
          : `${STATE_TEXT[mine.state]}${mine.model ? ` (${mine.model})` : ''}`
      );
    } else if (this.update && (this.update.state === 'loading' || this.update.state === 'streaming')) {
      setText(this.status, 'A draft for someone else is in progress.');
    } else setText(this.status, '');
    this.renderCounter();
  }

  private renderCounter(): void {
    const isNote = this.kindSelect.value === 'note';
    this.counter.hidden = !isNote;
    const length = [...this.text.value].length;
    setText(this.counter, `${length}/${NOTE_LIMIT}`);
    this.counter.classList.toggle('over', isNote && length > NOTE_LIMIT);
  }

  private onClick(event: MouseEvent): void {
    const action = (event.target as Element | null)?.closest('[data-action]')?.getAttribute('data-action');
    const kind = this.kindSelect.value as 'note' | 'message' | 'email';
    if (!action || !this.personId) return;
    if (action === 'draft' || action === 'regenerate-draft') {
      this.requestedHere = this.personId;
      const note = action === 'regenerate-draft' ? this.noteInput.value.trim() : '';
      this.host.post({ type: 'draftStart', id: this.personId, kind, ...(note ? { note } : {}) });
    } else if (action === 'stop-draft') this.host.post({ type: 'draftCancel' });
    else if (action === 'copy-draft') this.host.post({ type: 'draftCopy', text: this.text.value });
    else if (action === 'save-draft') {
      this.host.post({ type: 'draftSave', id: this.personId, kind, text: this.text.value });
    }
  }
}
