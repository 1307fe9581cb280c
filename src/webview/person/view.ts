/**
 * The person panel's DOM: built once, then updated in place so nothing jumps while the user
 * types (buttons keep their place, "Draft" and "Stop" share one button, the journal button is
 * disabled rather than hidden). Every piece of person, feed or model text goes through
 * textContent; links are shown as text and only ask the host to open them.
 */
import { QUESTIONS } from '../../core/types';
import type { PersonModel } from '../../shared/personProtocol';
import { button, el, logItems, setText } from '../dom';

export interface PanelElements {
  root: HTMLElement;
  empty: HTMLElement;
  person: HTMLElement;
  name: HTMLHeadingElement;
  headline: HTMLElement;
  meta: HTMLElement;
  link: HTMLButtonElement;
  openInJournal: HTMLButtonElement;
  pin: HTMLButtonElement;
  emptyTitle: HTMLElement;
  emptyText: HTMLElement;
  emptyUnpin: HTMLButtonElement;
  message: HTMLElement;
  deferDate: HTMLInputElement;
  warmthSlot: HTMLElement;
  networkSlot: HTMLElement;
  answers: HTMLTextAreaElement[];
  draftKind: HTMLSelectElement;
  draftText: HTMLTextAreaElement;
  draftCounter: HTMLElement;
  draftStatus: HTMLElement;
  draftToggle: HTMLButtonElement;
  findingsSlot: HTMLElement;
  logList: HTMLElement;
  logText: HTMLInputElement;
  notice: HTMLElement;
  noticeText: HTMLElement;
  undo: HTMLButtonElement;
}

export function buildPanel(): PanelElements {
  const name = el('h1', { attrs: { id: 'person-name', tabindex: '-1' } });
  const headline = el('p', { className: 'headline', attrs: { id: 'person-headline' } });
  const meta = el('p', { className: 'meta', attrs: { id: 'person-meta' } });
  const link = el('button', {
    className: 'link',
    attrs: { type: 'button', id: 'person-link', 'data-action': 'open-link' }
  });
  const openInJournal = button('Open in journal', 'reveal-in-journal', { id: 'open-in-journal' });
  const message = el('blockquote', { className: 'invitation', attrs: { id: 'person-message' } });
  const deferDate = el('input', {
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
  const warmthSlot = el('section', { className: 'slot', attrs: { id: 'slot-warmth', 'data-slot': 'warmth' } });
  const networkSlot = el('section', { className: 'slot', attrs: { id: 'slot-network', 'data-slot': 'network' } });
  const findingsSlot = el('section', { className: 'slot', attrs: { id: 'slot-findings', 'data-slot': 'findings' } });
  const answers = QUESTIONS.map((_, index) =>
    el('textarea', { className: 'grow', attrs: { id: `answer-${index}`, 'data-question': String(index), rows: '2' } })
  );
  const questions = QUESTIONS.map((question, index) =>
    el('div', { className: 'question' }, [
      el('label', { text: `${index + 1}. ${question}`, attrs: { for: `answer-${index}` } }),
      answers[index]
    ])
  );
  const draftKind = el('select', { attrs: { id: 'draft-kind', 'aria-label': 'Draft kind' } }, [
    el('option', { text: 'LinkedIn note (300 chars)', attrs: { value: 'note' } }),
    el('option', { text: 'Message', attrs: { value: 'message' } }),
    el('option', { text: 'Email', attrs: { value: 'email' } })
  ]);
  const draftText = el('textarea', {
    className: 'grow',
    attrs: {
      id: 'draft-text',
      rows: '6',
      'aria-label': 'Draft text',
      placeholder: 'Draft a first message with your local model, then edit it. Nothing is sent.'
    }
  });
  const draftCounter = el('span', { className: 'counter', attrs: { id: 'draft-counter' } });
  const draftStatus = el('p', { className: 'draft-status', attrs: { id: 'draft-status' } });
  const draftToggle = button('Draft', 'draft-toggle', { id: 'draft-toggle' });
  const logList = el('ul', { className: 'log', attrs: { id: 'log' } });
  const logText = el('input', {
    attrs: {
      id: 'log-text',
      type: 'text',
      maxlength: '2000',
      placeholder: 'e.g. Sent a hello note',
      'aria-label': 'Action to log'
    }
  });
  const pin = button('Pin', 'pin', { id: 'pin-toggle', 'aria-pressed': 'false' });
  const noticeText = el('span', { attrs: { id: 'notice-text' } });
  const undo = button('Undo', 'undo', { id: 'notice-undo' });
  const notice = el('div', { className: 'notice', attrs: { id: 'notice', role: 'status', 'aria-live': 'polite' } }, [
    noticeText,
    undo,
    button('Dismiss', 'dismiss-notice', { 'aria-label': 'Dismiss' })
  ]);
  notice.hidden = true;
  const person = el('article', { attrs: { id: 'person', 'aria-labelledby': 'person-name' } }, [
    el('header', {}, [name, headline, meta, el('div', { className: 'header-actions' }, [pin, link, openInJournal])]),
    message,
    el('div', { className: 'decisions', attrs: { role: 'group', 'aria-label': 'Decision' } }, [
      button('Accept', 'accept', { title: 'Accept (A)', id: 'decide-accept' }),
      button('Decline', 'decline', { title: 'Decline (D)', id: 'decide-decline' }),
      button('Defer', 'defer', { title: 'Defer until the date (F)', id: 'decide-defer' }),
      el('label', { className: 'defer-label', text: 'until', attrs: { for: 'defer-date' } }),
      deferDate
    ]),
    warmthSlot,
    el('section', { className: 'questions', attrs: { 'aria-label': 'Deliberation questions' } }, [
      el('h2', { text: 'Deliberate' }),
      ...questions.slice(0, 4),
      networkSlot,
      ...questions.slice(4)
    ]),
    el('section', { className: 'draft', attrs: { 'aria-label': 'Draft' } }, [
      el('h2', { text: 'Draft' }),
      el('div', { className: 'draft-bar' }, [
        draftKind,
        draftToggle,
        button('Copy', 'draft-copy'),
        button('Save to journal', 'draft-save'),
        draftCounter
      ]),
      draftText,
      draftStatus,
      findingsSlot
    ]),
    el('section', { className: 'log-section', attrs: { 'aria-label': 'Log' } }, [
      el('h2', { text: 'Log' }),
      logList,
      el('div', { className: 'log-add' }, [logText, button('Log', 'log')])
    ])
  ]);
  const emptyTitle = el('h1', { attrs: { id: 'empty-title' } });
  const emptyText = el('p', { attrs: { id: 'empty-text' } });
  const emptyUnpin = button('Unpin', 'pin', { id: 'empty-unpin' });
  const empty = el('section', { className: 'empty', attrs: { id: 'empty' } }, [emptyTitle, emptyText, emptyUnpin]);
  const root = el('main', {}, [empty, person, notice]);
  return {
    root,
    empty,
    person,
    name,
    headline,
    meta,
    link,
    openInJournal,
    pin,
    emptyTitle,
    emptyText,
    emptyUnpin,
    message,
    deferDate,
    warmthSlot,
    networkSlot,
    answers,
    draftKind,
    draftText,
    draftCounter,
    draftStatus,
    draftToggle,
    findingsSlot,
    logList,
    logText,
    notice,
    noticeText,
    undo
  };
}

/** Fills the header, slots and log for a person; answers and the draft are left to the caller. */
export function renderPerson(ui: PanelElements, person: PersonModel): void {
  setText(ui.name, person.name);
  setText(ui.headline, [person.headline, person.via ? `via ${person.via}` : ''].filter(Boolean).join(' · '));
  const dates = [
    person.date ? `seen ${person.date.slice(0, 10)}` : '',
    person.decided ? `decided ${person.decided}` : '',
    person.followUp ? `follow-up ${person.followUp}` : ''
  ];
  setText(
    ui.meta,
    [person.source, person.status, ...dates, person.tags.length ? `tags: ${person.tags.join(', ')}` : '']
      .filter(Boolean)
      .join(' · ')
  );
  setText(ui.link, person.link ?? '');
  ui.link.hidden = !person.link;
  ui.openInJournal.disabled = !person.inJournal;
  ui.openInJournal.title = person.inJournal ? 'Show this entry in the journal editor' : 'Not in the journal yet';
  setText(ui.message, person.message ?? '');
  ui.message.hidden = !person.message;
  renderWarmth(ui.warmthSlot, person.warmth);
  renderNetwork(ui.networkSlot, person.network);
  renderFindings(ui.findingsSlot, person.findings);
  ui.logList.replaceChildren(...logItems(person.log));
}

/** Slot: relationship evidence (warmth 0–100, band, reasons). Empty and hidden until the data exists. */
function renderWarmth(slot: HTMLElement, warmth: PersonModel['warmth']): void {
  slot.hidden = !warmth;
  if (!warmth) return slot.replaceChildren();
  slot.replaceChildren(
    el('h2', { text: `Warmth ${Math.round(warmth.score)} · ${warmth.band}` }),
    el(
      'ul',
      { className: 'reasons' },
      warmth.reasons.map((reason) => el('li', { text: reason }))
    )
  );
}

/** Slot: who they know and introduction paths (data for questions 5 and 6). */
function renderNetwork(slot: HTMLElement, network: PersonModel['network']): void {
  slot.hidden = !network;
  if (!network) return slot.replaceChildren();
  slot.replaceChildren(
    el('h3', { text: `Knows ${network.knows.length} ${network.knows.length === 1 ? 'person' : 'people'} you know` }),
    el(
      'ul',
      {},
      network.knows.slice(0, 50).map((p) => el('li', { text: p.kind ? `${p.name} (${p.kind})` : p.name }))
    ),
    ...(network.introPaths?.length
      ? [
          el(
            'ul',
            { className: 'paths' },
            network.introPaths.map((p) => el('li', { text: p.path.join(' → ') + (p.band ? ` · ${p.band}` : '') }))
          )
        ]
      : [])
  );
}

/** Slot: checks on the draft (grounding, length, tone). */
function renderFindings(slot: HTMLElement, findings: PersonModel['findings']): void {
  slot.hidden = !findings?.length;
  if (!findings?.length) return slot.replaceChildren();
  slot.replaceChildren(
    el(
      'ul',
      { className: 'findings' },
      findings.map((f) => el('li', { className: `finding ${f.severity}`, text: `${f.severity}: ${f.message}` }))
    )
  );
}

/** Renders text with `code spans` as <code> (as text, never markup), e.g. error messages. */
export function withCodeSpans(node: HTMLElement, text: string): void {
  const parts = text.split('`');
  // An odd number of backticks leaves the last one unpaired: show it as written.
  if (parts.length % 2 === 0) return void (node.textContent = text);
  node.replaceChildren(...parts.map((part, i) => (i % 2 ? el('code', { text: part }) : document.createTextNode(part))));
}

/** Grows a textarea with its text (no inner scrollbar, no jump of what follows while typing). */
export function autosize(area: HTMLTextAreaElement): void {
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}
