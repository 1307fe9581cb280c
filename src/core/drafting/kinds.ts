/** What each draft kind asks of the model, and how its result is checked. */
import type { DraftKind } from '../types';
import { INTRODUCTION_REQUEST_INSTRUCTIONS } from '../network/introRequest';

/** LinkedIn's limit for an invitation note. */
export const NOTE_CHAR_LIMIT = 300;

export interface KindSpec {
  label: string;
  /** The label with its article, as the prompt says it ("an email"). */
  phrase: string;
  instructions: string;
  /** `num_predict`: generous enough for the kind, so `length` really means runaway output. */
  maxOutputTokens: number;
  charLimit?: number;
}

export const KIND_SPECS: Record<DraftKind, KindSpec> = {
  note: {
    label: 'LinkedIn invitation note',
    phrase: 'a LinkedIn invitation note',
    instructions: `Write a LinkedIn invitation note of at most ${NOTE_CHAR_LIMIT} characters, spaces included. Plain text, one short paragraph, no subject line, no hashtags, no sign-off block.`,
    maxOutputTokens: 200,
    charLimit: NOTE_CHAR_LIMIT
  },
  message: {
    label: 'direct message',
    phrase: 'a direct message',
    instructions:
      'Write a direct message of 40 to 120 words. Plain text, no subject line, at most two short paragraphs.',
    maxOutputTokens: 450
  },
  email: {
    label: 'email',
    phrase: 'an email',
    instructions:
      'Write an email. The first line is exactly "Subject: " followed by a short, specific subject. Then one blank line, then a body of 60 to 180 words in plain text, ending with a short sign-off.',
    maxOutputTokens: 700
  },
  intro: {
    label: 'introduction request',
    phrase: 'an introduction request',
    // The card's "Introduction target" and "How the path runs" facts say who and why; the person is the bridge.
    instructions: `${INTRODUCTION_REQUEST_INSTRUCTIONS} The person on the card is the bridge; the target is the card's "Introduction target".`,
    maxOutputTokens: 450
  }
};

/** Characters as a person counts them (code points, not UTF-16 units), ignoring outer whitespace. */
export function countChars(text: string): number {
  let count = 0;
  const trimmed = text.trim();
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  return count;
}

/** Whether a finished draft is over its kind's limit (only notes have one). */
export function overLimit(text: string, kind: DraftKind): boolean {
  const limit = KIND_SPECS[kind].charLimit;
  return limit !== undefined && countChars(text) > limit;
}

/** An email draft as subject and body; models sometimes bold or quote the subject line. */
export function splitEmail(text: string): { subject: string; body: string } {
  const match = /^\s*(?:\*\*)?subject\s*:\s*(?:\*\*)?\s*(.*?)\s*(?:\*\*)?[ \t]*(?:\n|$)/i.exec(text);
  if (!match) return { subject: '', body: text.trim() };
  return { subject: match[1].trim().replace(/^["']|["']$/g, ''), body: text.slice(match[0].length).trim() };
}
