/**
 * The DraftService: one draft at a time, streamed as batched DraftUpdates (at most one per
 * ~16 ms) so the sidebar and the editor sink never see a flood. It only ever talks to the
 * configured Ollama host and never writes the journal; saving is a separate, explicit action.
 */
import * as vscode from 'vscode';
import type { DraftService, DraftState, DraftUpdate, JournalPerson, JournalStore } from '../services';
import type { ConnectionEvent, DraftKind } from '../core/types';
import { buildDraftPrompt, buildShortenPrompt, type DraftPrompt } from '../core/drafting/prompt';
import { runDraft } from '../node/drafting/run';
import { runGroundedDraft } from '../node/drafting/grounded';
import { buildCard, type PersonCard } from '../core/grounding/card';
import { draftOutcome, type GroundingState } from '../core/grounding/outcome';
import type { Finding } from '../core/drafting/checks';
import { FrameThrottle } from '../core/drafting/throttle';
import { LlmError, type LlmErrorAction } from '../core/llm/errors';
import { configuredModel, readDraftingConfig } from './config';
import { confirmRemoteHost } from './hostConsent';
import { loadPromptTemplate } from './promptTemplate';
import { findInJournal } from './journalLookup';
import { setting } from '../config/settings';
import { relationshipExtrasFor } from './relationshipCard';
import type { CardExtras } from '../core/grounding/fromJournal';
import type { IntroPath } from '../core/network';

export const DRAFTING_CONTEXT_KEY = 'deliberate.drafting';

/** `deliberate.draft.noteLimit`: 300 (LinkedIn), or 200 for a free account's invitation note. */
function noteLimitSetting(): number {
  return setting('draft.noteLimit') === 200 ? 200 : 300;
}

interface ActiveRun {
  id: number;
  controller: AbortController;
}

export interface StartOptions {
  /** Shorten this earlier note instead of drafting from scratch. */
  shortenFrom?: string;
  /** Regenerate with this note ("shorter", "mention the meetup"), keeping the card. */
  revisionNote?: string;
  /** For kind `intro`: the path whose first person is `person` (the bridge). */
  introduction?: IntroPath;
}

/** What a grounded draft is built from: the prompt in either mode, the card, and the privacy list. */
interface GroundedInput {
  build(structured: boolean): DraftPrompt;
  card: PersonCard;
  otherNames: string[];
}

export class DraftController implements DraftService, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<DraftUpdate>();
  readonly onDidUpdate = this.emitter.event;
  private readonly throttle = new FrameThrottle(() => this.emit());
  private runCounter = 0;
  private active: ActiveRun | undefined;
  private person: ConnectionEvent | undefined;
  /** The path of the current introduction request, kept so Regenerate asks about the same target. */
  private introduction: IntroPath | undefined;
  private kind: DraftKind = 'message';
  private model = '';
  private text = '';
  private state: DraftState | undefined;
  private error: string | undefined;
  private findings: Finding[] | undefined;
  private grounding: GroundingState | undefined;
  /** What the UI may offer for the last error (Retry, Open Settings, Pull). */
  errorActions: readonly LlmErrorAction[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly journal: JournalStore
  ) {}

  current(): DraftUpdate | undefined {
    if (!this.person || !this.state) return undefined;
    return this.snapshot();
  }

  /** The person and kind of the current (or last) draft, for Save, Copy and Regenerate. */
  subject(): { person: ConnectionEvent; kind: DraftKind } | undefined {
    return this.person ? { person: this.person, kind: this.kind } : undefined;
  }

  /** Increases with every start(); lets listeners tell a new draft from an update of the same one. */
  runNumber(): number {
    return this.runCounter;
  }

  /** The text so far (also after the draft ended). */
  draftText(): string {
    return this.text;
  }

  isRunning(): boolean {
    return this.active !== undefined;
  }

  start(person: ConnectionEvent, kind: DraftKind, options: { revisionNote?: string } = {}): Promise<void> {
    // Regenerating an introduction request asks about the same target.
    const same = kind === 'intro' && this.person?.id === person.id ? this.introduction : undefined;
    return this.startWith(person, kind, { ...options, introduction: same });
  }

  startIntroduction(bridge: ConnectionEvent, path: IntroPath): Promise<void> {
    return this.startWith(bridge, 'intro', { introduction: path });
  }

  async startWith(person: ConnectionEvent, kind: DraftKind, options: StartOptions): Promise<void> {
    const previousText = this.person?.id === person.id ? this.text : '';
    this.cancel();
    const run: ActiveRun = { id: ++this.runCounter, controller: new AbortController() };
    this.active = run;
    this.person = person;
    this.kind = kind;
    this.introduction = options.introduction;
    this.model = configuredModel();
    this.text = '';
    this.error = undefined;
    this.findings = undefined;
    this.grounding = undefined;
    this.errorActions = [];
    this.setState('loading');
    void vscode.commands.executeCommand('setContext', DRAFTING_CONTEXT_KEY, true);
    try {
      const config = readDraftingConfig();
      this.model = config.model;
      if (!(await confirmRemoteHost(this.context, config.host))) {
        if (this.isCurrent(run)) this.finish('cancelled');
        return;
      }
      if (!this.isCurrent(run)) return;
      const callbacks = {
        signal: run.controller.signal,
        onDelta: (delta: string) => {
          // A superseded run may still deliver a chunk that was already in flight.
          if (this.active !== run) return;
          this.text += delta;
          this.throttle.mark();
        },
        onFirstChunk: () => {
          if (this.isCurrent(run)) this.setState('streaming');
        },
        onFallback: (why: string) => {
          this.log.warn(`Draft for ${person.id}: ${why}; retrying as plain text (unchecked for grounding)`);
          if (this.active === run) this.text = '';
        }
      };
      if (kind === 'intro' && !options.introduction) {
        this.error = 'An introduction request needs a target: start it from Deliberate: Find an Introduction.';
        this.finish('error');
        return;
      }
      let grounded: GroundedInput | undefined;
      let result;
      if (options.shortenFrom !== undefined) {
        result = await runDraft(buildShortenPrompt(options.shortenFrom), config, callbacks);
      } else {
        const revision =
          options.revisionNote !== undefined ? { note: options.revisionNote, previousDraft: previousText } : undefined;
        grounded = await this.groundedInput(person, kind, config.profile, revision, options.introduction);
        if (!this.isCurrent(run)) return;
        this.log.info(`Drafting a grounded ${kind} for ${person.id} with ${config.model}`);
        const groundedResult = await runGroundedDraft(grounded.build, config, callbacks);
        if (this.isCurrent(run)) this.text = groundedResult.text;
        this.grounding = groundedResult.state;
        result = groundedResult.chat;
        if (this.isCurrent(run) && groundedResult.chat.end !== 'cancelled') {
          this.findings = draftOutcome({
            ...groundedResult,
            kind,
            card: grounded.card,
            otherNames: grounded.otherNames,
            noteLimit: noteLimitSetting()
          }).findings;
        }
      }
      if (!this.isCurrent(run)) return;
      const { evalCount, totalDurationNs, loadDurationNs } = result.stats;
      if (evalCount !== undefined) {
        this.log.info(
          `Draft ${result.end}: ${evalCount} tokens in ${Math.round((totalDurationNs ?? 0) / 1e6)} ms (model load ${Math.round((loadDurationNs ?? 0) / 1e6)} ms)`
        );
      }
      if (result.end === 'done' && !this.text.trim()) {
        this.error = `${config.model} returned an empty draft. Try again, or pick another model.`;
        this.errorActions = ['retry'];
        this.finish('error');
        return;
      }
      const end: Record<typeof result.end, DraftState> = {
        done: 'done',
        length: 'truncated',
        incomplete: 'incomplete',
        cancelled: 'cancelled'
      };
      this.finish(end[result.end]);
    } catch (error) {
      if (!this.isCurrent(run)) return;
      const mapped = error instanceof LlmError ? error : undefined;
      this.error = mapped?.message ?? (error instanceof Error ? error.message : String(error));
      this.errorActions =
        mapped?.actions ?? (error instanceof Error && error.name === 'InvalidHostError' ? ['openSettings'] : []);
      this.log.error(`Draft for ${person.id} failed: ${this.error}`);
      this.finish('error');
    }
  }

  /** Shortens the current note (after the model overran the 300-character limit). */
  shorten(text: string = this.text): Promise<void> {
    const subject = this.subject();
    if (!subject || !text.trim()) return Promise.resolve();
    return this.startWith(subject.person, 'note', { shortenFrom: text });
  }

  cancel(): void {
    if (!this.active) return;
    this.active.controller.abort();
    // Report at once: the UI must stop within 200 ms whatever the network does.
    this.finish('cancelled');
  }

  dispose(): void {
    this.cancel();
    this.throttle.cancel();
    this.emitter.dispose();
  }

  private async groundedInput(
    person: ConnectionEvent,
    kind: DraftKind,
    profile: string,
    revision: { note: string; previousDraft: string } | undefined,
    introduction: IntroPath | undefined
  ): Promise<GroundedInput> {
    let entry: JournalPerson | undefined;
    let journalUri: vscode.Uri | undefined;
    try {
      entry = await findInJournal(this.journal, person.id);
      journalUri = this.journal.uri();
    } catch (error) {
      // Without the journal the draft is less personal but still useful; say why in the log.
      this.log.warn(
        `Couldn't read the journal for ${person.id}: ${error instanceof Error ? error.message : String(error)}`
      );
    }
    const template = await loadPromptTemplate(journalUri, this.log);
    const full = {
      ...person,
      via: person.via ?? entry?.via ?? null,
      link: person.link ?? entry?.link ?? null,
      source: person.source || entry?.source || ''
    };
    // Warmth, last contact and shared connections from the files beside the journal, and the
    // path of an introduction request: facts the draft may use, absent when the files are.
    const extras: CardExtras = await relationshipExtrasFor(
      this.context,
      this.log,
      journalUri,
      person.id,
      kind,
      introduction
    ).catch((error: unknown) => {
      this.log.warn(
        `Relationship facts for ${person.id} unavailable: ${error instanceof Error ? error.message : String(error)}`
      );
      return {};
    });
    if (kind === 'intro' && !extras.introduction) {
      throw new Error(`${person.person} is not in the journal; an introduction request needs their entry.`);
    }
    const card = buildCard({
      name: full.person,
      headline: full.headline || entry?.headline,
      via: full.via,
      note: entry?.message,
      answers: entry?.answers,
      profile,
      log: entry?.log,
      ...extras
    });
    const build = (structured: boolean) => {
      const prompt = buildDraftPrompt({
        person: full,
        kind,
        answers: entry?.answers,
        profile,
        log: entry?.log,
        template,
        card,
        structured,
        revision
      });
      if (prompt.unknownPlaceholders.length) {
        this.log.warn(
          `.deliberate/prompt.md uses unknown placeholders: ${prompt.unknownPlaceholders.map((n) => `{{${n}}}`).join(', ')}`
        );
      }
      return prompt;
    };
    // Everyone else in the journal: naming one of them in this draft is a leak.
    const target = introduction?.path[introduction.path.length - 1]?.name;
    const otherNames = this.journal
      .people()
      .filter((other) => other !== entry && other.name !== target)
      .map((other) => other.name);
    return { build, card, otherNames };
  }

  private isCurrent(run: ActiveRun): boolean {
    return this.active === run;
  }

  private setState(state: DraftState): void {
    this.state = state;
    this.throttle.now();
  }

  private finish(state: DraftState): void {
    this.active = undefined;
    void vscode.commands.executeCommand('setContext', DRAFTING_CONTEXT_KEY, false);
    this.setState(state);
  }

  private snapshot(): DraftUpdate {
    const update: DraftUpdate = {
      personId: this.person!.id,
      kind: this.kind,
      text: this.text,
      state: this.state!,
      model: this.model
    };
    if (this.error !== undefined) update.error = this.error;
    if (this.findings) update.findings = this.findings;
    if (this.grounding) update.grounding = this.grounding;
    return update;
  }

  private emit(): void {
    if (this.person && this.state) this.emitter.fire(this.snapshot());
  }
}
