/**
 * When the sidebar is hidden, a draft streams into an untitled editor beside the current one.
 * Edits are serialised and coalesced: while one append is in flight, later text waits and goes
 * in as one edit, so a fast model never queues hundreds of WorkspaceEdits.
 */
import * as vscode from 'vscode';
import type { DraftUpdate } from '../services';

export class EditorDraftSink implements vscode.Disposable {
  private editor: vscode.TextEditor | undefined;
  private opening: Promise<vscode.TextEditor | undefined> | undefined;
  private written = 0;
  private latest = '';
  private writing = false;
  private inflight: string | undefined;
  private disposed = false;

  /** `reuse`: the previous draft's editor, cleared and reused so Regenerate does not pile up tabs. */
  constructor(
    readonly runKey: string,
    private readonly log: vscode.LogOutputChannel,
    private readonly reuse?: vscode.TextEditor
  ) {}

  /** This sink's editor if the user has not edited or closed it (safe to clear for the next draft). */
  reusableEditor(): vscode.TextEditor | undefined {
    const editor = this.editor;
    if (!editor || editor.document.isClosed || this.editedText() !== undefined) return undefined;
    return editor;
  }

  /** The document the draft is going to, once open. */
  document(): vscode.TextDocument | undefined {
    return this.editor?.document;
  }

  /**
   * The editor's text if the user changed it (then it, not the stream, is what they mean to
   * copy or save); undefined while it only holds what we streamed, possibly still catching up.
   */
  editedText(): string | undefined {
    const document = this.editor?.document;
    if (!document || document.isClosed) return undefined;
    const text = document.getText();
    if (text === this.latest.slice(0, this.written) || text === this.inflight) return undefined;
    if (this.latest.startsWith(text) && this.writing) return undefined;
    return text;
  }

  update(update: DraftUpdate): void {
    this.latest = update.text;
    void this.pump();
  }

  dispose(): void {
    this.disposed = true;
  }

  private open(): Promise<vscode.TextEditor | undefined> {
    this.opening ??= (async () => {
      try {
        if (this.reuse && !this.reuse.document.isClosed) {
          const document = this.reuse.document;
          const edit = new vscode.WorkspaceEdit();
          edit.delete(document.uri, document.validateRange(new vscode.Range(0, 0, document.lineCount, 0)));
          if (await vscode.workspace.applyEdit(edit)) {
            this.editor = await vscode.window.showTextDocument(document, {
              viewColumn: this.reuse.viewColumn ?? vscode.ViewColumn.Beside,
              preview: false,
              preserveFocus: true
            });
            return this.editor;
          }
        }
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
        this.editor = await vscode.window.showTextDocument(document, {
          viewColumn: vscode.ViewColumn.Beside,
          preview: false,
          preserveFocus: true
        });
        return this.editor;
      } catch (error) {
        this.log.error(
          `Couldn't open an editor for the draft: ${error instanceof Error ? error.message : String(error)}`
        );
        return undefined;
      }
    })();
    return this.opening;
  }

  private async pump(): Promise<void> {
    if (this.writing || this.disposed) return;
    this.writing = true;
    try {
      const editor = await this.open();
      while (editor && !this.disposed && this.written < this.latest.length && !editor.document.isClosed) {
        const target = this.latest;
        const delta = target.slice(this.written);
        const document = editor.document;
        const end = document.lineAt(document.lineCount - 1).range.end;
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, end, delta);
        this.inflight = target;
        const applied = await vscode.workspace.applyEdit(edit);
        this.inflight = undefined;
        if (!applied) break;
        this.written = target.length;
      }
    } finally {
      this.writing = false;
    }
  }
}
