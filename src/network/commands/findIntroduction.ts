/**
 * Deliberate: Find an Introduction…: pick a person or a company, see the ranked paths (one or
 * two hops), then open the person to ask or draft the ask (an Introduction request draft for the
 * bridge person, grounded in the path; a fixed starting text when the bridge has no journal entry).
 * Nothing is sent.
 */
import * as vscode from 'vscode';
import { introPaths, introductionRequestText, type IntroPath, type IntroTarget } from '../../core/network';
import type { Services } from '../../services';
import type { NetworkService } from '../service';
import { samePerson } from '../../core/journal/identity';
import type { ConnectionEvent } from '../../core/types';

interface TargetItem extends vscode.QuickPickItem {
  target: IntroTarget;
}

interface PathItem extends vscode.QuickPickItem {
  path: IntroPath;
}

export async function findIntroductionCommand(services: Services, network: NetworkService): Promise<void> {
  const loaded = await network.load();
  if (!loaded) {
    void vscode.window.showWarningMessage(
      'Deliberate: there is no journal on disk to keep a network beside; open a workspace folder and create the journal first.'
    );
    return;
  }
  const { network: net } = loaded;
  const items: TargetItem[] = [];
  for (const person of net.people.values()) {
    items.push({
      label: person.name,
      description: person.company ?? '',
      detail: person.status,
      target: { person: person.key }
    });
  }
  for (const [company, keys] of net.byCompany) {
    const shown = net.people.get(keys[0])?.company ?? company;
    items.push({
      label: `$(organization) ${shown}`,
      description: `${keys.length} in your journal`,
      target: { company: shown }
    });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Find an Introduction',
    placeHolder: 'A person or a company',
    matchOnDescription: true
  });
  if (!picked) return;
  const paths = introPaths(net, picked.target, { warmth: network.warmth });
  if (paths.length === 0) {
    void vscode.window.showInformationMessage(
      `Deliberate: no introduction path to ${picked.label.replace('$(organization) ', '')} within two hops.`
    );
    return;
  }
  const choice = await vscode.window.showQuickPick<PathItem>(
    paths.map((path) => ({
      label: path.path.map((step) => step.name).join(' → '),
      description: `${path.band} · ${path.score}`,
      detail: path.reasons,
      path
    })),
    { title: 'Introduction paths, best first', placeHolder: 'Pick a path' }
  );
  if (!choice) return;
  const first = choice.path.path[0];
  const action = await vscode.window.showQuickPick(
    [
      { label: `Open ${first.name}`, id: 'open' },
      ...(choice.path.path.length > 1 ? [{ label: `Draft the ask to ${first.name}`, id: 'draft' }] : [])
    ],
    { title: choice.label }
  );
  if (action?.id === 'open') {
    services.people.select(first.id);
    await services.journal.open({ revealId: first.id });
  } else if (action?.id === 'draft') {
    // A model-backed introduction request grounded in the path; the fixed text only when drafting is unavailable.
    const bridge = bridgePerson(services, first.id);
    if (bridge && services.drafts.startIntroduction) {
      if (services.people.isSidebarVisible()) services.people.select(bridge.id);
      await services.drafts.startIntroduction(bridge, choice.path);
      return;
    }
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: introductionRequestText(choice.path)
    });
    await vscode.window.showTextDocument(document);
  }
}

/** The bridge as the drafting service wants them: from the sidebar, else from their journal entry. */
function bridgePerson(services: Services, id: string): ConnectionEvent | undefined {
  const known = services.people.all().find((person) => samePerson(person.id, id));
  if (known) return known;
  const entry = services.journal.findById(id);
  if (!entry?.id) return undefined;
  return {
    id: entry.id,
    person: entry.name,
    via: entry.via ?? null,
    link: entry.link ?? null,
    date: null,
    title: entry.name,
    source: entry.source ?? '',
    headline: entry.headline ?? ''
  };
}
