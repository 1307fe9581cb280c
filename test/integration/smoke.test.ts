import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('extension host smoke', () => {
  it('activates and registers every public command', async () => {
    const extension = vscode.extensions.getExtension('deliberate.deliberate');
    assert.ok(extension, 'extension deliberate.deliberate is installed');
    await extension.activate();
    const commands = await vscode.commands.getCommands(true);
    const manifest = extension.packageJSON as { contributes: { commands: { command: string }[] } };
    for (const { command } of manifest.contributes.commands) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });
});
