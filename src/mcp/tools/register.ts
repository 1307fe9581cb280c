import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { z } from 'zod';

/** What a tool handler returns: text for old clients, structured content for new ones. */
export interface ToolResult {
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export interface ToolDefinition<Shape extends z.ZodRawShape> {
  title: string;
  description: string;
  inputSchema: Shape;
  outputSchema?: z.ZodRawShape;
  annotations: {
    title: string;
    readOnlyHint: boolean;
    destructiveHint: boolean;
    idempotentHint: boolean;
    openWorldHint: boolean;
  };
}

type UntypedRegister = (
  name: string,
  definition: unknown,
  handler: (args: Record<string, unknown>) => Promise<ToolResult>
) => void;

/**
 * Registers a tool on the SDK's McpServer. The SDK's own registerTool overloads are generic over
 * both zod 3 and zod 4 schemas; calling them makes tsc instantiate zod's types so deeply that a
 * type check of the project took minutes and 4 GB. This one call site hides those generics: the
 * handler's argument type comes from our own schema shape, and the SDK still validates every
 * input against that schema at run time before the handler runs.
 */
export function registerTool<Shape extends z.ZodRawShape>(
  server: McpServer,
  name: string,
  definition: ToolDefinition<Shape>,
  handler: (args: z.objectOutputType<Shape, z.ZodTypeAny>) => Promise<ToolResult>
): void {
  const register = server.registerTool.bind(server) as unknown as UntypedRegister;
  register(name, definition, (args) => handler(args as z.objectOutputType<Shape, z.ZodTypeAny>));
}
