/**
 * A grounded draft run: asks Ollama for JSON `{message, facts_used}` through `format`, streams the
 * decoded message text as it arrives, and falls back to plain text (labelled unchecked) when the
 * server rejects `format` or the model ignores it. Shared by the CLI, the extension and the eval.
 */
import { streamChat, type ChatResult } from '../llm/chat';
import { LlmError } from '../../core/llm/errors';
import type { DraftPrompt } from '../../core/drafting/prompt';
import { ThinkFilter } from '../../core/drafting/thinkFilter';
import { cleanModelOutput } from '../../core/drafting/sanitize';
import { DRAFT_OUTPUT_SCHEMA, MessageFieldExtractor, parseStructuredDraft } from '../../core/drafting/structured';
import type { GroundingState } from '../../core/grounding/outcome';
import type { DraftRunCallbacks, DraftRunSettings } from './run';

export interface GroundedRunResult {
  chat: ChatResult;
  text: string;
  factsUsed?: string[];
  state: GroundingState;
  /** Why the result is unchecked, in words. */
  why?: string;
}

export interface GroundedRunCallbacks extends DraftRunCallbacks {
  /** The server refused `format`; the draft restarts as plain text (drop text shown so far). */
  onFallback?(why: string): void;
}

/** Old Ollama versions answer 400 to an object `format` (e.g. "invalid format" or a JSON unmarshal error). */
export function isFormatRejection(error: unknown): boolean {
  return (
    error instanceof LlmError && error.kind === 'server' && (error.status === 400 || /format/i.test(error.message))
  );
}

/**
 * `buildPrompt(structured)` builds the prompt for either mode: the plain fallback must not ask for JSON.
 */
export async function runGroundedDraft(
  buildPrompt: (structured: boolean) => DraftPrompt,
  settings: DraftRunSettings,
  callbacks: GroundedRunCallbacks
): Promise<GroundedRunResult> {
  try {
    return await runOnce(buildPrompt(true), settings, callbacks, true);
  } catch (error) {
    if (!isFormatRejection(error)) throw error;
    const why = 'the Ollama server rejected structured output';
    callbacks.onFallback?.(why);
    const result = await runOnce(buildPrompt(false), settings, callbacks, false);
    return { ...result, state: 'unchecked', why };
  }
}

async function runOnce(
  prompt: DraftPrompt,
  settings: DraftRunSettings,
  callbacks: GroundedRunCallbacks,
  structured: boolean
): Promise<GroundedRunResult> {
  const extractor = new MessageFieldExtractor();
  const thinking = new ThinkFilter();
  let raw = '';
  let text = '';
  const emit = (piece: string) => {
    const clean = cleanModelOutput(piece);
    if (!clean) return;
    text += clean;
    callbacks.onDelta(clean);
  };
  const chat = await streamChat({
    host: settings.host,
    model: settings.model,
    messages: prompt.messages,
    numCtx: prompt.numCtx,
    numPredict: prompt.numPredict,
    temperature: settings.temperature ?? 0.7,
    keepAlive: settings.keepAlive,
    format: structured ? DRAFT_OUTPUT_SCHEMA : undefined,
    signal: callbacks.signal,
    firstTokenTimeoutMs: settings.firstTokenTimeoutMs,
    idleTimeoutMs: settings.idleTimeoutMs,
    onDelta: (delta) => {
      raw += delta;
      if (!structured) return emit(thinking.push(delta));
      const undecided = extractor.looksLikeJson === undefined;
      const decoded = extractor.push(delta);
      // The model ignored `format` and wrote prose: show it as it is, from its first character.
      if (extractor.looksLikeJson === false) emit(thinking.push(undecided ? raw : delta));
      else if (decoded) emit(decoded);
    },
    onFirstChunk: callbacks.onFirstChunk,
    fetch: settings.fetch
  });
  if (!structured || extractor.looksLikeJson === false) {
    const rest = thinking.flush();
    if (rest) emit(rest);
    const why = structured ? 'the model answered in plain text' : undefined;
    return { chat, text, state: chat.end === 'incomplete' ? 'incomplete' : 'unchecked', why };
  }
  if (chat.end === 'incomplete' || chat.end === 'cancelled') return { chat, text, state: 'incomplete' };
  const parsed = parseStructuredDraft(raw);
  if (parsed.ok) return { chat, text: cleanModelOutput(parsed.message), factsUsed: parsed.factsUsed, state: 'checked' };
  // Cut off by num_predict: the JSON is unfinished because the text is.
  if (chat.end === 'length') return { chat, text, state: 'incomplete' };
  return {
    chat,
    text,
    state: 'invalid-json',
    why: parsed.reason === 'missing-message' ? 'no "message" field' : undefined
  };
}
