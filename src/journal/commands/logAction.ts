import * as vscode from 'vscode';
import { cleanLine } from '../../core/journal';
import type { Services } from '../../services';
import { resolvePerson, runReporting } from '../../journal/commandSupport';

/** deliberate.logAction [personId] [text]: append `- today: text` to the person's `### Log`. */
export function registerLogAction(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.logAction', (arg?: unknown, preset?: unknown) =>
    runReporting(services, 'Log action', async () => {
      const person = await resolvePerson(services, arg, 'Whose log do you want to add to?');
      if (!person) return;
      const text =
        typeof preset === 'string' && cleanLine(preset)
          ? preset
          : await vscode.window.showInputBox({
              title: `Log an action for ${person.person}`,
              prompt: 'What did you do? (e.g. "Sent a hello, asked how I can help")',
              validateInput: (value) => (cleanLine(value) ? undefined : 'Describe the action in a few words.'),
              ignoreFocusOut: true
            });
      if (!text) return;
      await services.journal.appendLog(person, text);
      vscode.window.setStatusBarMessage(`$(note) Logged for ${person.person}`, 4000);
    })
  );
}
