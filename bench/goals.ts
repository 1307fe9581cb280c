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
    must: 10,
    aim: 6,
    what: '30,000-row Connections.csv bytes → merged into a 15,000-entry journal, edit applied, model updated ÷ split(\\n)+split(,)'
  },
  {
    name: 'journal.parse.30k.ratio',
    unit: 'ratio',
    must: 10,
    aim: 5,
    what: '30,000-entry journal parse ÷ line split + one regex per line'
  },
  {
    name: 'journal.decide.30k.ratio',
    unit: 'ratio',
    must: 2,
    aim: 1.2,
    what: 'one decision (edit computed, applied, model updated), 30,000 ÷ 300 entries'
  },
  {
    name: 'journal.keystroke.30k.ratio',
    unit: 'ratio',
    must: 2,
    aim: 1.2,
    what: 'one typed character until the shared model is current, 30,000 ÷ 300 entries'
  },
  { name: 'scale.journal.parse', unit: 'ratio', must: 3.6, aim: 3.3, what: 'journal parse, 30,000 ÷ 10,000 entries' },
  { name: 'scale.csv.import', unit: 'ratio', must: 3.6, aim: 3.3, what: 'csv.import path, 30,000 ÷ 10,000 rows' },
  {
    name: 'webview.render.30k.ratio',
    unit: 'ratio',
    must: 2,
    aim: 1.3,
    what: 'first paint of 30,000 people ÷ of 300 people, same page'
  },
  {
    name: 'webview.filter.30k.ratio',
    unit: 'ratio',
    must: 1.5,
    aim: 1.2,
    what: 'p95 keystroke-to-paint typing "ada l", 2× backspace over 30,000 people ÷ same keys into a bare <input>'
  },
  {
    name: 'scale.webview.filter',
    unit: 'ratio',
    must: 3.6,
    aim: 3.6,
    what: 'p95 keystroke-to-paint, 30,000 people ÷ 10,000 people (linear is 3)'
  },
  {
    name: 'webview.dom.nodes.30k',
    unit: 'elements',
    must: 1500,
    aim: 1000,
    what: 'elements with 30,000 people listed'
  },
  {
    name: 'activation.ratio',
    unit: 'ratio',
    must: 4,
    aim: 2,
    what: 'activation as VS Code counts it (bundle load + activate call) ÷ a minimal extension on the same events, same host'
  },
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
    name: 'draft.checks.ratio',
    unit: 'ratio',
    must: 10,
    aim: 3,
    what: 'all draft checks, 2,000-character draft, 200-fact card ÷ one includes per fact'
  },
  {
    name: 'memory.host.30k.mb',
    unit: 'MB',
    must: 100,
    aim: 60,
    what: 'host heap growth holding 30,000 people + 30,000-entry journal'
  },
  // Issue 11 (relationship evidence).
  {
    name: 'evidence.messages.200k.ratio',
    unit: 'ratio',
    must: 8,
    aim: 5,
    what: '200,000-message messages.csv → per-person evidence ÷ split(\\n)+split(,)'
  },
  {
    name: 'warmth.30k.ratio',
    unit: 'ratio',
    must: 10,
    aim: 4,
    what: 'warmth of 30,000 people from their evidence ÷ a loop summing the same fields'
  },
  // Issue 12: the network (30,000 people, 300,000 generated edges).
  {
    name: 'network.load.300k.ratio',
    unit: 'ratio',
    must: 8,
    aim: 4,
    what: 'loading the 300,000-edge store ÷ a bare line split of the same file'
  },
  {
    name: 'network.whoKnows.ratio',
    unit: 'ratio',
    must: 2,
    aim: 1.2,
    what: 'who-knows at 300,000 edges ÷ at 3,000 edges'
  },
  {
    name: 'network.intro.ratio',
    unit: 'ratio',
    must: 5,
    aim: 2,
    what: 'two-hop paths to a company ÷ bare two-hop search over plain adjacency arrays'
  },
  {
    name: 'network.view.render.ratio',
    unit: 'ratio',
    must: 1.5,
    aim: 1.1,
    what: '500-node picture drawn and settled ÷ d3-force with its defaults on a bare page'
  },
  { name: 'bundle.network.kb', unit: 'kB', must: 250, aim: 150, what: 'dist/network.js, production' },
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
