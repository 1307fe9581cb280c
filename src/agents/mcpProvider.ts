import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../services';
import { mcpProviderApi } from './hostApi';

export const MCP_PROVIDER_ID = 'deliberate.mcp';

/**
 * Offers `deliberate mcp` for the open workspace's journal to VS Code's MCP support (1.101+),
 * run with the extension host's own Node (ELECTRON_RUN_AS_NODE for desktop VS Code). Not
 * offered in an untrusted workspace or without a journal path; --root pins it to the folder.
 */
export function registerMcpProvider(services: Services): vscode.Disposable[] {
  const api = mcpProviderApi();
  if (!api) return [];
  const changed = new vscode.EventEmitter<void>();
  const provider = {
    onDidChangeMcpServerDefinitions: changed.event,
    provideMcpServerDefinitions() {
      const journal = services.journal.uri();
      const folder = journal && vscode.workspace.getWorkspaceFolder(journal);
      if (!journal || !folder || !vscode.workspace.isTrusted) return [];
      const cli = path.join(services.context.extensionUri.fsPath, 'dist', 'cli.js');
      const args = [cli, 'mcp', '--journal', journal.fsPath, '--root', folder.uri.fsPath];
      return [new api.StdioDefinition('Deliberate journal', process.execPath, args, { ELECTRON_RUN_AS_NODE: '1' })];
    }
  };
  return [
    changed,
    api.lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, provider),
    vscode.workspace.onDidChangeConfiguration(
      (e) => e.affectsConfiguration('deliberate.journalPath') && changed.fire()
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire())
  ];
}
