import * as vscode from 'vscode';
import type { Services } from './services';
import { createApi, isTestRun, type DeliberateApi } from './api';
import { createJournalStore, registerJournalFeatures } from './journal';
import { createFeedService, registerFeedCommands } from './feeds';
import { createDraftService, registerDraftingCommands } from './drafting';
import { createPeopleDirectory, registerSidebar } from './sidebar';
import { createNetworkService, registerNetworkCommands } from './network';
import { registerPersonPanel } from './person';
import { createEvidenceService } from './relationships';
import { registerLosingTouchView } from './relationships';
import { registerAgents } from './agents';

/**
 * Builds the services every area shares, then lets each area register its providers and
 * commands. Activation stays cheap (no file reads, no network) so that opening VS Code never
 * waits on us; work starts when the view, a command or the journal needs it. Returns the
 * small DeliberateApi (src/api.ts), not the services.
 */
export function activate(context: vscode.ExtensionContext): DeliberateApi | undefined {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Deliberate', { log: true });
  context.subscriptions.push(log);
  try {
    const journal = createJournalStore(context, log);
    const feeds = createFeedService(context, log, journal);
    const people = createPeopleDirectory(context, log, feeds, journal);
    const drafts = createDraftService(context, log, journal);
    const network = createNetworkService(context, log, journal, feeds);
    const evidence = createEvidenceService(log, journal);
    context.subscriptions.push(evidence);
    people.attachEvidence(evidence);
    const services: Services = { context, log, feeds, journal, drafts, people, network, evidence };
    registerJournalFeatures(services);
    registerFeedCommands(services);
    registerDraftingCommands(services);
    registerSidebar(services, people);
    registerNetworkCommands(services, network);
    registerPersonPanel(services, people);
    registerLosingTouchView(services);
    registerAgents(services);
    // The benchmark reads this exact line from the log to measure activation in the real host.
    log.info(`activate took ${(performance.now() - started).toFixed(2)} ms`);
    return createApi(services, isTestRun(context.extensionMode, process.env));
  } catch (error) {
    // Never leave a silently dead view: say what broke and where to look.
    const message = error instanceof Error ? error.message : String(error);
    log.error('Activation failed', error);
    void vscode.window.showErrorMessage(`Deliberate failed to start: ${message}`, 'Show Log').then((choice) => {
      if (choice === 'Show Log') log.show();
    });
    showActivationErrorInView(context, message);
    return undefined;
  }
}

/**
 * So the sidebar says what broke instead of VS Code's "no data provider". Static text only:
 * no script, and the message is escaped.
 */
function showActivationErrorInView(context: vscode.ExtensionContext, message: string): void {
  const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  try {
    context.subscriptions.push(
      vscode.window.registerWebviewViewProvider('deliberate.connections', {
        resolveWebviewView(view) {
          view.webview.options = { enableScripts: false, enableCommandUris: false, localResourceRoots: [] };
          view.webview.html =
            `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>` +
            `<body style="font-family: var(--vscode-font-family); color: var(--vscode-errorForeground)"><p>Deliberate failed to start: ${escaped}</p>` +
            `<p style="color: var(--vscode-foreground)">See the "Deliberate" output channel for details, then reload the window.</p></body></html>`;
        }
      })
    );
  } catch {
    // The real provider was registered before the failure; it shows its own state.
  }
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions; VS Code disposes it.
}
