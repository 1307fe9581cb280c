/**
 * A finished grounded draft: the text, the ids it cites, how far it could be checked, and the
 * findings. One shape for the pane, the CLI and the eval, so each bad model answer reads the same.
 */
import type { DraftKind } from '../types';
import { checkDraft, finding, type Finding } from '../drafting/checks';
import type { PersonCard } from './card';

/**
 * `checked`: JSON honoured, fact ids read. `unchecked`: plain text (server rejected `format`
 * or the model ignored it), so fact ids are unknown. `invalid-json`: JSON broke after the message.
 * `incomplete`: the stream ended mid-draft.
 */
export type GroundingState = 'checked' | 'unchecked' | 'invalid-json' | 'incomplete';

export interface DraftOutcome {
  text: string;
  kind: DraftKind;
  factsUsed: string[];
  state: GroundingState;
  findings: Finding[];
}

export interface OutcomeInput {
  text: string;
  kind: DraftKind;
  card: PersonCard;
  state: GroundingState;
  /** Only meaningful when state is `checked`. */
  factsUsed?: readonly string[];
  otherNames?: readonly string[];
  noteLimit?: number;
  /** Why the output is unchecked, for the label ("the server rejected structured output"). */
  why?: string;
}

const STATE_FINDINGS: Record<Exclude<GroundingState, 'checked'>, { code: string; message: string }> = {
  unchecked: { code: 'unchecked', message: 'Unchecked for grounding: the model did not say which facts it used' },
  'invalid-json': {
    code: 'invalid-output',
    message: 'Unchecked for grounding: the model broke the answer format, so the facts it used are unknown'
  },
  incomplete: { code: 'incomplete', message: 'The model stopped mid-draft: the text may be cut off' }
};

export function draftOutcome(input: OutcomeInput): DraftOutcome {
  const checked = input.state === 'checked';
  const findings = checkDraft({
    text: input.text,
    kind: input.kind,
    card: input.card,
    factsUsed: checked ? (input.factsUsed ?? []) : undefined,
    otherNames: input.otherNames,
    noteLimit: input.noteLimit
  });
  if (!checked) {
    const state = STATE_FINDINGS[input.state as Exclude<GroundingState, 'checked'>];
    findings.unshift(
      finding(state.code, 'warning', input.why ? `${state.message} (${input.why}).` : `${state.message}.`)
    );
  }
  return {
    text: input.text,
    kind: input.kind,
    factsUsed: checked ? [...(input.factsUsed ?? [])] : [],
    state: input.state,
    findings
  };
}
