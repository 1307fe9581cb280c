/**
 * The one error-reporting path of the extension: an error becomes one log line and at most one
 * notification. Code that has already shown an error (the journal store on a failed write)
 * throws a ReportedError, so every caller up the stack can hand it here again without the user
 * seeing it twice.
 */
import * as vscode from 'vscode';

/** An error already logged and shown; reportError does nothing more with it. */
export class ReportedError extends Error {
  readonly reported = true;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ReportOptions {
  /** Log only (the UI shows the failure another way, e.g. in the view). */
  notify?: boolean;
}

/**
 * Logs `what failed: message` once and shows `Deliberate: …` once. Returns the message for
 * callers that also show it in a view. An error that was already reported is neither logged
 * nor shown again.
 */
export function reportError(
  log: vscode.LogOutputChannel,
  what: string,
  error: unknown,
  options: ReportOptions = {}
): string {
  const text = errorText(error);
  if (error instanceof ReportedError) return text;
  log.error(`${what} failed: ${text}`);
  if (options.notify !== false) void vscode.window.showErrorMessage(`Deliberate: ${what} failed: ${text}`);
  return text;
}

/** Logs and shows an error that has no exception behind it (bad input, a refused path), then marks it reported. */
export function reportMessage(log: vscode.LogOutputChannel, text: string): ReportedError {
  log.error(text);
  void vscode.window.showErrorMessage(text);
  return new ReportedError(text);
}
