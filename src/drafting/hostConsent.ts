/**
 * Journal text leaves the machine only with the user's say-so. A non-loopback Ollama host is
 * confirmed once, by name, and remembered in global state (per user, not per repository).
 */
import * as vscode from 'vscode';
import { displayHost, isLocalHost } from '../core/llm/host';

const KEY = 'deliberate.remoteHostsAllowed';

export async function confirmRemoteHost(context: vscode.ExtensionContext, host: string): Promise<boolean> {
  if (isLocalHost(host)) return true;
  const shown = displayHost(host);
  const allowed = context.globalState.get<string[]>(KEY, []);
  if (allowed.includes(shown)) return true;
  const allow = `Send to ${shown}`;
  const choice = await vscode.window.showWarningMessage(
    `Drafting sends this person's details and your journal notes to the Ollama host ${shown}, which is not on this machine.`,
    {
      modal: true,
      detail:
        'Deliberate will remember your answer for this host. Change deliberate.ollama.host to use a local model instead.'
    },
    allow
  );
  if (choice !== allow) return false;
  await context.globalState.update(KEY, [...allowed, shown]);
  return true;
}
