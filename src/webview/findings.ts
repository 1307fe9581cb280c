/**
 * Draft findings next to the draft text: severity, what, where. Clicking one selects its span in
 * the textarea so the user sees exactly what is meant. Reusable by any pane that shows a draft
 * (the sidebar's draft area today, the person panel next). Findings never block copying or saving.
 */
import type { FindingInfo } from '../shared/protocol';
import { el, setText } from './dom';

const SEVERITY_LABEL: Record<FindingInfo['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export class FindingsList {
  readonly root = el('div', { className: 'draft-findings', attrs: { id: 'draft-findings' } });
  private readonly summary = el('p', { className: 'findings-summary', attrs: { id: 'draft-findings-summary' } });
  private readonly list = el('ul', { className: 'findings-list', attrs: { 'aria-label': 'Draft checks' } });
  private findings: readonly FindingInfo[] = [];
  /** The text the findings were computed for: after an edit, spans may point elsewhere. */
  private checkedText = '';

  constructor(private readonly textarea: HTMLTextAreaElement) {
    this.root.append(this.summary, this.list);
    this.root.hidden = true;
    this.list.addEventListener('click', (event) => {
      const item = (event.target as Element | null)?.closest('[data-finding]');
      if (item) this.select(Number(item.getAttribute('data-finding')));
    });
  }

  /** `undefined` findings: no check ran (yet); an empty list: checked, nothing found. */
  show(findings: readonly FindingInfo[] | undefined, text: string): void {
    this.findings = findings ?? [];
    this.checkedText = text;
    this.list.replaceChildren();
    if (findings === undefined) {
      this.root.hidden = true;
      return;
    }
    this.root.hidden = false;
    const problems = findings.filter((f) => f.severity !== 'info').length;
    setText(
      this.summary,
      findings.length === 0 ? 'Checks: nothing found.' : `Checks: ${problems} to review (copying is never blocked).`
    );
    findings.forEach((finding, index) => {
      const where = finding.end > finding.start ? ` — “${clip(text.slice(finding.start, finding.end))}”` : '';
      const item = el('li', { className: `finding finding-${finding.severity}` }, [
        el(
          'button',
          {
            attrs: {
              type: 'button',
              'data-finding': String(index),
              'data-code': finding.code,
              'data-severity': finding.severity,
              title: finding.end > finding.start ? 'Select this in the draft' : ''
            }
          },
          [
            el('span', { className: 'finding-severity', text: SEVERITY_LABEL[finding.severity] }),
            el('span', { className: 'finding-message', text: ` ${finding.message}` }),
            el('span', { className: 'finding-where', text: where })
          ]
        )
      ]);
      this.list.append(item);
    });
  }

  /** Selects the finding's span; if the user edited the draft since, the span is clamped to the text. */
  select(index: number): void {
    const finding = this.findings[index];
    if (!finding) return;
    const length = this.textarea.value.length;
    const start = Math.min(finding.start, length);
    const end = Math.min(Math.max(finding.end, start), length);
    this.textarea.focus({ preventScroll: false });
    this.textarea.setSelectionRange(start, end);
    if (this.textarea.value !== this.checkedText) {
      setText(this.summary, 'The draft changed since it was checked: the selection may be off.');
    }
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
