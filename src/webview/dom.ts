/**
 * The only way the webview builds DOM. Text always goes through textContent and attributes
 * through setAttribute with names chosen here, so feed, journal or model text can never become
 * markup, script or a live link.
 */
export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Node[] = []
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  if (options.attrs) for (const [name, value] of Object.entries(options.attrs)) node.setAttribute(name, value);
  for (const child of children) node.appendChild(child);
  return node;
}

export function button(label: string, action: string, attrs: Record<string, string> = {}): HTMLButtonElement {
  return el('button', { text: label, attrs: { type: 'button', 'data-action': action, ...attrs } });
}

export function setText(node: Element, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

export function show(node: HTMLElement, visible: boolean): void {
  node.hidden = !visible;
}

/** YYYY-MM-DD a number of days after a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "14:05" for an instant, '' for a bare day or nothing. */
export function timeOfDay(date: string | null): string {
  if (!date || /^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  const time = Date.parse(date);
  if (Number.isNaN(time)) return '';
  const d = new Date(time);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** How many of the latest log lines a person view lists; older ones are counted, not shown. */
export const LOG_SHOWN = 50;

/** The items of a person's log list (latest LOG_SHOWN, a count of older ones, or an empty note), as text. */
export function logItems(log: readonly { date: string; text: string }[]): HTMLLIElement[] {
  const shown = log.slice(-LOG_SHOWN);
  const items = shown.map((line) =>
    el('li', {}, [
      el('span', { className: 'log-date', text: line.date }),
      el('span', { className: 'log-text', text: line.text })
    ])
  );
  if (log.length > shown.length) {
    items.unshift(
      el('li', { className: 'log-more', text: `${log.length - shown.length} earlier entries are in the journal` })
    );
  }
  if (items.length === 0) items.push(el('li', { className: 'log-empty', text: 'Nothing logged yet.' }));
  return items;
}
