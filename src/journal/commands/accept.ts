import * as vscode from 'vscode';
import type { Services } from '../../services';
import { decide } from '../../journal/decide';

/** deliberate.accept [personId]: record `status: accepted` and today's `decided` date. */
export function registerAccept(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.accept', (arg?: unknown) => decide(services, arg, 'accepted'));
}
