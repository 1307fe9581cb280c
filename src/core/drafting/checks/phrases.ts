/**
 * Checks on the wording alone: leftover placeholders, stock phrases, a first message that reads
 * like a follow-up, a refusal, signs the model obeyed instructions hidden in the data, and more
 * than one ask. Each list is short on purpose and documented in docs/grounded-drafts.md.
 */
import { finding, type CheckInput, type Finding } from './types';

/** `[Name]`, `[Your Company]` (not a Markdown link), `{company}`, `{{name}}`, `<your name>`, `XXX`. */
const PLACEHOLDER =
  /\[[^\]\n]{1,40}\](?!\()|\{\{?\s*[A-Za-z_][\w .-]{0,30}\}\}?|<\s*(?:your|their|his|her|name|company|insert|first|last)[^<>\n]{0,30}>|\bX{3,}\b|\bTBD\b/g;

/** Phrases that mark a template; every one is a finding of its own. */
export const STOCK_PHRASES: readonly string[] = [
  'i hope this finds you well',
  'i hope this message finds you well',
  'i came across your profile',
  'i stumbled upon your profile',
  'i would love to pick your brain',
  'i was impressed by your impressive',
  'your impressive background',
  'i am reaching out because',
  "i'd love to add you to my network",
  'i would like to add you to my professional network',
  'synergy',
  'touch base',
  'let me know if you have any questions'
];

/** A first message must not pretend to a history that does not exist. */
export const FOLLOW_UP_PHRASES: readonly string[] = [
  'as discussed',
  'following up',
  'follow up on',
  'circling back',
  'as promised',
  'as i mentioned',
  'per our conversation',
  'great to reconnect',
  'thanks again for',
  'just checking in',
  'last time we spoke'
];

const REFUSAL =
  /\b(?:i(?:'m| am) sorry, but i (?:can(?:no|')t|am unable)|i can(?:no|')t (?:help|assist) with|as an ai(?: language model)?)\b/i;

/** Fence markers, or the model narrating that it follows injected instructions. */
const INSTRUCTIONS_FOLLOWED =
  /<<<(?:END-)?DATA|\bignor(?:e|ing) (?:all |the )?(?:above|previous|prior)\b|\bsystem prompt\b|\bhere is (?:the|my|your) (?:full )?profile\b/i;

/** Sentences that ask for something; a question mark is an ask too. */
const ASK =
  /\?|\b(?:would you|could you|can you|can we|could we|shall we|are you open to|would it be possible|let me know|i'd love to|i would love to|happy to (?:chat|meet|hop on))\b/i;

function findAll(lower: string, phrase: string, each: (at: number) => void): void {
  for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) each(at);
}

export function checkPhrases(input: CheckInput, lower: string): Finding[] {
  const { text } = input;
  const out: Finding[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    out.push(finding('placeholder', 'error', `Leftover placeholder "${match[0]}".`, at, at + match[0].length));
  }
  for (const phrase of STOCK_PHRASES) {
    findAll(lower, phrase, (at) =>
      out.push(
        finding(
          'stock-phrase',
          'warning',
          `Stock phrase "${text.slice(at, at + phrase.length)}".`,
          at,
          at + phrase.length
        )
      )
    );
  }
  const firstMessage = !input.card.facts.some((fact) => fact.source === 'log');
  if (firstMessage) {
    for (const phrase of FOLLOW_UP_PHRASES) {
      findAll(lower, phrase, (at) =>
        out.push(
          finding(
            'follow-up',
            'warning',
            `Reads like a follow-up ("${text.slice(at, at + phrase.length)}"), but nothing has happened yet.`,
            at,
            at + phrase.length
          )
        )
      );
    }
  }
  const refusal = REFUSAL.exec(text);
  if (refusal) {
    out.push(
      finding(
        'refusal',
        'error',
        'The model refused or talked about itself instead of drafting.',
        refusal.index,
        refusal.index + refusal[0].length
      )
    );
  }
  const injected = INSTRUCTIONS_FOLLOWED.exec(text);
  if (injected) {
    out.push(
      finding(
        'instructions-followed',
        'error',
        'The draft looks like it follows instructions from the data instead of writing to the person.',
        injected.index,
        injected.index + injected[0].length
      )
    );
  }
  out.push(...checkAsks(text));
  return out;
}

/** More than one ask overwhelms a first message: the second and later asking sentences are flagged. */
function checkAsks(text: string): Finding[] {
  const sentences = /[^.!?\n]+[.!?]*/g;
  let asks = 0;
  const out: Finding[] = [];
  for (const match of text.matchAll(sentences)) {
    if (!ASK.test(match[0])) continue;
    asks++;
    if (asks === 2) {
      const at = (match.index ?? 0) + (match[0].length - match[0].trimStart().length);
      out.push(
        finding(
          'many-asks',
          'warning',
          'More than one ask; keep one clear question or offer.',
          at,
          (match.index ?? 0) + match[0].trimEnd().length
        )
      );
    }
  }
  return out;
}
