/**
 * The network area's service: records the edges of every feed refresh beside the journal and
 * answers who-knows / introduction questions for the sidebar detail, the person panel and the
 * commands. The network is loaded lazily and cached until the journal or the file changes.
 */
import * as vscode from 'vscode';
import type { ConnectionEvent } from '../core/types';
import { localIsoDate } from '../core/types';
import { personNetworkSummary, type Conversation, type IntroOptions, type PersonNetworkSummary } from '../core/network';
import { loadNetwork, recordConversationEdges, recordFeedEdges, type LoadedNetwork } from '../node/network';
import type { JournalStore } from '../services';
import { evidenceWarmthLookup } from '../node/drafting/relationships';

export interface NetworkService {
  readonly onDidChange: vscode.Event<void>;
  /** The loaded network, or undefined when there is no journal on disk to put it beside. */
  load(): Promise<LoadedNetwork | undefined>;
  /** Questions 5 and 6 for one person (sidebar id or entry key); undefined without a journal. */
  personNetwork(id: string): Promise<(PersonNetworkSummary & { warnings: string[] }) | undefined>;
  /** Records one feed's edges; never rejects (failures are logged and shown once). */
  recordFeed(label: string, events: readonly ConnectionEvent[]): Promise<void>;
  /** Records an imported message export's small group conversations; how many edges were appended (never rejects). */
  recordConversations(conversations: readonly Conversation[]): Promise<number>;
  /** Warmth source for paths; the evidence area sets it once computeWarmth lands. */
  warmth: IntroOptions['warmth'];
}

export class NetworkServiceImpl implements NetworkService, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private cached: Promise<LoadedNetwork | undefined> | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  warmth: IntroOptions['warmth'] = undefined;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly journal: JournalStore
  ) {
    this.disposables.push(journal.onDidChange(() => this.invalidate()));
  }

  private journalFile(): { path: string; text?: string } | undefined {
    const uri = this.journal.uri();
    if (!uri || uri.scheme !== 'file') return undefined;
    // An open journal's unsaved text is what the user sees: resolve names against it.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return { path: uri.fsPath, text: open?.getText() };
  }

  load(): Promise<LoadedNetwork | undefined> {
    if (!this.cached) {
      const file = this.journalFile();
      this.cached = file
        ? loadNetwork(file.path, { journalText: file.text, today: localIsoDate() }).then(
            async (loaded) => {
              await this.refreshWarmth(file);
              for (const warning of loaded.warnings.slice(0, 20)) this.log.warn(`network: ${warning.message}`);
              if (loaded.warnings.length > 20) {
                this.log.warn(`network: and ${loaded.warnings.length - 20} more warnings`);
              }
              return loaded;
            },
            (error: unknown) => {
              this.log.error('network: could not load the network file', error);
              this.cached = undefined;
              return undefined;
            }
          )
        : Promise.resolve(undefined);
    }
    return this.cached;
  }

  async personNetwork(id: string): Promise<(PersonNetworkSummary & { warnings: string[] }) | undefined> {
    const loaded = await this.load();
    if (!loaded) return undefined;
    const summary = personNetworkSummary(loaded.network, id, { warmth: this.warmth });
    return { ...summary, warnings: loaded.warnings.slice(0, 20).map((w) => w.message) };
  }

  async recordFeed(label: string, events: readonly ConnectionEvent[]): Promise<void> {
    const file = this.journalFile();
    if (!file || events.length === 0) return;
    try {
      const result = await recordFeedEdges(file.path, events, { journalText: file.text, today: localIsoDate() });
      for (const warning of result.warnings) this.log.warn(`network: ${label}: ${warning.message}`);
      if (result.appended > 0) {
        this.log.info(`network: ${label}: ${result.appended} new edge(s) recorded`);
        this.invalidate();
      }
    } catch (error) {
      this.log.error(`network: ${label}: could not record edges`, error);
    }
  }

  async recordConversations(conversations: readonly Conversation[]): Promise<number> {
    const file = this.journalFile();
    if (!file || conversations.length === 0) return 0;
    try {
      const result = await recordConversationEdges(file.path, conversations, {
        journalText: file.text,
        today: localIsoDate()
      });
      for (const warning of result.warnings) this.log.warn(`network: messages.csv: ${warning.message}`);
      this.log.info(`network: messages.csv: ${result.appended} new conversation edge(s) recorded`);
      if (result.appended > 0) this.invalidate();
      return result.appended;
    } catch (error) {
      this.log.error('network: messages.csv: could not record conversation edges', error);
      return 0;
    }
  }

  /** Paths rank by the evidence's warmth (computeWarmth) when the evidence file exists. */
  private async refreshWarmth(file: { path: string; text?: string }): Promise<void> {
    try {
      this.warmth = await evidenceWarmthLookup(file.path, { journalText: file.text, today: localIsoDate() });
    } catch (error) {
      this.log.warn(
        `network: could not read the evidence file for warmth: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  }

  private invalidate(): void {
    this.cached = undefined;
    this.emitter.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
