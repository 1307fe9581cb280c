/** deliberate.pinPerson: pins the active person panel to its person, or unpins it (it follows the selection again). */
import * as vscode from 'vscode';
import type { PersonPanelHost } from '../panels';

export const PIN_PERSON_COMMAND = 'deliberate.pinPerson';

export function registerPinPerson(context: vscode.ExtensionContext, host: PersonPanelHost): void {
  context.subscriptions.push(vscode.commands.registerCommand(PIN_PERSON_COMMAND, () => host.togglePinActive()));
}
