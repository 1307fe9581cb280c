/**
 * LinkedIn's Connections.csv as the data export writes it: a "Notes:" preamble, a blank line,
 * the header, then rows with quoted fields (commas and doubled quotes inside) and empty emails.
 */
import { createRandom } from '../lib/random';
import { COMPANIES, personName, POSITIONS, profileUrl } from './names';

export const CONNECTIONS_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

const PREAMBLE = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  ''
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows `firstIndex … firstIndex+rows-1`; the index goes into the profile slug, so ids are predictable. */
export function generateConnectionsCsv(rows: number, firstIndex = 0, seed = 0xc5f): string {
  const random = createRandom(seed);
  const lines = [...PREAMBLE, CONNECTIONS_HEADER];
  for (let i = 0; i < rows; i++) {
    const index = firstIndex + i;
    const { first, last, slug } = personName(index);
    const email = random.chance(0.2) ? `${slug}@example.com` : '';
    const connectedOn = `${String(random.int(1, 28)).padStart(2, '0')} ${random.pick(MONTHS)} ${random.int(2015, 2026)}`;
    const fields = [first, last, profileUrl(slug), email, random.pick(COMPANIES), random.pick(POSITIONS), connectedOn];
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
