/**
 * The Show Network panel's script: validates every host message, draws the picture, and keeps
 * a keyboard-usable list of the same people beside it (the accessible alternative).
 */
import {
  networkHostMessageSchema,
  networkViewMessageSchema,
  type NetworkHostMessage,
  type NetworkViewMessage
} from '../../shared/networkViewProtocol';
import { el } from '../dom';
import { drawNetwork } from './draw';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
function post(message: NetworkViewMessage): void {
  if (networkViewMessageSchema.safeParse(message).success) vscode.postMessage(message);
}

const KIND_LABELS: Record<string, string> = {
  connected: 'connected (feed)',
  follows: 'follows (directed)',
  via: 'via (journal)',
  conversation: 'small group conversation (weak)',
  colleague: 'same company (weak)',
  knows: 'written by you'
};

const status = el('p', { className: 'network-status', attrs: { role: 'status', id: 'network-status' } });
const picture = el('div', { className: 'network-canvas', attrs: { id: 'network-canvas' } });
const list = el('ul', {
  className: 'network-list',
  attrs: { id: 'network-list', 'aria-label': 'People in this network' }
});
const legend = el(
  'ul',
  { className: 'network-legend', attrs: { 'aria-label': 'Edge kinds' } },
  Object.entries(KIND_LABELS).map(([kind, label]) =>
    el('li', {}, [el('span', { className: `swatch edge-${kind}` }), el('span', { text: label })])
  )
);
document.body.append(
  el('main', { className: 'network-layout' }, [
    status,
    el('div', { className: 'network-body' }, [picture, el('aside', {}, [el('h2', { text: 'People' }), list, legend])])
  ])
);

function open(id: string): void {
  post({ type: 'open', id });
}

function render(message: Extract<NetworkHostMessage, { type: 'graph' }>): void {
  const center = message.nodes.find((n) => n.id === message.center);
  status.textContent =
    message.nodes.length <= 1
      ? `No known connections for ${center?.name ?? 'this person'} yet.`
      : `${center?.name ?? ''}: ${message.nodes.length - 1} people within two hops` +
        (message.omitted ? `, ${message.omitted} more not drawn (too many for one picture)` : '');
  picture.replaceChildren(drawNetwork(message, open));
  const items = message.nodes.map((node) => {
    const detail = [
      node.hop === 0 ? 'this person' : `${node.hop} hop${node.hop > 1 ? 's' : ''}`,
      node.status ?? 'not in journal'
    ];
    if (node.warmth) detail.push(`warmth ${node.warmth}`);
    return el('li', {}, [
      el('button', {
        className: 'link-button',
        text: node.name,
        attrs: { type: 'button', 'data-id': node.id }
      }),
      el('span', { className: 'network-meta', text: ` ${detail.join(' · ')}` })
    ]);
  });
  list.replaceChildren(...items);
  document.body.setAttribute('data-rendered', String(message.requestId));
}

list.addEventListener('click', (event) => {
  const id = (event.target as Element | null)?.closest('[data-id]')?.getAttribute('data-id');
  if (id) open(id);
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = networkHostMessageSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', message: `rejected a host message: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
    return;
  }
  try {
    render(parsed.data);
  } catch (error) {
    post({ type: 'error', message: String((error as Error).message ?? error).slice(0, 500) });
  }
});

post({ type: 'ready' });
