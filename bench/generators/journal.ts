/**
 * A journal of N entries, about 200 bytes each on average (30,000 → about 6 MB) with what a
 * years-old journal holds: free prose, answered questions, drafts and logs. Entry i has the id
 * `https://www.linkedin.com/in/<slug-i>`, the same id the CSV generator gives row i.
 */
import { createRandom, type Random } from '../lib/random';
import { isoDay, personName, profileUrl, sentence, TAGS } from './names';

const QUESTIONS = [
  'Who is this person?',
  'Why are they connecting with me?',
  'What do they want or need from me?',
  'How can I serve them today?'
];

const STATUSES = ['new', 'new', 'accepted', 'accepted', 'declined', 'deferred'] as const;

export interface GeneratedJournal {
  text: string;
  ids: string[];
}

function entry(random: Random, index: number, out: string[]): string {
  const { first, last, slug } = personName(index);
  const id = profileUrl(slug);
  const status = random.pick(STATUSES);
  out.push(`## ${first} ${last}`, `- id: ${id}`, `- status: ${status}`);
  if (random.chance(0.6)) out.push(`- via: ${random.pick(['Jeff Wolfe', 'Ana Lima', 'Mark Ruiz', 'Rae Baum'])}`);
  out.push(`- seen: ${isoDay(random)}`);
  if (status !== 'new') out.push(`- decided: ${isoDay(random)}`);
  if (status === 'deferred' || random.chance(0.1)) out.push(`- follow-up: ${isoDay(random)}`);
  if (random.chance(0.3)) out.push(`- tags: ${random.pick(TAGS)}, ${random.pick(TAGS)}`);
  if (random.chance(0.2)) out.push('', sentence(random, random.int(6, 14)));
  if (random.chance(0.25)) out.push('', `### ${random.pick(QUESTIONS)}`, sentence(random, random.int(5, 12)));
  if (random.chance(0.05)) out.push('', '### Draft', '```', sentence(random, 12), '```');
  if (random.chance(0.25)) out.push('', '### Log', `- ${isoDay(random)}: ${sentence(random, random.int(3, 7))}`);
  out.push('');
  return id;
}

export function generateJournal(entries: number, seed = 0x10a1): GeneratedJournal {
  const random = createRandom(seed);
  const lines = ['# Connections journal', '', 'Who I met, why, and the one thing I did about it.', ''];
  const ids: string[] = [];
  for (let i = 0; i < entries; i++) ids.push(entry(random, i, lines));
  return { text: lines.join('\n'), ids };
}
