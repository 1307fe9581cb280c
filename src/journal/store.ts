import * as vscode from 'vscode';
import { ReportedError, reportMessage } from '../reporting';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import {
  addDays,
  addEntriesEdit,
  canonicalId,
  appendLogEdit,
  findEntry,
  parseJournal,
  recordDecisionEdit,
  setAnswerEdit,
  setDraftEdit,
  applyTextEdits,
  type Journal
} from '../core/journal';
import { restoreEdits, undoBlocker, type WriteUndo } from '../core/journal/undo';
import { localIsoDate, type ConnectionEvent, type Decision, type DraftKind, type TextEdit } from '../core/types';
import type { DecisionOptions, JournalPerson, JournalStore } from '../services';
import type { JournalDocuments } from './documentModel';
import { JournalPathError, assertRealPathInside, configuredJournalPath, resolveJournalPath } from './journalPath';
import { assertWritable, waitUntilDocumentMatchesDisk } from './fileGuards';
import { findSyntheticPerson, indexPeople, toJournalPerson } from './projection';
import { revealLine } from './reveal';
import { deferDays } from './deferDays';

const NEW_JOURNAL =
  '# Connections\n\nMy decisions about new connections, one `## Name` entry each (format: Deliberate journal).\n';
const REFRESH_DEBOUNCE_MS = 150;
const MAX_ATTEMPTS = 5;
/** Follow-up offset when something is deferred without a date: `deliberate.deferDays` (see deferDays.ts). */

/** A failure already shown to the user; callers need not show it again. */
/** A failed read or write, already logged and shown once by the store (see src/reporting). */
export class JournalWriteError extends ReportedError {}

interface Location {
  folder: vscode.WorkspaceFolder;
  configured: string;
  uri?: vscode.Uri;
  error?: string;
}
interface Model {
  journal: Journal;
  version: number;
  people?: JournalPerson[];
  byId?: Map<string, JournalPerson>;
}
type Compute<T> = (journal: Journal, today: string) => { edits: TextEdit[]; result: T };

/**
 * The journal as the rest of the extension sees it. Reads are served from a cached parse that
 * follows the open document (debounced) and the file on disk (watcher). Every write goes
 * through one queue as a WorkspaceEdit on the document: the user's unsaved text is kept
 * and never saved for them; a clean document is saved after our edit; if the document moved
 * meanwhile the edit is recomputed. Nothing is read at construction (activation stays cheap).
 */
export class JournalStoreImpl implements JournalStore, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private listeners: vscode.Disposable[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private location?: Location;
  private model?: Model;
  private loading?: Promise<void>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  /** Why the journal could not be read on the last load, if it could not. */
  private loadError?: string;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly documents: JournalDocuments
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('deliberate.journalPath')) this.relocate();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.relocate()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.relocate())
    );
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of [...this.listeners, ...this.disposables]) d.dispose();
  }

  uri(): vscode.Uri | undefined {
    return this.locate()?.uri;
  }

  /** Why there is no usable journal path, if that is the case. */
  locationError(): string | undefined {
    const location = this.locate();
    if (!location) return 'Open a folder first: the journal lives in the workspace folder.';
    return location.error ?? this.loadError;
  }

  people(): readonly JournalPerson[] {
    const model = this.current();
    if (!model) return [];
    model.people ??= model.journal.entries.map((entry) => toJournalPerson(model.journal, entry));
    return model.people;
  }

  findById(id: string): JournalPerson | undefined {
    const model = this.current();
    if (!model) return undefined;
    model.byId ??= indexPeople(this.people());
    return model.byId.get(canonicalId(id)) ?? findSyntheticPerson(model.journal, id);
  }

  async loaded(): Promise<void> {
    await this.journal();
  }

  /** The parsed journal, loading it on first use. */
  async journal(): Promise<Journal> {
    const model = this.current();
    if (model) return model.journal;
    await this.loading;
    return this.model?.journal ?? parseJournal('');
  }

  recordDecision(person: ConnectionEvent, decision: Decision, options: DecisionOptions = {}): Promise<void> {
    return this.recordDecisionUndoable(person, decision, options).then(() => undefined);
  }

  /** recordDecision that also returns what undoDecision needs (the text before and after the edit). */
  recordDecisionUndoable(
    person: ConnectionEvent,
    decision: Decision,
    options: DecisionOptions = {}
  ): Promise<WriteUndo | undefined> {
    return this.write(`record '${decision}'`, (journal, today) => {
      // A deferral without a date would never come back: default to `deliberate.deferDays`.
      const needsDate = decision === 'deferred' && !findEntry(journal, person.id)?.followUp;
      const followUp = options.followUp ?? (needsDate ? addDays(today, deferDays()) : undefined);
      const edits = recordDecisionEdit(journal, person, decision, { today, followUp });
      const result = edits.length ? { before: journal.text, after: applyTextEdits(journal.text, edits) } : undefined;
      return { edits, result };
    }).then((undo) => {
      // The walkthrough's "decide" step completes on a real decision from any surface.
      void vscode.commands.executeCommand('setContext', 'deliberate.hasDecided', true);
      return undo;
    });
  }

  /** Restores the lines a decision changed, as a minimal edit; refuses if the journal changed since. */
  undoDecision(undo: WriteUndo): Promise<void> {
    return this.write('undo the decision', (journal) => {
      const blocker = undoBlocker(journal.text, undo);
      if (blocker) throw new Error(blocker);
      return { edits: restoreEdits(journal.text, undo.before), result: undefined };
    });
  }

  setAnswer(person: ConnectionEvent, questionIndex: number, text: string): Promise<void> {
    return this.write('save an answer', (journal, today) => ({
      edits: setAnswerEdit(journal, person, questionIndex, text, today),
      result: undefined
    }));
  }

  setDraft(person: ConnectionEvent, text: string, kind: DraftKind): Promise<void> {
    return this.write('save the draft', (journal, today) => ({
      edits: setDraftEdit(journal, person, text, kind, today),
      result: undefined
    }));
  }

  appendLog(person: ConnectionEvent, text: string): Promise<void> {
    return this.write('log an action', (journal, today) => ({
      edits: appendLogEdit(journal, person, text, today),
      result: undefined
    }));
  }

  addNew(people: readonly ConnectionEvent[]): Promise<{ added: number; existing: number }> {
    return this.write('add people', (journal, today) => {
      const { edits, added, existing } = addEntriesEdit(journal, people, { status: 'new', today });
      return { edits, result: { added, existing } };
    });
  }

  async open(options: { revealId?: string } = {}): Promise<vscode.TextEditor | undefined> {
    try {
      const document = await this.enqueue(async () => this.openOrCreate((await this.checkedLocation()).uri));
      const shown =
        document.languageId === 'connections'
          ? document
          : await vscode.languages.setTextDocumentLanguage(document, 'connections');
      const editor = await vscode.window.showTextDocument(shown, { preview: false });
      const entry = options.revealId ? findEntry(this.documents.parsed(shown), options.revealId) : undefined;
      if (entry) revealLine(editor, entry.headingLine);
      return editor;
    } catch (error) {
      throw this.fail('open the journal', error);
    }
  }

  // ---- reading -------------------------------------------------------------------------

  private locate(): Location | undefined {
    if (this.location) return this.location;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const configured = configuredJournalPath(folder);
    this.location = { folder, configured, ...resolveJournalPath(folder, configured) };
    return this.location;
  }

  private relocate(): void {
    this.location = undefined;
    this.model = undefined;
    for (const d of this.listeners) d.dispose();
    this.listeners = [];
    this.changed.fire();
  }

  /** The cached model; starts the first load (and the listeners) lazily. */
  private current(): Model | undefined {
    if (!this.model && !this.loading) {
      this.loading = this.load().finally(() => {
        this.loading = undefined;
      });
    }
    return this.model;
  }

  private async load(): Promise<void> {
    const location = this.locate();
    if (!location?.uri) return;
    this.listen(location);
    try {
      const open = this.openDocument(location.uri);
      let text = '';
      if (!open) {
        await assertRealPathInside(location.folder, location.uri, location.configured);
        text = await readFile(location.uri.fsPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return '';
          throw error;
        });
      }
      this.setModel(open ? this.documents.parsed(open) : parseJournal(text), open?.version ?? -1);
      this.loadError = undefined;
    } catch (error) {
      // Never silently empty: the log and one notification say why, locationError() keeps saying it.
      const relative = vscode.workspace.asRelativePath(location.uri);
      const text = `Could not read the journal ${relative}: ${message(error)}`;
      this.log.error(text);
      // Once per distinct failure: a watcher retrying the same broken file does not nag.
      if (text !== this.loadError) void vscode.window.showErrorMessage(`Deliberate: ${text}`);
      this.loadError = text;
      this.setModel(parseJournal(''), -1);
    }
  }

  private setModel(journal: Journal, version: number): void {
    this.model = { journal, version };
    this.changed.fire();
  }

  private listen(location: Location): void {
    if (this.listeners.length || !location.uri) return;
    const key = location.uri.toString();
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(
        location.folder,
        path.relative(location.folder.uri.fsPath, location.uri.fsPath).split(path.sep).join('/')
      )
    );
    const fromDisk = () => {
      if (!this.openDocument(location.uri!)) this.scheduleRefresh();
    };
    this.listeners.push(
      watcher,
      watcher.onDidChange(fromDisk),
      watcher.onDidCreate(fromDisk),
      watcher.onDidDelete(fromDisk),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === key && e.contentChanges.length) this.scheduleRefresh();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === key) this.scheduleRefresh();
      })
    );
  }

  /** Hand edits and disk changes reach the model (and the sidebar) within a debounce. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      const uri = this.locate()?.uri;
      const open = uri && this.openDocument(uri);
      if (open) {
        if (this.model?.version !== open.version) this.setModel(this.documents.parsed(open), open.version);
      } else void this.load();
    }, REFRESH_DEBOUNCE_MS);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  // ---- writing -------------------------------------------------------------------------

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkedLocation(): Promise<Location & { uri: vscode.Uri }> {
    const location = this.locate();
    if (!location) throw new JournalPathError('Open a folder first: the journal lives in the workspace folder.');
    if (!location.uri) throw new JournalPathError(location.error ?? 'The journal path is not usable.');
    await assertRealPathInside(location.folder, location.uri, location.configured);
    // A write may be the first use: from then on, follow hand edits and disk changes too.
    this.listen(location);
    return location as Location & { uri: vscode.Uri };
  }

  private write<T>(what: string, compute: Compute<T>): Promise<T> {
    return this.enqueue(async () => {
      try {
        return await this.applyWithRetry(compute);
      } catch (error) {
        throw this.fail(what, error);
      }
    });
  }

  private async applyWithRetry<T>(compute: Compute<T>): Promise<T> {
    const { uri } = await this.checkedLocation();
    const document = await this.openOrCreate(uri);
    await assertWritable(uri);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const wasDirty = document.isDirty;
      if (!wasDirty) await waitUntilDocumentMatchesDisk(document);
      const version = document.version;
      const { edits, result } = compute(this.documents.parsed(document), localIsoDate());
      if (edits.length === 0) return result;
      const edit = new vscode.WorkspaceEdit();
      for (const e of edits) {
        edit.replace(
          uri,
          new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character),
          e.newText
        );
      }
      if (document.version !== version) continue;
      const applied = await vscode.workspace.applyEdit(edit);
      if (!applied) {
        if (document.version !== version) continue;
        throw new Error('VS Code refused the edit');
      }
      if (!wasDirty && !(await document.save())) {
        throw new Error(
          `the change is in the editor but could not be saved to ${vscode.workspace.asRelativePath(uri)}; save it yourself or check the file's permissions`
        );
      }
      // The shared model followed our edit through its change event (no full parse).
      this.setModel(this.documents.parsed(document), document.version);
      return result;
    }
    throw new Error('the journal kept changing while we tried to edit it; try again');
  }

  private async openOrCreate(uri: vscode.Uri): Promise<vscode.TextDocument> {
    const open = this.openDocument(uri);
    if (open) return open;
    const exists = await vscode.workspace.fs.stat(uri).then(
      () => true,
      () => false
    );
    if (!exists) {
      const create = new vscode.WorkspaceEdit();
      create.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(NEW_JOURNAL) });
      if (!(await vscode.workspace.applyEdit(create))) {
        throw new Error(`could not create ${vscode.workspace.asRelativePath(uri)}`);
      }
      this.log.info(`Created journal ${uri.fsPath}`);
    }
    return vscode.workspace.openTextDocument(uri);
  }

  private fail(what: string, error: unknown): JournalWriteError {
    const relative = this.location?.uri ? vscode.workspace.asRelativePath(this.location.uri) : 'the journal';
    const text =
      error instanceof JournalPathError ? error.message : `Could not ${what} in ${relative}: ${message(error)}`;
    reportMessage(this.log, text);
    return new JournalWriteError(text);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
