/**
 * Status bar: the model, whether Ollama answers, and while drafting a live character count.
 * The health check is lazy: after a draft, on settings change (debounced), on demand, and once a
 * few seconds after start-up; never per keystroke and never inside activate().
 */
import * as vscode from 'vscode';
import { onDidChangeSettings } from '../config/settings';
import type { DraftUpdate } from '../services';
import { countChars, KIND_SPECS } from '../core/drafting/kinds';
import { displayHost, normaliseHost } from '../core/llm/host';
import { listModels, sameModel } from '../node/llm/models';
import { configuredModel, rawHostSetting } from './config';

const CHECK_TIMEOUT_MS = 3000;
const FIRST_CHECK_DELAY_MS = 5000;

type Health = { kind: 'unknown' } | { kind: 'ok' } | { kind: 'missing' } | { kind: 'down'; message: string };

export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('deliberate.model', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  private health: Health = { kind: 'unknown' };
  private drafting: DraftUpdate | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<void> | undefined;

  constructor() {
    this.item.name = 'Deliberate: Ollama model';
    this.item.command = 'deliberate.selectModel';
    this.disposables.push(
      this.item,
      onDidChangeSettings((change) => {
        if (change.affects('ollama.host', 'ollama.model')) this.scheduleCheck(500);
      })
    );
    this.render();
    this.item.show();
    this.scheduleCheck(FIRST_CHECK_DELAY_MS);
  }

  onDraftUpdate(update: DraftUpdate): void {
    const running = update.state === 'loading' || update.state === 'streaming';
    this.drafting = running ? update : undefined;
    if (!running) this.scheduleCheck(0);
    this.render();
  }

  /** Checks now (e.g. after the model list was fetched anyway). */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  dispose(): void {
    clearTimeout(this.checkTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private scheduleCheck(delayMs: number): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.check(), delayMs);
  }

  private async runCheck(): Promise<void> {
    const model = configuredModel();
    let host: string;
    try {
      host = normaliseHost(rawHostSetting());
    } catch (error) {
      this.health = { kind: 'down', message: error instanceof Error ? error.message : String(error) };
      this.render();
      return;
    }
    try {
      const models = await listModels(host, { timeoutMs: CHECK_TIMEOUT_MS });
      this.health = models.some((m) => sameModel(m.name, model)) ? { kind: 'ok' } : { kind: 'missing' };
    } catch (error) {
      this.health = {
        kind: 'down',
        message: error instanceof Error ? error.message : `Ollama at ${displayHost(host)} did not answer.`
      };
    }
    this.render();
  }

  private render(): void {
    const model = configuredModel();
    const draft = this.drafting;
    this.item.backgroundColor = undefined;
    if (draft) {
      const limit = KIND_SPECS[draft.kind].charLimit;
      const count = countChars(draft.text);
      const counter = limit ? `${count}/${limit}` : `${count} chars`;
      this.item.text =
        draft.state === 'loading' ? `$(loading~spin) Loading ${model}…` : `$(pencil) Drafting ${counter}`;
      this.item.tooltip = 'Deliberate is drafting. Run "Deliberate: Cancel Draft" to stop.';
      this.item.command = 'deliberate.cancelDraft';
      return;
    }
    this.item.command = 'deliberate.selectModel';
    switch (this.health.kind) {
      case 'ok':
        this.item.text = `$(hubot) ${model}`;
        this.item.tooltip = `Ollama answers and ${model} is installed. Click to pick another model.`;
        break;
      case 'missing':
        this.item.text = `$(warning) ${model}`;
        this.item.tooltip = `Ollama answers, but ${model} isn't installed. Click to pick or pull a model.`;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      case 'down':
        this.item.text = `$(debug-disconnect) ${model}`;
        this.item.tooltip = this.health.message;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        break;
      default:
        this.item.text = `$(hubot) ${model}`;
        this.item.tooltip = 'Ollama not checked yet. Click to pick a model.';
    }
  }
}
