/**
 * The person area: the person panels in the editor area, their open and pin commands and the serializer
 * that brings it back after a window reload.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerOpenPerson } from './commands/openPerson';
import { registerPinPerson } from './commands/pinPerson';
import type { PanelPeople } from './panel';
import { PersonPanelHost } from './panels';

export { PersonPanelHost } from './panels';

/** @param people the sidebar's directory (also services.people): the panel follows its selection and snapshot. */
export function registerPersonPanel(services: Services, people: PanelPeople): PersonPanelHost {
  const host = new PersonPanelHost(services, people);
  services.context.subscriptions.push(
    host,
    vscode.window.registerWebviewPanelSerializer(PersonPanelHost.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => host.adopt(panel, state)
    })
  );
  registerOpenPerson(services.context, host);
  registerPinPerson(services.context, host);
  return host;
}
