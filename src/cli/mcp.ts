import * as path from 'node:path';
import { existsSync } from 'node:fs';
import { CliFailure, type CliCommand } from './io';

/**
 * `deliberate mcp`: loads the MCP server's own bundle (dist/mcp.js, beside dist/cli.js) only
 * when asked, so the CLI stays small. The require path is computed so esbuild leaves it out.
 */
export const run: CliCommand = async (argv) => {
  const bundle = path.join(__dirname, 'mcp.js');
  if (!existsSync(bundle)) {
    throw new CliFailure(`the MCP server bundle ${bundle} is missing; run 'node esbuild.mjs' to build it`, 2);
  }
  const load = require as (id: string) => { run(argv: string[]): Promise<number> };
  return load(bundle).run(argv);
};
