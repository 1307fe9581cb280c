/**
 * Questions 5 and 6 with data: above the user's own answers, the people they know who know
 * this person (with companies) and the warmest introduction paths, each name a button that
 * selects that person. Text only (textContent), like the rest of the detail pane.
 */
import type { PersonNetworkInfo } from '../shared/networkProtocol';
import { el } from './dom';

export class NetworkBlock {
  /** Goes above question 5's answer. */
  readonly whoKnows = el('div', {
    className: 'network-who',
    attrs: { id: 'network-who', 'data-testid': 'network-who' }
  });
  /** Goes above question 6's answer. */
  readonly paths = el('div', {
    className: 'network-paths',
    attrs: { id: 'network-paths', 'data-testid': 'network-paths' }
  });
  private shownFor: string | null = null;

  constructor(onSelect: (id: string) => void) {
    for (const root of [this.whoKnows, this.paths]) {
      root.hidden = true;
      root.addEventListener('click', (event) => {
        const target = (event.target as Element | null)?.closest('[data-person]');
        const id = target?.getAttribute('data-person');
        if (id) onSelect(id);
      });
    }
  }

  /** Clears the block when another person is shown, until their network arrives. */
  person(id: string | null): void {
    if (id === this.shownFor) return;
    this.shownFor = null;
    this.whoKnows.hidden = true;
    this.paths.hidden = true;
  }

  show(id: string, info: PersonNetworkInfo | null, selected: string | null): void {
    if (id !== selected) return;
    this.shownFor = id;
    if (!info) {
      this.whoKnows.hidden = true;
      this.paths.hidden = true;
      return;
    }
    const known = info.knownBy.filter((row) => row.known);
    const others = info.knownBy.length - known.length + (info.total - info.knownBy.length);
    const who: Node[] = [el('span', { className: 'network-title', text: 'Known by: ' })];
    if (known.length === 0) who.push(el('span', { text: 'nobody you know yet' }));
    known.forEach((row, i) => {
      if (i) who.push(document.createTextNode(', '));
      who.push(personButton(row.id, row.name));
      const extra = [row.company, `${row.kind}, ${row.source}, since ${row.since}`].filter(Boolean).join(' · ');
      who.push(el('span', { className: 'network-meta', text: ` (${extra})` }));
    });
    if (others > 0) {
      who.push(el('span', { className: 'network-meta', text: ` · ${others} more people you do not know` }));
    }
    for (const warning of info.warnings.slice(0, 3)) who.push(el('p', { className: 'network-warning', text: warning }));
    this.whoKnows.replaceChildren(...who);
    this.whoKnows.hidden = false;

    const best = info.paths[0];
    const paths: Node[] = [el('span', { className: 'network-title', text: 'Warmest path: ' })];
    if (!best) paths.push(el('span', { text: 'none within two hops' }));
    else {
      best.path.forEach((step, i) => {
        if (i) paths.push(document.createTextNode(' → '));
        paths.push(personButton(step.id, step.name));
      });
      paths.push(el('span', { className: 'network-meta', text: ` (${best.band}) ${best.reasons}` }));
    }
    this.paths.replaceChildren(...paths);
    this.paths.hidden = false;
  }
}

function personButton(id: string, name: string): HTMLButtonElement {
  return el('button', {
    className: 'link-button',
    text: name,
    attrs: { type: 'button', 'data-person': id, title: `Show ${name}` }
  });
}
