/**
 * The goals from issue 7, verbatim. They are the yardstick, not a setting: a result that misses
 * one is reported as missing it, and the goal stays where it is.
 */
export interface Goal {
  name: string;
  unit: 'ratio' | 'ms' | 'MB' | 'kB' | 'elements';
  must: number;
  aim: number;
  what: string;
}

export const GOALS: readonly Goal[] = [
  {
    name: 'feed.parse.10k.ratio',
    unit: 'ratio',
    must: 1.2,
    aim: 1.0,
    what: '10,000-item RSS → events ÷ fast-xml-parser XMLParser.parse'
  },
  {
    name: 'csv.import.30k.ratio',
    unit: 'ratio',
    must: 8,
    aim: 5,
    what: '30,000-row Connections.csv → merged against 30,000-entry journal ÷ split(\\n)+split(,)'
  },
  {
    name: 'journal.parse.30k.ratio',
    unit: 'ratio',
    must: 10,
    aim: 5,
    what: '30,000-entry journal parse ÷ line split + one regex per line'
  },
  { name: 'journal.edit.30k.ms', unit: 'ms', must: 2, aim: 0.5, what: 'one decision edit, parsed model in hand' },
  { name: 'webview.render.30k.ms', unit: 'ms', must: 150, aim: 100, what: 'post 30,000 people until painted' },
  { name: 'webview.filter.30k.ms', unit: 'ms', must: 16, aim: 8, what: 'one keystroke in search until painted' },
  {
    name: 'webview.dom.nodes.30k',
    unit: 'elements',
    must: 1500,
    aim: 1000,
    what: 'elements with 30,000 people listed'
  },
  { name: 'activation.ms', unit: 'ms', must: 30, aim: 20, what: 'activate() in code-server, from the extension log' },
  { name: 'bundle.extension.kb', unit: 'kB', must: 400, aim: 300, what: 'dist/extension.js, production' },
  { name: 'bundle.webview.kb', unit: 'kB', must: 150, aim: 100, what: 'dist/webview.js, production' },
  {
    name: 'draft.overhead.ratio',
    unit: 'ratio',
    must: 1.1,
    aim: 1.05,
    what: '2,000-chunk stream: product pipeline ÷ raw ollama-js loop'
  },
  {
    name: 'memory.host.30k.mb',
    unit: 'MB',
    must: 100,
    aim: 60,
    what: 'host heap growth holding 30,000 people + 30,000-entry journal'
  },
  // Issue 14: Deliberate where agents work.
  {
    name: 'mcp.listPeople.30k.ratio',
    unit: 'ratio',
    must: 1.5,
    aim: 1.2,
    what: 'list_people with a text filter over 30,000 people via a stdio MCP client ÷ (same filter in process + one JSON-RPC echo over a stdio pipe)'
  },
  { name: 'bundle.mcp.kb', unit: 'kB', must: 600, aim: 400, what: 'dist/mcp.js, minified' }
];

export function goalFor(name: string): Goal {
  const goal = GOALS.find((g) => g.name === name);
  if (!goal) throw new Error(`no goal for ${name}`);
  return goal;
}
