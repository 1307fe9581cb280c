/**
 * The detail pane: who the person is, the eight deliberation questions with answers that save
 * themselves (debounced, on blur, or with Save), the decision buttons, and the log. Every piece
 * of person text is set with textContent; the link is shown as text and only asks the host.
 */
import { QUESTIONS } from '../core/types';
import { MAX_ANSWER, type PersonDetail, type WebviewMessage } from '../shared/protocol';
import { addDays, button, el, logItems, setText } from './dom';
import { unsavedKey, type ViewState } from './state';

const SAVE_DELAY_MS = 800;

export interface DetailHost {
  post(message: WebviewMessage): void;
  state: ViewState;
  saveState(): void;
  announce(text: string): void;
  today(): string;
  deferDays(): number;
  decide(id: string, decision: 'accepted' | 'declined' | 'deferred'): void;
}

export class DetailPane {
  readonly root: HTMLElement;
  readonly draftSlot: HTMLElement;
  private detail: PersonDetail | null = null;
  private readonly name = el('h2', { attrs: { id: 'detail-name', tabindex: '-1' } });
  private readonly headline = el('p', { className: 'headline', attrs: { id: 'detail-headline' } });
  private readonly via = el('p', { className: 'via', attrs: { id: 'detail-via' } });
  private readonly meta = el('p', { className: 'meta', attrs: { id: 'detail-meta' } });
  private readonly link = el('a', {
    className: 'link',
    attrs: { id: 'detail-link', href: '#', 'data-action': 'open-link', role: 'button' }
  });
  private readonly openInJournal = button('Open in journal', 'reveal-in-journal', {
    title: 'Show this entry in the journal editor'
  });
  private readonly message = el('blockquote', { className: 'invitation', attrs: { id: 'detail-message' } });
  readonly deferDate = el('input', {
    // Text, not type=date: a date input shows the locale's format, and dates here are ISO everywhere.
    attrs: {
      id: 'defer-date',
      type: 'text',
      inputmode: 'numeric',
      pattern: '\\d{4}-\\d{2}-\\d{2}',
      placeholder: 'YYYY-MM-DD',
      maxlength: '10',
      'aria-label': 'Follow-up date for Defer (YYYY-MM-DD)'
    }
  });
  private readonly answers: HTMLTextAreaElement[] = [];
  /** Per question: data shown above the user's answer (questions 5 and 6: the network). */
  readonly questionSlots: HTMLElement[] = [];
  /** Per question: shown instead of saving when the journal's answer is too long to edit here. */
  private readonly tooLongNotes: HTMLElement[] = [];
  private readonly answerStatus = el('span', {
    className: 'save-state',
    attrs: { id: 'answers-status', role: 'status' }
  });
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly logList = el('ul', { className: 'log', attrs: { id: 'log' } });
  private readonly logText = el('input', {
    attrs: {
      id: 'log-text',
      type: 'text',
      maxlength: '2000',
      placeholder: 'e.g. Sent a hello note',
      'aria-label': 'Action to log'
    }
  });

  constructor(private readonly host: DetailHost) {
    const questions = QUESTIONS.map((question, index) => {
      const area = el('textarea', {
        attrs: { id: `answer-${index}`, 'data-question': String(index), rows: '2', maxlength: String(MAX_ANSWER) }
      });
      area.addEventListener('input', () => this.onAnswerInput(index));
      area.addEventListener('blur', () => this.flushAnswer(index));
      this.answers.push(area);
      const note = el('p', { className: 'answer-too-long', attrs: { id: `answer-${index}-too-long` } }, [
        el('span', { text: 'This answer is too long to edit here; only its start is shown. ' }),
        button('Edit in journal', 'edit-answer-in-journal', { title: 'Open this entry in the journal editor' })
      ]);
      note.hidden = true;
      this.tooLongNotes.push(note);
      const slot = el('div', { className: 'question-data' });
      this.questionSlots.push(slot);
      return el('div', { className: 'question' }, [
        el('label', { text: `${index + 1}. ${question}`, attrs: { for: `answer-${index}` } }),
        slot,
        area,
        note
      ]);
    });
    this.draftSlot = el('section', { className: 'draft', attrs: { id: 'draft', 'aria-labelledby': 'draft-title' } });
    this.root = el(
      'section',
      { className: 'detail', attrs: { id: 'detail', 'data-testid': 'detail', 'aria-labelledby': 'detail-name' } },
      [
        el('header', {}, [
          this.name,
          this.headline,
          this.via,
          this.meta,
          this.link,
          button('Open', 'open-person', { title: 'Open this person in the editor area (Enter)' }),
          this.openInJournal
        ]),
        this.message,
        el('div', { className: 'decisions', attrs: { role: 'group', 'aria-label': 'Decision' } }, [
          button('Accept', 'accept', { title: 'Accept (A)' }),
          button('Decline', 'decline', { title: 'Decline (D)' }),
          button('Defer', 'defer', { title: 'Defer until the date (F)' }),
          el('label', { className: 'defer-label', text: 'until', attrs: { for: 'defer-date' } }),
          this.deferDate
        ]),
        el('section', { className: 'questions', attrs: { 'aria-label': 'Deliberation questions' } }, [
          el('h3', { text: 'Deliberate' }),
          ...questions,
          el('div', { className: 'row-actions' }, [button('Save answers', 'save-answers'), this.answerStatus])
        ]),
        this.draftSlot,
        el('section', { className: 'log-section', attrs: { 'aria-label': 'Log' } }, [
          el('h3', { text: 'Log' }),
          this.logList,
          el('div', { className: 'log-add' }, [this.logText, button('Log an action', 'log')])
        ])
      ]
    );
    this.root.hidden = true;
    this.root.addEventListener('click', (event) => this.onClick(event));
    this.logText.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.logAction();
    });
  }

  /** Summary only (header and decisions) while the person panel shows the full detail. */
  setCompact(compact: boolean): void {
    if (compact) this.flushAll();
    this.root.classList.toggle('compact', compact);
  }

  current(): PersonDetail | null {
    return this.detail;
  }

  show(detail: PersonDetail | null): void {
    const samePerson = detail !== null && this.detail?.id === detail.id;
    if (!samePerson) this.flushAll();
    this.detail = detail;
    this.root.hidden = detail === null;
    if (!detail) return;
    setText(this.name, detail.name);
    setText(this.headline, detail.headline);
    this.headline.hidden = !detail.headline;
    setText(this.via, detail.via ? `via ${detail.via}` : '');
    this.via.hidden = !detail.via;
    const meta = [
      detail.source,
      detail.status,
      detail.decided ? `decided ${detail.decided}` : '',
      detail.followUp ? `follow-up ${detail.followUp}` : '',
      detail.tags.length ? `tags: ${detail.tags.join(', ')}` : '',
      detail.warmth ? `warmth ${detail.warmth.score} ${detail.warmth.band} (${detail.warmth.reasons.join('; ')})` : ''
    ];
    setText(this.meta, meta.filter(Boolean).join(' · '));
    setText(this.link, detail.link ?? '');
    this.link.hidden = !detail.link;
    this.openInJournal.hidden = !detail.inJournal;
    setText(this.message, detail.message ?? '');
    this.message.hidden = !detail.message;
    if (!samePerson || !this.deferDate.value) {
      this.deferDate.value =
        detail.followUp && detail.followUp > this.host.today()
          ? detail.followUp
          : addDays(this.host.today(), this.host.deferDays());
    }
    detail.answers.forEach((saved, index) => {
      const area = this.answers[index];
      const tooLong = this.isTooLong(index);
      // Only the start of this answer is here: saving it would cut the rest off the journal.
      area.readOnly = tooLong;
      this.tooLongNotes[index].hidden = !tooLong;
      if (tooLong) {
        delete this.host.state.unsaved[unsavedKey(detail.id, index)];
        clearTimeout(this.timers.get(index));
        this.timers.delete(index);
        if (area.value !== saved) area.value = saved;
        return;
      }
      const pending = this.host.state.unsaved[unsavedKey(detail.id, index)];
      // Never overwrite what the user is typing; a pending edit wins over the journal's copy.
      if (samePerson && document.activeElement === area) return;
      const value = pending ?? saved;
      if (area.value !== value) area.value = value;
      if (pending !== undefined && pending !== saved) this.scheduleSave(index);
    });
    this.renderLog(detail);
  }

  focus(): void {
    this.name.focus();
  }

  private isTooLong(index: number): boolean {
    return this.detail?.answersTooLong?.includes(index) ?? false;
  }

  private renderLog(detail: PersonDetail): void {
    this.logList.replaceChildren(...logItems(detail.log));
  }

  private onAnswerInput(index: number): void {
    if (!this.detail || this.isTooLong(index)) return;
    this.host.state.unsaved[unsavedKey(this.detail.id, index)] = this.answers[index].value;
    this.host.saveState();
    setText(this.answerStatus, 'Unsaved changes…');
    this.scheduleSave(index);
  }

  private scheduleSave(index: number): void {
    clearTimeout(this.timers.get(index));
    this.timers.set(
      index,
      setTimeout(() => this.flushAnswer(index), SAVE_DELAY_MS)
    );
  }

  /** Sends a pending answer now (blur, Save, switching person). */
  flushAnswer(index: number): void {
    clearTimeout(this.timers.get(index));
    this.timers.delete(index);
    if (!this.detail) return;
    const key = unsavedKey(this.detail.id, index);
    const text = this.host.state.unsaved[key];
    if (text === undefined) return;
    delete this.host.state.unsaved[key];
    this.host.saveState();
    if (this.isTooLong(index)) return;
    if (text === this.detail.answers[index]) return;
    this.detail.answers[index] = text;
    this.host.post({ type: 'saveAnswer', id: this.detail.id, index, text });
    setText(this.answerStatus, 'Saved to the journal.');
  }

  flushAll(): void {
    for (let i = 0; i < this.answers.length; i++) this.flushAnswer(i);
  }

  private logAction(): void {
    const text = this.logText.value.trim();
    if (!this.detail || !text) return;
    this.host.post({ type: 'appendLog', id: this.detail.id, text });
    this.logText.value = '';
    this.host.announce(`Logged for ${this.detail.name}: ${text}`);
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as Element | null)?.closest('[data-action]');
    if (!target || !this.detail) return;
    const action = target.getAttribute('data-action');
    if (action === 'open-link') {
      event.preventDefault();
      // Only the person is named: the host looks the link up and checks it itself.
      if (this.detail.link) this.host.post({ type: 'openLink', id: this.detail.id });
    } else if (action === 'accept') this.host.decide(this.detail.id, 'accepted');
    else if (action === 'decline') this.host.decide(this.detail.id, 'declined');
    else if (action === 'defer') this.host.decide(this.detail.id, 'deferred');
    else if (action === 'save-answers') this.flushAll();
    else if (action === 'open-person') this.host.post({ type: 'openPerson', id: this.detail.id });
    else if (action === 'reveal-in-journal' || action === 'edit-answer-in-journal') {
      this.host.post({ type: 'revealInJournal', id: this.detail.id });
    } else if (action === 'log') this.logAction();
  }
}
