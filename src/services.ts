import type { EvidenceService } from './relationships';
import type * as vscode from 'vscode';
import type { ConnectionEvent, Decision, DraftKind } from './core/types';
import type { LlmErrorAction } from './core/llm/errors';
import type { Finding } from './core/drafting/checks/types';
import type { GroundingState } from './core/grounding/outcome';

/**
 * The contracts between the thin VS Code glue areas. extension.ts builds one object of each
 * and hands the same `Services` to every area's `register*` function, so areas talk through
 * these interfaces and never reach into each other's files.
 */

/** Per-feed health, shown by the sidebar. Messages are already redacted of tokens. */
export interface FeedStatus {
  /** The configured url (a `secret:` reference for token URLs, never the token itself). */
  key: string;
  label: string;
  lastFetch?: string;
  itemCount: number;
  skipped: number;
  /** Events not kept because the feed holds more than the per-feed cap (core/feeds/limits). */
  dropped: number;
  error?: string;
  loading: boolean;
}

export interface FeedService {
  readonly onDidChange: vscode.Event<void>;
  /** Connection events from every feed, already without ids the journal holds. */
  events(): readonly ConnectionEvent[];
  statuses(): readonly FeedStatus[];
  /**
   * Fetches all feeds, or only the feed whose status `key` is given (e.g. Retry on one failed
   * feed). Runs never overlap: a call joins a run that covers it, else waits for the current
   * run to end. Never rejects: errors land in statuses.
   */
  refresh(token?: vscode.CancellationToken, key?: string): Promise<void>;
  /** Each fresh fetch's events with the feed's name (not fired for 304 Not Modified). */
  readonly onDidFetch?: vscode.Event<{ label: string; events: readonly ConnectionEvent[] }>;
}

/** One journal entry as other areas need it (a projection of the core journal model). */
export interface JournalPerson {
  id: string | undefined;
  name: string;
  status: string | undefined;
  via?: string;
  link?: string;
  source?: string;
  /** Position at Company, or the feed item's description (`- headline:`). */
  headline?: string;
  /** The invitation's own message (the `> ` quote after the metadata). */
  message?: string;
  tags: string[];
  seen?: string;
  decided?: string;
  followUp?: string;
  /** 0-based question index → answer text. */
  answers: Record<number, string>;
  draft?: string;
  log: { date: string; text: string }[];
  /** 0-based line of the `## Name` heading. */
  line: number;
}

export interface DecisionOptions {
  /** YYYY-MM-DD; required by the defer flow, optional otherwise. */
  followUp?: string;
}

export interface JournalStore {
  /** Fires after the journal text changed: our edits, hand edits in the editor, or on disk. */
  readonly onDidChange: vscode.Event<void>;
  /** Resolves once the journal has been read (or reading it failed, which the store reports). */
  loaded(): Promise<void>;
  /** The resolved journal URI, or undefined when there is no workspace or the path is refused. */
  uri(): vscode.Uri | undefined;
  /** Why the journal cannot be used (no folder, a refused path) or could not be read; undefined when fine. */
  locationError(): string | undefined;
  people(): readonly JournalPerson[];
  findById(id: string): JournalPerson | undefined;
  recordDecision(person: ConnectionEvent, decision: Decision, options?: DecisionOptions): Promise<void>;
  /** recordDecision that returns the texts before and after, for Undo (undefined when nothing changed). */
  recordDecisionUndoable(
    person: ConnectionEvent,
    decision: Decision,
    options?: DecisionOptions
  ): Promise<{ before: string; after: string } | undefined>;
  /** Restores exactly the lines a decision changed; throws an actionable error if the journal changed since. */
  undoDecision(undo: { before: string; after: string }): Promise<void>;
  setAnswer(person: ConnectionEvent, questionIndex: number, text: string): Promise<void>;
  setDraft(person: ConnectionEvent, text: string, kind: DraftKind): Promise<void>;
  appendLog(person: ConnectionEvent, text: string): Promise<void>;
  /** Adds people as `status: new`, skipping ids already present. Writes nothing on failure. */
  addNew(people: readonly ConnectionEvent[]): Promise<{ added: number; existing: number }>;
  /** Opens (creating if missing) the journal in an editor with language `connections`. */
  open(options?: { revealId?: string }): Promise<vscode.TextEditor | undefined>;
}

export type DraftState = 'loading' | 'streaming' | 'done' | 'cancelled' | 'incomplete' | 'truncated' | 'error';

export interface DraftUpdate {
  personId: string;
  kind: DraftKind;
  text: string;
  state: DraftState;
  /** An actionable message when state is 'error' (never a bare "fetch failed"). */
  error?: string;
  model: string;
  /** Grounded drafts: the checks' findings once the draft ended, and how far it could be checked. */
  findings?: Finding[];
  grounding?: GroundingState;
}

export interface DraftService {
  readonly onDidUpdate: vscode.Event<DraftUpdate>;
  /** Starts a draft, cancelling any in progress. Resolves when the stream ends. Never sends anything. */
  start(person: ConnectionEvent, kind: DraftKind, options?: { revisionNote?: string }): Promise<void>;
  /** An introduction request to the path's first person (the bridge) about its target. */
  startIntroduction(bridge: ConnectionEvent, path: import('./core/network').IntroPath): Promise<void>;
  /** Redrafts the current person's note to fit the 300-character limit (defaults to the current text). */
  shorten(text?: string): Promise<void>;
  cancel(): void;
  current(): DraftUpdate | undefined;
  /** The person and kind of the current (or last) draft, for Save, Copy and Regenerate. */
  subject(): { person: ConnectionEvent; kind: DraftKind } | undefined;
  /** Increases with every start(); tells a new draft from an update of the same one. */
  runNumber(): number;
  /** The text so far (also after the draft ended). */
  draftText(): string;
  isRunning(): boolean;
  /** What the UI may offer for the last error. */
  readonly errorActions: readonly LlmErrorAction[];
}

/** Everyone the user can act on, merged from feeds, imports and the journal. */
export interface PeopleDirectory {
  readonly onDidChange: vscode.Event<void>;
  all(): readonly ConnectionEvent[];
  /** The person selected in the sidebar, if any. */
  selected(): ConnectionEvent | undefined;
  /** The selected person, else a quick pick; undefined when the user dismissed it. */
  pick(placeHolder: string): Promise<ConnectionEvent | undefined>;
  /** Whether the sidebar webview is visible now (drafts stream into an editor when it is not). */
  isSidebarVisible(): boolean;
  /** Selects a person in the sidebar (and reveals the view), e.g. after a CodeLens action. */
  select(id: string): void;
}

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly feeds: FeedService;
  readonly journal: JournalStore;
  readonly drafts: DraftService;
  readonly people: PeopleDirectory;
  /** Who knows whom (src/network); optional so fakes in tests need not provide it. */
  readonly network?: import('./network/service').NetworkService;
  /** Relationship evidence, warmth and cadence (src/relationships/). */
  readonly evidence?: EvidenceService;
}
