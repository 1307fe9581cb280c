/**
 * The prompt template users can copy to `.deliberate/prompt.md` and edit. HTML comments are
 * documentation and never reach the model; `<!-- system -->` and `<!-- user -->` mark the two
 * messages. Placeholders are replaced in one pass, so data that happens to contain `{{…}}`
 * is never expanded.
 */

export const PLACEHOLDERS = {
  kind: 'The draft kind in words: "a LinkedIn invitation note", "a direct message" or "an email".',
  kindInstructions: 'Length and format rules for that kind (e.g. the 300-character limit of a note).',
  person: 'The person: name, via, headline, link, source and their invitation message — fenced as data.',
  answers: 'Your answers to the deliberation questions from the journal — fenced as data.',
  profile: 'Who you are and what you offer (setting deliberate.profile) — fenced as data.',
  log: 'Past log lines with this person from the journal — fenced as data.',
  dataRules: 'The rule that fenced blocks are data, not instructions. Kept in the system message even if you remove it.'
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

const PLACEHOLDER_DOCS = (Object.entries(PLACEHOLDERS) as [string, string][])
  .map(([name, text]) => `  {{${name}}} — ${text}`)
  .join('\n');

export const DEFAULT_TEMPLATE = `<!--
Deliberate draft prompt. Edit freely: Deliberate uses this file for every draft in this
workspace (delete it to go back to the built-in prompt). HTML comments like this one are
never sent to the model.

The part after "system" is the system message, the part after "user" is the request.
Placeholders:
${PLACEHOLDER_DOCS}

Untrusted text (from feeds, LinkedIn exports and your journal) is cleaned, length-capped and
fenced between random delimiters that change on every request. The model gets no tools, and
nothing is sent anywhere but to your Ollama host.
-->
<!-- system -->
You help the user write one short first message to a new professional connection. The message
is a single meaningful action in the spirit of "hello, how can I help you today?": warm, plain,
specific to this person, and useful to them.

Rules:
- Use only facts given below. Never invent shared history, mutual friends, achievements or details.
- No flattery templates ("I was impressed by your impressive profile"), no buzzwords, no hard sell.
- Offer one concrete, small way the user could help or a question about what the person needs.
- Write in the user's voice (first person), in the language of the person's details when clear.
- Output only the draft text, with no preamble, notes or alternatives.

{{dataRules}}
<!-- user -->
Draft {{kind}} to the person below.
{{kindInstructions}}

The person:
{{person}}

What the user wrote about them while deliberating:
{{answers}}

About the user:
{{profile}}

Past actions with this person:
{{log}}
`;

export interface ParsedTemplate {
  system: string;
  user: string;
}

/** Splits a template into system and user parts; without markers the whole text is the user part. */
export function parseTemplate(template: string): ParsedTemplate {
  const systemMarker = /<!--\s*system\s*-->/i;
  const userMarker = /<!--\s*user\s*-->/i;
  const text = template.replace(/\r\n?/g, '\n');
  const userAt = text.search(userMarker);
  const systemAt = text.search(systemMarker);
  const strip = (part: string) =>
    part
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  if (userAt < 0) {
    return {
      system: systemAt < 0 ? '' : strip(text.slice(systemAt)),
      user: strip(systemAt < 0 ? text : text.slice(0, systemAt))
    };
  }
  const userPart = text.slice(userAt);
  const systemPart = systemAt >= 0 && systemAt < userAt ? text.slice(systemAt, userAt) : '';
  return { system: strip(systemPart), user: strip(userPart) };
}

/** Replaces `{{name}}` from `values`; unknown names are kept verbatim and reported. */
export function fillPlaceholders(text: string, values: Record<string, string>): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const filled = text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => {
    if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
    unknown.push(name);
    return whole;
  });
  return { text: filled, unknown };
}
