/**
 * Vocabulary shared by every layer: the deliberation questions, decision statuses, the
 * connection candidates that feeds and imports produce, and LSP-shaped text edits that the
 * journal core computes and the VS Code glue applies as a WorkspaceEdit.
 * Pure TypeScript: no vscode import (enforced by ESLint).
 */

/** The canonical deliberation questions, in order (PRODUCT.md). Index is the question number - 1. */
export const QUESTIONS = [
  'Who is this person?',
  'Why are they connecting with me?',
  'What do they want or need from me?',
  'What could I gain from connecting with them?',
  'Who do they know?',
  'How are their connections relevant to me?',
  'How can I serve them today?',
  'How can I bring value into their world?'
] as const;

export type Question = (typeof QUESTIONS)[number];

export const STATUSES = ['new', 'accepted', 'declined', 'deferred'] as const;
export type Status = (typeof STATUSES)[number];

/** A decision the user records; `new` is what imports write. */
export type Decision = Exclude<Status, 'new'>;

export function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

export const DRAFT_KINDS = ['note', 'message', 'email', 'intro'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
/** The kinds a menu offers for any person; `intro` needs a target, so it starts from Find an Introduction or `--to`. */
export const PERSON_DRAFT_KINDS = ['note', 'message', 'email'] as const satisfies readonly DraftKind[];

/**
 * One new connection, from a feed item or an export row. All text fields are untrusted.
 * The first six fields are exactly the CLI's `feed --json` shape.
 */
export interface ConnectionEvent {
  /** Stable identity: feed guid/link/hash, normalised profile URL, or `linkedin:<first>-<last>`. */
  id: string;
  person: string;
  via: string | null;
  /** http(s) only, else null. */
  link: string | null;
  /** ISO 8601, or null when the source had no usable date. */
  date: string | null;
  title: string;
  /** The feed's label or `LinkedIn`. */
  source: string;
  /** Plain-text description or "Position at Company". */
  headline: string;
  /** An invitation's own message, when there was one. */
  message?: string;
}

/** 0-based, like LSP and vscode.Position. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/** A minimal text replacement; the glue turns a list of these into one WorkspaceEdit. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

/** Today's date as YYYY-MM-DD in local time (dates in the journal are calendar days, not instants). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
