/** Word pools for generated people: plain ASCII plus a few accented and CJK names, as real exports have. */
import type { Random } from '../lib/random';

export const FIRST_NAMES = [
  'Ada',
  'Alan',
  'Grace',
  'Linus',
  'Margaret',
  'Dennis',
  'Barbara',
  'Ken',
  'Frances',
  'Edsger',
  'Radia',
  'Donald',
  'Hedy',
  'Tim',
  'Katherine',
  'John',
  'Priya',
  'Samuel',
  'Mei',
  'Olivia',
  'Mark',
  'Ana',
  'Rae',
  'Jeff',
  'Todd',
  'Chinedu',
  'Zoë',
  'José',
  'Søren',
  'Aiko',
  'Björn',
  'Noémie',
  'Ravi',
  'Fatima',
  'Yuki',
  'Kwame',
  'Lucía',
  '明',
  'Iñaki',
  'Amara'
] as const;

export const LAST_NAMES = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Ritchie',
  'Liskov',
  'Thompson',
  'Allen',
  'Dijkstra',
  'Perlman',
  'Knuth',
  'Lamarr',
  'Berners-Lee',
  'Johnson',
  'McCarthy',
  'Raman',
  'Okafor',
  'Chen',
  'Hart',
  'Ruiz',
  'Lima',
  'Baum',
  'Wolfe',
  'Schnick',
  'Eze',
  'Müller',
  'García',
  'Kierkegaard',
  'Tanaka',
  'Ångström',
  'Lefèvre',
  'Patel',
  'Haddad',
  '王',
  "O'Neil"
] as const;

export const COMPANIES = [
  'Fieldnotes',
  'Columbus Civic Tech',
  'Analytical Engines, Ltd',
  'Acme "Rockets" Inc',
  'Northwind',
  'Initech',
  'Globex, Corp.',
  'Hooli',
  'Pied Piper',
  'Umbrella Research',
  'Tyrell & Sons',
  'Wayne Enterprises',
  'Stark Industries'
] as const;

export const POSITIONS = [
  'Product lead',
  'Data journalist',
  'Staff engineer',
  'Organiser',
  'Head of Growth, EMEA',
  'Recruiter',
  'CTO',
  'Designer',
  'Founder & CEO',
  'Research scientist',
  'Community manager',
  'Podcast host',
  'VP "Special Projects"'
] as const;

export const WORDS = [
  'local',
  'first',
  'tools',
  'meetup',
  'podcast',
  'civic',
  'data',
  'open',
  'source',
  'mentor',
  'hiring',
  'design',
  'research',
  'writing',
  'conference',
  'coffee',
  'introduce',
  'project',
  'funding',
  'community',
  'talk',
  'notes'
] as const;

export const TAGS = [
  'podcast',
  'marketing',
  'civic-tech',
  'hiring',
  'mentor',
  'design',
  'data',
  'founder',
  'speaker'
] as const;

/**
 * Person number `index`: a function of the index alone, so the feed, the CSV and the journal
 * generators agree on who person i is (and on the profile-URL id), and slugs never collide.
 */
export function personName(index: number): { first: string; last: string; slug: string } {
  const first = FIRST_NAMES[(index * 7 + 3) % FIRST_NAMES.length];
  const last = LAST_NAMES[(index * 13 + 5) % LAST_NAMES.length];
  const slug = `${first}-${last}-${index.toString(36)}`.toLowerCase().replace(/[^a-z0-9-]+/g, 'x');
  return { first, last, slug };
}

export function sentence(random: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random.pick(WORDS));
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** An ISO day in 2025–2026, deterministic from the random stream. */
export function isoDay(random: Random): string {
  const year = random.chance(0.5) ? 2025 : 2026;
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function profileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${slug}`;
}
