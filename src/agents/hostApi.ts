import * as vscode from 'vscode';

/**
 * The parts of the language-model tool and MCP APIs we use, typed here because the extension
 * builds against @types/vscode 1.90 (the engine floor) while lm.registerTool arrived in 1.95
 * and the MCP provider in 1.101. Every use goes through the detectors below, so on an older
 * host the feature is simply not offered.
 */
export interface ToolInvocationOptions<T> {
  readonly input: T;
  readonly toolInvocationToken?: unknown;
}
export interface PreparedToolInvocation {
  invocationMessage?: string;
  confirmationMessages?: { title: string; message: string | vscode.MarkdownString };
}
export interface LanguageModelToolImpl<T> {
  invoke(options: ToolInvocationOptions<T>, token: vscode.CancellationToken): Promise<unknown>;
  prepareInvocation?(
    options: { readonly input: T },
    token: vscode.CancellationToken
  ): PreparedToolInvocation | undefined | Promise<PreparedToolInvocation | undefined>;
}
interface LmToolsApi {
  registerTool<T>(name: string, tool: LanguageModelToolImpl<T>): vscode.Disposable;
}
interface LmMcpApi {
  registerMcpServerDefinitionProvider(
    id: string,
    provider: { provideMcpServerDefinitions(token: vscode.CancellationToken): unknown[] }
  ): vscode.Disposable;
}
type TextPartCtor = new (value: string) => unknown;
type ToolResultCtor = new (content: unknown[]) => unknown;
type StdioDefinitionCtor = new (
  label: string,
  command: string,
  args?: string[],
  env?: Record<string, string | number | null>,
  version?: string
) => unknown;

const api = vscode as unknown as Record<string, unknown>;
const lm = (): Record<string, unknown> | undefined => api.lm as Record<string, unknown> | undefined;

/** lm.registerTool and the result classes, when this host has them (VS Code 1.95+). */
export function languageModelTools():
  { lm: LmToolsApi; result: (text: string) => unknown; TextPart: TextPartCtor } | undefined {
  const host = lm();
  const ToolResult = api.LanguageModelToolResult as ToolResultCtor | undefined;
  const TextPart = api.LanguageModelTextPart as TextPartCtor | undefined;
  if (typeof host?.registerTool !== 'function' || !ToolResult || !TextPart) return undefined;
  return { lm: host as unknown as LmToolsApi, result: (text) => new ToolResult([new TextPart(text)]), TextPart };
}

/** lm.registerMcpServerDefinitionProvider and McpStdioServerDefinition (VS Code 1.101+). */
export function mcpProviderApi(): { lm: LmMcpApi; StdioDefinition: StdioDefinitionCtor } | undefined {
  const host = lm();
  const StdioDefinition = api.McpStdioServerDefinition as StdioDefinitionCtor | undefined;
  if (typeof host?.registerMcpServerDefinitionProvider !== 'function' || !StdioDefinition) return undefined;
  return { lm: host as unknown as LmMcpApi, StdioDefinition };
}

/** chat.createChatParticipant, when this host has a chat (VS Code 1.90+ with chat enabled). */
export function chatApi(): typeof vscode.chat | undefined {
  const chat = api.chat as typeof vscode.chat | undefined;
  return typeof chat?.createChatParticipant === 'function' ? chat : undefined;
}
