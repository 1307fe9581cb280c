/**
 * The person area: the person panel in the editor area, its open command and the serializer
 * that brings it back after a window reload.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerOpenPerson } from './commands/openPerson';
import { PersonPanelHost, type PanelPeople } from './panel';

export { PersonPanelHost } from './panel';

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
  return host;
}
