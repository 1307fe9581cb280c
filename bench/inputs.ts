/**
 * Generates every input once per bench run (seeded, so identical every time) and writes the
 * ones child processes need to the git-ignored bench/.inputs/ folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateConnectionsCsv } from './generators/csv';
import { generateFeed } from './generators/feed';
import { generateJournal, type GeneratedJournal } from './generators/journal';
import { generatePeople } from './generators/people';
import type { PersonItem } from '../src/shared/protocol';

export const INPUTS_DIR = join(__dirname, '.inputs');

export interface BenchInputs {
  feed10k: string;
  /** Rows 15,000–44,999: the first half are already in journal30k (entries 0–29,999). */
  csv30k: string;
  journal30k: GeneratedJournal;
  people30k: PersonItem[];
  files: { journal30k: string; feed30k: string; csv30k: string };
}

export function createInputs(): BenchInputs {
  mkdirSync(INPUTS_DIR, { recursive: true });
  const journal30k = generateJournal(30_000);
  const csv30k = generateConnectionsCsv(30_000, 15_000);
  const files = {
    journal30k: join(INPUTS_DIR, 'journal-30k.connections.md'),
    feed30k: join(INPUTS_DIR, 'network-30k.rss'),
    csv30k: join(INPUTS_DIR, 'Connections-30k.csv')
  };
  writeFileSync(files.journal30k, journal30k.text);
  writeFileSync(files.feed30k, generateFeed(30_000, 0x30feed));
  writeFileSync(files.csv30k, csv30k);
  return { feed10k: generateFeed(10_000), csv30k, journal30k, people30k: generatePeople(30_000), files };
}
