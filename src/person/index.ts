/**
 * The person area: the person panel in the editor area, its open command and the serializer
 * that brings it back after a window reload.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import { registerOpenPerson } from './commands/openPerson';
import { PersonPanelHost, type PanelPeople } from './panel';

export { PersonPanelHost } from './panel';

function hasPanelPeople(people: object): people is PanelPeople {
  const p = people as Partial<PanelPeople>;
  return (
    typeof p.snapshot === 'function' &&
    typeof p.setSelected === 'function' &&
    typeof p.setPersonPanelOpen === 'function' &&
    p.onDidChangeSelection !== undefined
  );
}

export function registerPersonPanel(services: Services): PersonPanelHost | undefined {
  if (!hasPanelPeople(services.people)) {
    services.log.error('person panel: the people directory has no selection events; the panel is disabled');
    return undefined;
  }
  const host = new PersonPanelHost(services, services.people);
  services.context.subscriptions.push(
    host,
    vscode.window.registerWebviewPanelSerializer(PersonPanelHost.viewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => host.adopt(panel, state)
    })
  );
  registerOpenPerson(services.context, host);
  return host;
}
