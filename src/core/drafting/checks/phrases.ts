/**
 * Checks on the wording alone: leftover placeholders, stock phrases, a first message that reads
 * like a follow-up, a refusal, signs the model obeyed instructions hidden in the data, and more
 * than one ask. Each list is short on purpose and documented in docs/grounded-drafts.md.
 */
import { finding, type CheckInput, type Finding } from './types';
import { matchPhrases, phraseMatcher } from './words';

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

/** Phrases that make a sentence an ask; a question mark does too. */
const ASK_PHRASES: readonly string[] = [
  'would you',
  'could you',
  'can you',
  'can we',
  'could we',
  'shall we',
  'are you open to',
  'would it be possible',
  'let me know',
  "i'd love to",
  'i would love to',
  'happy to chat',
  'happy to meet'
];

/** Cheap guards so the regexes run only on drafts that could match them. */
const PLACEHOLDER_HINTS = ['[', '{', '<', 'XXX', 'TBD'];
const REFUSAL_HINTS = ['sorry', 'as an ai', "can't", 'cannot'];
const INSTRUCTION_HINTS = ['<<<', 'ignor', 'system prompt', 'here is '];

/** One table for the three lists, so the draft's words are walked once. */
const PHRASES = phraseMatcher({ stock: STOCK_PHRASES, followUp: FOLLOW_UP_PHRASES, ask: ASK_PHRASES });

export function checkPhrases(input: CheckInput, lower: string): Finding[] {
  const { text } = input;
  const out: Finding[] = [];
  const placeholders = PLACEHOLDER_HINTS.some((hint) => text.includes(hint)) ? text.matchAll(PLACEHOLDER) : [];
  for (const match of placeholders) {
    const at = match.index ?? 0;
    out.push(finding('placeholder', 'error', `Leftover placeholder "${match[0]}".`, at, at + match[0].length));
  }
  const firstMessage = !input.card.facts.some((fact) => fact.source === 'log');
  const askStarts: number[] = [];
  matchPhrases(PHRASES, text, lower, (list, start, end) => {
    const said = text.slice(start, end);
    if (list === 'stock') out.push(finding('stock-phrase', 'warning', `Stock phrase "${said}".`, start, end));
    else if (list === 'followUp') {
      if (firstMessage) {
        out.push(
          finding(
            'follow-up',
            'warning',
            `Reads like a follow-up ("${said}"), but nothing has happened yet.`,
            start,
            end
          )
        );
      }
    } else askStarts.push(start);
  });
  const refusal = REFUSAL_HINTS.some((hint) => lower.includes(hint)) ? REFUSAL.exec(text) : null;
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
  const injected = INSTRUCTION_HINTS.some((hint) => lower.includes(hint)) ? INSTRUCTIONS_FOLLOWED.exec(text) : null;
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
  out.push(...checkAsks(text, askStarts));
  return out;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;
}

/**
 * More than one ask overwhelms a first message: the second asking sentence is flagged. Asks are
 * found by indexOf, then mapped to their sentence, so a draft without two asks costs a few scans.
 */
function checkAsks(text: string, askStarts: readonly number[]): Finding[] {
  const sentenceStarts = new Set<number>();
  const sentenceStart = (at: number) => {
    let start = at;
    while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    return start;
  };
  for (let at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) sentenceStarts.add(sentenceStart(at));
  for (const at of askStarts) sentenceStarts.add(sentenceStart(at));
  if (sentenceStarts.size < 2) return [];
  const second = [...sentenceStarts].sort((a, b) => a - b)[1];
  let start = second;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = start;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  while (end < text.length && (text[end] === '?' || text[end] === '!' || text[end] === '.')) end++;
  return [finding('many-asks', 'warning', 'More than one ask; keep one clear question or offer.', start, end)];
}
