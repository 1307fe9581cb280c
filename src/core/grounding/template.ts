/**
 * The grounded prompt template: the model sees the person card (facts with ids) and answers with
 * the draft plus the ids it used. `deliberate.createPromptTemplate` writes this one; older
 * `.deliberate/prompt.md` files made from the plain template keep working (the card and the
 * output rule are appended when a template does not place them).
 */
import { PLACEHOLDERS } from '../drafting/template';

export const GROUNDED_PLACEHOLDERS = {
  card: 'The person card: one fact per line as "[id] Label: text" (name, headline, via, their note, your answers, your profile, evidence, shared connections, log) — fenced as data.',
  outputFormat:
    'How to answer: JSON with "message" and "facts_used" when structured output is on, else plain text. Appended if you remove it.',
  revision:
    'Empty, or your note for a regenerate ("shorter", "mention the meetup") with the previous draft fenced as data.'
} as const;

const DOCS = (Object.entries({ ...PLACEHOLDERS, ...GROUNDED_PLACEHOLDERS }) as [string, string][])
  .map(([name, text]) => `  {{${name}}} — ${text}`)
  .join('\n');

export const GROUNDED_TEMPLATE = `<!--
Deliberate draft prompt. Edit freely: Deliberate uses this file for every draft in this
workspace (delete it to go back to the built-in prompt). HTML comments like this one are
never sent to the model.

The part after "system" is the system message, the part after "user" is the request.
Placeholders:
${DOCS}

Untrusted text (from feeds, LinkedIn exports and your journal) is cleaned, length-capped and
fenced between random delimiters that change on every request. The model gets no tools, and
nothing is sent anywhere but to your Ollama host. Every draft is checked afterwards: facts it
cites that are not on the card, placeholders, stock phrases, other people's names, length.
-->
<!-- system -->
You help the user write one short first message to a new professional connection. The message
is a single meaningful action in the spirit of "hello, how can I help you today?": warm, plain,
specific to this person, and useful to them.

Rules:
- Use only facts from the person card. Never invent shared history, mutual friends, achievements or details.
- Name no one except the person and people on the card.
- No flattery templates, no stock phrases ("I hope this finds you well"), no buzzwords, no hard sell.
- Offer one concrete, small way the user could help, or ask one question about what the person needs.
- Write in the user's voice (first person), in the language of the person's details when clear.
- Write a finished message: no placeholders like [Name] or {company}.

{{dataRules}}
<!-- user -->
Draft {{kind}} to the person on the card below.
{{kindInstructions}}

The person card (each fact has an id in square brackets):
{{card}}
{{revision}}
{{outputFormat}}
`;

export const STRUCTURED_OUTPUT_RULE =
  'Answer with a JSON object only: {"message": "<the draft>", "facts_used": ["<id>", …]}. "facts_used" lists the id of every card fact the message relies on (e.g. "headline", "a7"). The message says nothing that is not on the card.';

export const PLAIN_OUTPUT_RULE = 'Output only the draft text, with no preamble, notes or alternatives.';
