/** deliberate.openPerson: shows the person panel for a person id, or for the current selection. */
import * as vscode from 'vscode';
import type { PersonPanelHost } from '../panels';

export const OPEN_PERSON_COMMAND = 'deliberate.openPerson';

export function registerOpenPerson(context: vscode.ExtensionContext, host: PersonPanelHost): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_PERSON_COMMAND, (id?: unknown) => {
      // Arguments can come from anywhere (keybindings, other extensions): only a string id counts.
      host.open(typeof id === 'string' && id.length > 0 && id.length <= 2000 ? id : undefined);
    })
  );
}
