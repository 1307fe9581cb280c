/**
 * Draws a person's network: d3-force lays it out (run to rest before drawing, so the picture
 * does not jiggle), SVG draws it. Nodes carry status and warmth as classes, edges their kind
 * as a class (dash and colour in media/network.css, with a legend); names are text nodes.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { GraphEdgeInfo, GraphNodeInfo } from '../../shared/networkViewProtocol';

const SVG = 'http://www.w3.org/2000/svg';

interface LaidNode extends SimulationNodeDatum, GraphNodeInfo {}

export interface Graph {
  center: string;
  nodes: GraphNodeInfo[];
  edges: GraphEdgeInfo[];
}

/** Runs the force layout to rest; returns positions by id. */
export function layout(graph: Graph): Map<string, { x: number; y: number }> {
  const nodes: LaidNode[] = graph.nodes.map((n) => ({ ...n }));
  const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<LaidNode, { source: string; target: string }>(links).id((d) => d.id)
    )
    .force('charge', forceManyBody())
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  for (let i = 0; i < ticks; i++) simulation.tick();
  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** The picture as an SVG element; `onOpen` is called with a node's id on click or Enter. */
export function drawNetwork(graph: Graph, onOpen: (id: string) => void): SVGSVGElement {
  const positions = layout(graph);
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  // Room for the labels on the right, and a minimum size so a small network is not blown up.
  const pad = 40;
  const labelRoom = 160;
  const width = Math.max(maxX - minX + 2 * pad + labelRoom, 600);
  const height = Math.max(maxY - minY + 2 * pad, 400);
  const left = (minX + maxX) / 2 - (width - labelRoom) / 2;
  const top = (minY + maxY) / 2 - height / 2;
  const root = svg('svg', {
    class: 'network-picture',
    viewBox: `${left} ${top} ${width} ${height}`,
    role: 'img',
    'aria-label': `Network of ${graph.nodes.find((n) => n.id === graph.center)?.name ?? 'this person'}`
  });
  const edgeLayer = svg('g', { class: 'edges' });
  for (const edge of graph.edges) {
    const a = positions.get(edge.source);
    const b = positions.get(edge.target);
    if (!a || !b) continue;
    edgeLayer.appendChild(
      svg('line', {
        class: `edge edge-${edge.kind}`,
        x1: String(a.x),
        y1: String(a.y),
        x2: String(b.x),
        y2: String(b.y)
      })
    );
  }
  const nodeLayer = svg('g', { class: 'nodes' });
  for (const node of graph.nodes) {
    const p = positions.get(node.id) ?? { x: 0, y: 0 };
    const classes = [
      'node',
      `hop-${node.hop}`,
      `status-${node.status ?? 'unknown'}`,
      `warmth-${node.warmth ?? 'unknown'}`,
      node.known ? 'known' : ''
    ];
    const group = svg('g', {
      class: classes.filter(Boolean).join(' '),
      transform: `translate(${p.x},${p.y})`,
      'data-id': node.id
    });
    group.appendChild(svg('circle', { r: node.hop === 0 ? '10' : '6' }));
    const label = svg('text', { x: '9', y: '4' });
    label.textContent = node.name;
    group.appendChild(label);
    const title = svg('title', {});
    title.textContent = `${node.name} · ${node.status ?? 'not in journal'}${node.warmth ? ` · ${node.warmth}` : ''}`;
    group.appendChild(title);
    group.addEventListener('click', () => onOpen(node.id));
    nodeLayer.appendChild(group);
  }
  root.append(edgeLayer, nodeLayer);
  return root;
}
