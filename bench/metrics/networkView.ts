/**
 * network.view.render.ratio (issue 12): the Show Network picture of a 500-node neighbourhood,
 * drawn and settled, ÷ d3-force with its default forces drawing the same graph on a bare page.
 * Both run in the same headless Chromium in the same run. Ours is the production dist/network.js
 * behind the panel's real HTML and CSP, fed the graph as the host's message (validation, layout
 * to rest, SVG, the people list); the baseline is a tiny script bundled here with esbuild from
 * d3-force: forceSimulation + forceLink + forceManyBody + forceCenter, ticked to rest (the same
 * number of ticks the default alpha schedule takes), then one circle per node and one line per
 * edge. Each side is timed inside its page from the start of the work to the next animation
 * frame after the DOM is complete.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/harness/browser';
import { buildNetworkHtml } from '../../src/network/panelHtml';
import { createNonce } from '../../src/sidebar/html';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { perRunRatios } from '../lib/stats';
import { pairedRuns, type RunPlan } from '../lib/timing';
import { PRODUCTION_DIST } from './bundle';

const ORIGIN = 'https://webview.test';
const repoRoot = join(__dirname, '..', '..');
const NODES = 500;
const EDGES = 1_200;

const BARE_ENTRY = `
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
const SVG = 'http://www.w3.org/2000/svg';
window.drawBare = (graph) => new Promise((resolve) => {
  const start = performance.now();
  const nodes = graph.nodes.map((n) => ({ id: n.id }));
  const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id))
    .force('charge', forceManyBody())
    .force('center', forceCenter(0, 0))
    .stop();
  const ticks = Math.ceil(Math.log(sim.alphaMin()) / Math.log(1 - sim.alphaDecay()));
  for (let i = 0; i < ticks; i++) sim.tick();
  const root = document.createElementNS(SVG, 'svg');
  root.setAttribute('viewBox', '-400 -400 800 800');
  for (const l of links) {
    const line = document.createElementNS(SVG, 'line');
    line.setAttribute('x1', String(l.source.x));
    line.setAttribute('y1', String(l.source.y));
    line.setAttribute('x2', String(l.target.x));
    line.setAttribute('y2', String(l.target.y));
    line.setAttribute('stroke', '#999');
    root.appendChild(line);
  }
  for (const n of nodes) {
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('cx', String(n.x));
    c.setAttribute('cy', String(n.y));
    c.setAttribute('r', '6');
    root.appendChild(c);
  }
  document.body.replaceChildren(root);
  requestAnimationFrame(() => resolve(performance.now() - start));
});
`;

/** A seeded 500-node neighbourhood: a centre, ~60 first-hop people, the rest second-hop. */
export function generateNeighbourhood(requestId: number): unknown {
  let seed = 500;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const kinds = ['connected', 'follows', 'via', 'conversation', 'colleague', 'knows'];
  const warmths = ['strong', 'warm', 'light', 'cold', null];
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    id: `https://www.linkedin.com/in/p${i}`,
    name: `Person ${i}`,
    status: i % 3 === 0 ? 'accepted' : i % 3 === 1 ? 'new' : null,
    hop: i === 0 ? 0 : i <= 60 ? 1 : 2,
    known: i % 4 === 0,
    warmth: warmths[i % warmths.length]
  }));
  const edges: { source: string; target: string; kind: string }[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    edges.push({ source: nodes[a].id, target: nodes[b].id, kind: kinds[edges.length % kinds.length] });
  };
  for (let i = 1; i <= 60; i++) add(0, i);
  for (let i = 61; i < NODES; i++) add(1 + Math.floor(next() * 60), i);
  while (edges.length < EDGES) add(Math.floor(next() * NODES), Math.floor(next() * NODES));
  return { type: 'graph', requestId, center: nodes[0].id, nodes, edges, omitted: 0 };
}

async function openOurs(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const nonce = createNonce();
  const html = buildNetworkHtml({
    cspSource: ORIGIN,
    nonce,
    scriptUri: `${ORIGIN}/dist/network.js`,
    styleUri: `${ORIGIN}/media/network.css`
  });
  const stub = `<script nonce="${nonce}">window.acquireVsCodeApi = () => ({ postMessage: () => undefined });</script>`;
  const script = readFileSync(join(PRODUCTION_DIST, 'network.js'));
  const css = readFileSync(join(repoRoot, 'media', 'network.css'));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/index.html`) {
      return route.fulfill({ contentType: 'text/html', body: html.replace('<body>', `<body>${stub}`) });
    }
    if (url === `${ORIGIN}/dist/network.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
    if (url === `${ORIGIN}/media/network.css`) return route.fulfill({ contentType: 'text/css', body: css });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/index.html`);
  return page;
}

async function openBare(browser: Browser): Promise<Page> {
  const built = await esbuild.build({
    stdin: { contents: BARE_ENTRY, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent'
  });
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/bare.html`) {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><body><script src="bare.js"></script>' });
    }
    if (url === `${ORIGIN}/bare.js`) {
      return route.fulfill({ contentType: 'text/javascript', body: built.outputFiles[0].text });
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/bare.html`);
  return page;
}

/**
 * Posts the graph as the host would and waits for the DOM to be complete, then the next frame.
 * Page code goes as source text: tsx's helpers (__name) do not exist inside the page.
 */
const TIME_OURS = `(m) => new Promise((resolve, reject) => {
  const wanted = String(m.requestId);
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (document.body.getAttribute('data-rendered') !== wanted) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - start));
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['data-rendered'] });
  window.postMessage(m, '*');
  setTimeout(() => reject(new Error('the network picture did not render within 30 s')), 30000);
})`;

function timeOurs(page: Page, message: unknown): Promise<number> {
  return page.evaluate(`(${TIME_OURS})(${JSON.stringify(message)})`) as Promise<number>;
}

function timeBare(page: Page, message: unknown): Promise<number> {
  return page.evaluate(`window.drawBare(${JSON.stringify(message)})`) as Promise<number>;
}

export async function networkViewRender(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'network.view.render.ratio';
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const ours = await openOurs(browser);
    const bare = await openBare(browser);
    let requestId = 0;
    const graph = () => generateNeighbourhood(++requestId);
    await timeOurs(ours, graph());
    const drawn = await ours.locator('svg.network-picture g.node').count();
    const lines = await ours.locator('svg.network-picture line.edge').count();
    if (drawn !== NODES || lines !== EDGES) throw new Error(`the picture drew ${drawn} nodes and ${lines} edges`);
    await timeBare(bare, graph());
    if ((await bare.locator('circle').count()) !== NODES) throw new Error('the bare page did not draw every node');
    const runs = await pairedRuns(
      plan,
      () => timeOurs(ours, graph()),
      () => timeBare(bare, graph())
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'd3-force defaults ticked to rest + bare SVG, bare page', samples: runs.baseline },
      note: `${NODES} nodes, ${EDGES} edges; message to next frame after the DOM is complete`
    };
  } catch (error) {
    return notMeasured(name, error);
  } finally {
    await browser?.close();
  }
}
