/** deliberate.focusSidebar: reveals the Connections view (also the status bar item's click). */
import * as vscode from 'vscode';

export const FOCUS_SIDEBAR_COMMAND = 'deliberate.focusSidebar';

export function registerFocusSidebar(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FOCUS_SIDEBAR_COMMAND, async () => {
      await vscode.commands.executeCommand('deliberate.connections.focus');
    })
  );
}
