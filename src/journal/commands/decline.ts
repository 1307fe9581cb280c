import * as vscode from 'vscode';
import type { Services } from '../../services';
import { decide } from '../../journal/decide';

/** deliberate.decline [personId]: record `status: declined` and today's `decided` date. */
export function registerDecline(services: Services): vscode.Disposable {
  return vscode.commands.registerCommand('deliberate.decline', (arg?: unknown) => decide(services, arg, 'declined'));
}
