/** What every draft check reports, and what it reads. Offsets are UTF-16 indices into the draft. */
import type { DraftKind } from '../../types';
import type { PersonCard } from '../../grounding/card';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: FindingSeverity;
  message: string;
  /** Span in the draft the finding is about; `start === end` when it is about the whole draft. */
  start: number;
  end: number;
}

export interface CheckInput {
  text: string;
  kind: DraftKind;
  card: PersonCard;
  /** Card ids the model said it used; undefined when the output was unstructured (unchecked). */
  factsUsed?: readonly string[];
  /** Names of every other person in the journal (the person's own entry excluded). */
  otherNames?: readonly string[];
  /** The same names indexed once per journal (`nameIndex`); preferred over `otherNames` when given. */
  otherPeople?: ReadonlyMap<string, readonly { name: string; tokens: string[] }[]>;
  /** `deliberate.draft.noteLimit`: 300 (LinkedIn) or 200 (a free account). */
  noteLimit?: number;
}

export function finding(code: string, severity: FindingSeverity, message: string, start = 0, end = start): Finding {
  return { code, severity, message, start, end };
}
