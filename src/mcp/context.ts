import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { resolvePerson, type AgentPerson, type JournalPeople } from '../core/agents';
import { AgentError, type JournalAccess } from './journalAccess';

/** What every capability module gets: the journal door and "today" (pinned by tests). */
export interface ToolContext {
  access: JournalAccess;
  today(): string;
}

/**
 * A group of tools that exists only when its data does: people and writes always, the network
 * and warmth once their stores are present. `available` is asked once at start.
 */
export interface Capability {
  name: string;
  available(context: ToolContext): Promise<boolean> | boolean;
  register(server: McpServer, context: ToolContext): void;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'a real calendar date'
    }
  );

export const personArg = z
  .string()
  .min(1)
  .max(500)
  .describe("The person's name as in the journal, or their id (profile URL, feed id, or journal:<name>).");

/** The one person `query` names, or an AgentError saying why not (none, or which candidates). */
export function requirePerson(people: JournalPeople, query: string): AgentPerson {
  const found = resolvePerson(people.index.people, query, (key) => people.byKey(key));
  if (found.kind === 'found') return found.person;
  throw new AgentError(found.message);
}

type ToolResult = { content: { type: 'text'; text: string }[]; structuredContent: Record<string, unknown> };
interface LooseRegistrar {
  registerTool(name: string, config: unknown, handler: (args: never) => Promise<ToolResult>): unknown;
}

/**
 * McpServer.registerTool, typed through plain zod inference: the SDK's own generics (zod 3/4
 * compatibility types) make the type checker run out of memory on this project's tree.
 */
export function registerTool<S extends z.ZodRawShape>(
  server: McpServer,
  name: string,
  config: {
    title: string;
    description: string;
    inputSchema: S;
    outputSchema: z.ZodRawShape;
    annotations: Record<string, unknown>;
  },
  handler: (args: z.objectOutputType<S, z.ZodTypeAny>) => Promise<ToolResult>
): void {
  (server as unknown as LooseRegistrar).registerTool(name, config, handler as (args: never) => Promise<ToolResult>);
}

/** A tool result with the JSON both as text (for clients without structured output) and structured. */
export function result<T extends Record<string, unknown>>(
  value: T
): {
  content: { type: 'text'; text: string }[];
  structuredContent: T;
} {
  return { content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value };
}
