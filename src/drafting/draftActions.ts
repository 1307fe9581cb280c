/**
 * What the user can do with a draft: copy, save to the journal (the only path that writes),
 * regenerate, shorten an overlong note, and the error actions (Retry, Open Settings, Pull).
 * Registered as commands so the sidebar's buttons, notifications and keybindings share them.
 */
import * as vscode from 'vscode';
import type { DraftService, Services } from '../services';
import { DRAFT_KINDS, type DraftKind } from '../core/types';
import { countChars, NOTE_CHAR_LIMIT, overLimit, splitEmail } from '../core/drafting/kinds';
import type { EditorDraftSink } from './editorSink';
import { openOllamaSettings } from './config';

export const DRAFT_COMMANDS = {
  copy: 'deliberate.draft.copy',
  save: 'deliberate.draft.save',
  regenerate: 'deliberate.draft.regenerate',
  shorten: 'deliberate.draft.shorten'
} as const;

/** Optional argument of copy/save: the text as the user edited it (sidebar textarea); for copy, an email part. */
interface TextArgument {
  text?: unknown;
  part?: unknown;
}

export class DraftActions {
  /** The editor the current draft streams into, when the sidebar was hidden. */
  sink: EditorDraftSink | undefined;

  constructor(
    private readonly services: Services,
    private readonly drafts: DraftService
  ) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(DRAFT_COMMANDS.copy, (arg?: TextArgument) => this.copy(arg)),
      vscode.commands.registerCommand(DRAFT_COMMANDS.save, (arg?: TextArgument) => this.save(arg)),
      vscode.commands.registerCommand(DRAFT_COMMANDS.regenerate, (arg?: { kind?: unknown }) => this.regenerate(arg)),
      vscode.commands.registerCommand(DRAFT_COMMANDS.shorten, (arg?: TextArgument) =>
        this.drafts.shorten(this.text(arg))
      )
    ];
  }

  /** The text to act on: an explicit argument, else the sink editor if the user edited it, else the stream. */
  private text(arg: TextArgument | undefined): string {
    if (arg && typeof arg.text === 'string') return arg.text;
    return this.sink?.editedText() ?? this.drafts.draftText();
  }

  async copy(arg?: TextArgument): Promise<void> {
    let text = this.text(arg).trim();
    if (arg?.part === 'subject' || arg?.part === 'body') text = splitEmail(text)[arg.part];
    if (!text) {
      void vscode.window.showInformationMessage(
        'There is no draft to copy yet. Run "Deliberate: Draft Outreach" first.'
      );
      return;
    }
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage('$(check) Draft copied', 3000);
  }

  async save(arg?: TextArgument): Promise<boolean> {
    const subject = this.drafts.subject();
    if (!subject) {
      void vscode.window.showInformationMessage(
        'There is no draft to save yet. Run "Deliberate: Draft Outreach" first.'
      );
      return false;
    }
    if (this.drafts.isRunning()) {
      void vscode.window.showInformationMessage(
        'The draft is still streaming. Stop it or wait for it to finish, then save.'
      );
      return false;
    }
    const text = this.text(arg).trim();
    if (!text) {
      void vscode.window.showInformationMessage('The draft is empty; nothing was saved.');
      return false;
    }
    try {
      await this.services.journal.setDraft(subject.person, text, subject.kind);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.services.log.error(`Saving the draft for ${subject.person.id} failed: ${message}`);
      void vscode.window.showErrorMessage(`Couldn't save the draft to the journal: ${message}`);
      return false;
    }
    this.services.log.info(`Saved a ${subject.kind} draft for ${subject.person.id} to the journal`);
    vscode.window.setStatusBarMessage(`$(check) Draft saved to the journal for ${subject.person.person}`, 4000);
    return true;
  }

  regenerate(arg?: { kind?: unknown }): Promise<void> {
    const subject = this.drafts.subject();
    if (!subject) {
      return Promise.resolve(void vscode.commands.executeCommand('deliberate.draftOutreach'));
    }
    const kind = DRAFT_KINDS.includes(arg?.kind as DraftKind) ? (arg!.kind as DraftKind) : subject.kind;
    return this.drafts.start(subject.person, kind);
  }

  /** Error notification with the actions the mapping allows. */
  async showError(message: string): Promise<void> {
    const labels: Record<string, string> = { retry: 'Retry', openSettings: 'Open Settings', pull: 'Pull Model' };
    const choice = await vscode.window.showErrorMessage(
      message,
      ...this.drafts.errorActions.map((action) => labels[action])
    );
    if (choice === 'Retry') await this.regenerate();
    else if (choice === 'Open Settings') await openOllamaSettings();
    else if (choice === 'Pull Model') {
      await vscode.commands.executeCommand('deliberate.pullModel', this.drafts.current()?.model);
    }
  }

  /** After a draft ends: the overlong-note offer always; the other actions when there is no sidebar to show them. */
  async offerNextSteps(state: string, sidebarShown: boolean): Promise<void> {
    const subject = this.drafts.subject();
    const text = this.text(undefined);
    if (!subject || !text.trim()) return;
    const tooLong = subject.kind === 'note' && overLimit(text, 'note');
    if (sidebarShown && !tooLong) return;
    const parts = [`Draft for ${subject.person.person} is ready for your review.`];
    if (state === 'incomplete') {
      parts[0] = `The model stopped early; the draft for ${subject.person.person} may be incomplete.`;
    }
    if (state === 'truncated') {
      parts[0] = `The draft for ${subject.person.person} hit the length limit and was cut off.`;
    }
    if (state === 'cancelled') parts[0] = `Stopped. The partial draft for ${subject.person.person} is kept.`;
    if (tooLong) parts.push(`The note is ${countChars(text)} characters; LinkedIn allows ${NOTE_CHAR_LIMIT}.`);
    const copies = subject.kind === 'email' && splitEmail(text).subject ? ['Copy Subject', 'Copy Body'] : ['Copy'];
    const buttons = [
      ...(tooLong ? ['Shorten'] : []),
      ...(sidebarShown ? [] : [...copies, 'Save to Journal', 'Regenerate'])
    ];
    const choice = await vscode.window.showInformationMessage(parts.join(' '), ...buttons);
    if (choice === 'Shorten') await this.drafts.shorten(text);
    else if (choice === 'Copy') await this.copy();
    else if (choice === 'Copy Subject') await this.copy({ part: 'subject' });
    else if (choice === 'Copy Body') await this.copy({ part: 'body' });
    else if (choice === 'Save to Journal') await this.save();
    else if (choice === 'Regenerate') await this.regenerate();
  }
}
