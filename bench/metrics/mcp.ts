/**
 * The MCP server (issue 14): mcp.listPeople.30k.ratio and bundle.mcp.kb.
 *
 * Ours: one `list_people` call with a text filter over the 30,000-entry journal, from the SDK's
 * own Client through stdio to the production-built server (dist-like mcp.js, minified), which
 * keeps the parsed journal while the file is unchanged. Baseline, same run: the same filter
 * through the core in process (the index built once, as the server does) plus one bare
 * JSON-RPC echo over a stdio pipe to a child Node process: the least any stdio server costs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { parseJournal } from '../../src/core/journal';
import { JournalPeople } from '../../src/core/agents';
import { INPUTS_DIR, type BenchInputs } from '../inputs';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { pairedRuns, timeOnceAsync, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';

const repoRoot = join(__dirname, '..', '..');
const MCP_DIR = join(INPUTS_DIR, 'mcp');

/** The server bundle as `node esbuild.mjs --production` builds it (minified, no source map). */
function buildMcpBundle(): string {
  mkdirSync(MCP_DIR, { recursive: true });
  const outfile = join(MCP_DIR, 'mcp.js');
  buildSync({
    entryPoints: [join(repoRoot, 'src/mcp/main.ts')],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' }
  });
  return outfile;
}

export function mcpBundleSize(): MetricOutcome {
  const name = 'bundle.mcp.kb';
  try {
    return { name, samples: [statSync(buildMcpBundle()).size / 1000], note: 'mcp.js, minified, no source map' };
  } catch (error) {
    return notMeasured(name, error);
  }
}

export async function mcpListPeople(inputs: BenchInputs, plan: RunPlan): Promise<MetricOutcome> {
  const name = 'mcp.listPeople.30k.ratio';
  let client: Client | undefined;
  const echo = spawn(process.execPath, [
    '-e',
    "require('readline').createInterface({input:process.stdin}).on('line',l=>{const m=JSON.parse(l);process.stdout.write(JSON.stringify({jsonrpc:'2.0',id:m.id,result:m.params})+'\\n')})"
  ]);
  try {
    const people = new JournalPeople(parseJournal(inputs.journal30k.text));
    // A surname-like word from the middle of the file: matches some people, not most.
    const word = people.index.people[15_000].name.split(/\s+/).pop()!.toLowerCase();
    const filter = { text: word, limit: 50 };
    const expected = people.index.list(filter);
    if (expected.total === 0) throw new Error(`the filter '${word}' matched no one`);

    client = new Client({ name: 'deliberate-bench', version: '0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [buildMcpBundle(), '--journal', inputs.files.journal30k, '--read-only'],
        stderr: 'ignore'
      })
    );
    const callOurs = async () => {
      const result = (await client!.callTool({ name: 'list_people', arguments: filter })) as unknown as {
        structuredContent?: { total: number };
      };
      if (result.structuredContent?.total !== expected.total) {
        throw new Error(`list_people found ${result.structuredContent?.total}, the core ${expected.total}`);
      }
      return result;
    };
    await callOurs(); // the server parses the journal once; every call after reuses it

    const replies = createInterface({ input: echo.stdout! });
    const waiting = new Map<number, () => void>();
    replies.on('line', (line) => waiting.get((JSON.parse(line) as { id: number }).id)?.());
    let nextId = 0;
    const echoOnce = (payload: unknown) =>
      new Promise<void>((resolve) => {
        const id = ++nextId;
        waiting.set(id, resolve);
        echo.stdin!.write(`${JSON.stringify({ jsonrpc: '2.0', id, method: 'echo', params: payload })}\n`);
      });
    const baseline = async () => {
      const list = people.index.list(filter);
      await echoOnce(filter);
      return list;
    };

    const runs = await pairedRuns(
      plan,
      () => timeOnceAsync(callOurs, undefined, false),
      () => timeOnceAsync(baseline, undefined, false)
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'core filter in process + one JSON-RPC echo over a stdio pipe', samples: runs.baseline },
      note: `text '${word}' over 30,000 people (${expected.total} match, limit 50), SDK client → stdio → server`
    };
  } catch (error) {
    return notMeasured(name, error);
  } finally {
    await client?.close().catch(() => undefined);
    echo.kill();
  }
}
