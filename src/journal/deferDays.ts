/**
 * `deliberate.deferDays` (default 14): the one default for a deferral's follow-up, used by the
 * palette's Defer, CodeLens, the sidebar and the person panel. (To move into the config module
 * when it lands; kept in one place until then.)
 */
import * as vscode from 'vscode';

export const DEFAULT_DEFER_DAYS = 14;

export function deferDays(): number {
  const value = vscode.workspace.getConfiguration('deliberate').get<number>('deferDays', DEFAULT_DEFER_DAYS);
  return Number.isInteger(value) && value >= 1 && value <= 3650 ? value : DEFAULT_DEFER_DAYS;
}
