import * as vscode from 'vscode';
import { setting } from '../config/settings';
import { buildDraftPrompt } from '../core/drafting/prompt';
import { QUESTIONS, localIsoDate } from '../core/types';
import {
  PeopleIndex,
  describe,
  nextToTriage,
  oneLine,
  personEvent,
  resolvePerson,
  waitingCount,
  type AgentPerson
} from '../core/agents';
import type { Services } from '../services';
import { chatApi } from './hostApi';
import { loadedPeople } from './people';

export const PARTICIPANT_ID = 'deliberate.assistant';

/** ChatRequest.model (VS Code 1.95+; the types we build against are 1.90). */
interface ChatModel {
  sendRequest(
    messages: vscode.LanguageModelChatMessage[],
    options: object,
    token: vscode.CancellationToken
  ): Thenable<{ text: AsyncIterable<string> }>;
}

/**
 * `@deliberate` in the chat view. Everything shown from the journal is escaped Markdown text;
 * decisions are buttons running our own commands, so nothing is written unless the user clicks.
 */
export function registerChatParticipant(services: Services): vscode.Disposable[] {
  const chat = chatApi();
  if (!chat) return [];
  const participant = chat.createChatParticipant(PARTICIPANT_ID, (request, _context, stream, token) =>
    handleChatRequest(services, request as vscode.ChatRequest & { model?: ChatModel }, stream, token)
  );
  participant.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'icon.png');
  return [participant];
}

/** Exported for the host suite, which calls it with a recording stream. */
export async function handleChatRequest(
  services: Services,
  request: Pick<vscode.ChatRequest, 'command' | 'prompt'> & { model?: ChatModel },
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken
): Promise<vscode.ChatResult> {
  const { people, byKey } = await loadedPeople(services);
  const uri = services.journal.uri();
  const link = (person: AgentPerson) => {
    if (uri) stream.anchor(new vscode.Location(uri, new vscode.Position(person.line, 0)), person.name);
    else stream.markdown(text(person.name));
  };
  const prompt = request.prompt.trim();
  switch (request.command) {
    case 'triage':
      return triage(people, stream, link);
    case 'due': {
      const due = new PeopleIndex(people).due(localIsoDate(new Date()), 50);
      if (due.total === 0) return say(stream, 'No follow-ups are due.');
      stream.markdown(`**${due.total} follow-up${due.total === 1 ? '' : 's'} due:**\n\n`);
      for (const summary of due.people) {
        stream.markdown(`- ${summary.followUp}: `);
        link(people.find((p) => p.line === summary.line - 1)!);
        stream.markdown('\n');
      }
      if (due.truncated) stream.markdown(`\n…and ${due.total - due.people.length} more (run \`deliberate due\`).`);
      return {};
    }
    case 'intro':
      return intro(people, prompt, stream, link);
    case 'draft':
    case 'who':
    default: {
      if (!prompt) return say(stream, 'Name a person, e.g. `@deliberate /who Ada Lovelace`.');
      const found = resolvePerson(people, prompt, byKey);
      if (found.kind === 'none') return say(stream, found.message);
      if (found.kind === 'ambiguous') {
        stream.markdown(text(found.message) + '\n\n');
        for (const candidate of found.candidates) {
          link(people.find((p) => p.line === candidate.line - 1)!);
          stream.markdown(text(` (${candidate.id ?? 'no id'})`) + '\n\n');
        }
        return {};
      }
      if (request.command === 'draft') return draft(services, found.person, request, stream, token);
      return who(found.person, stream, link);
    }
  }
}

function triage(people: readonly AgentPerson[], stream: vscode.ChatResponseStream, link: (p: AgentPerson) => void) {
  const next = nextToTriage(people);
  if (!next) return say(stream, 'No one is waiting: every person in the journal has a decision.');
  stream.markdown(`**Next of ${waitingCount(people)} waiting:** `);
  link(next);
  const detail = describe(next);
  const facts = [detail.headline, detail.via && `via ${detail.via}`, detail.seen && `seen ${detail.seen}`].filter(
    Boolean
  );
  if (facts.length) stream.markdown(`\n\n${text(facts.join(' · '))}`);
  if (detail.message) stream.markdown(`\n\n> ${text(oneLine(detail.message, 500))}`);
  stream.markdown('\n\n');
  QUESTIONS.forEach((question, i) => {
    const answer = detail.answers.find((a) => a.number === i + 1);
    stream.markdown(`${i + 1}. ${question}${answer ? ` — ${text(oneLine(answer.text, 200))}` : ''}\n`);
  });
  stream.markdown('\n');
  const id = next.id;
  if (id) {
    stream.button({ command: 'deliberate.accept', title: 'Accept', arguments: [id] });
    stream.button({ command: 'deliberate.decline', title: 'Decline', arguments: [id] });
    stream.button({ command: 'deliberate.defer', title: 'Defer', arguments: [id] });
  }
  return {};
}

function who(person: AgentPerson, stream: vscode.ChatResponseStream, link: (p: AgentPerson) => void) {
  const detail = describe(person);
  link(person);
  const facts = [
    detail.status && `status ${detail.status}`,
    detail.headline,
    detail.via && `via ${detail.via}`,
    detail.lastContact && `last contact ${detail.lastContact}`,
    detail.followUp && `follow up ${detail.followUp}`
  ].filter(Boolean);
  stream.markdown(`\n\n${text(facts.join(' · '))}\n\n`);
  for (const answer of detail.answers) stream.markdown(`**${answer.question}** ${text(oneLine(answer.text, 400))}\n\n`);
  for (const line of detail.log.slice(-5)) stream.markdown(`- ${line.date}: ${text(oneLine(line.text, 200))}\n`);
  return {};
}

/**
 * Without the network store (not in this build) an introduction is found from the journal
 * alone: people whose name, headline or `via` mentions the person or company, and who they came via.
 */
function intro(
  people: readonly AgentPerson[],
  query: string,
  stream: vscode.ChatResponseStream,
  link: (p: AgentPerson) => void
) {
  if (!query) return say(stream, 'Name a person or company, e.g. `@deliberate /intro Acme`.');
  const found = new PeopleIndex(people).list({ text: query, limit: 20 });
  if (found.total === 0) return say(stream, `No one in the journal mentions '${oneLine(query)}'.`);
  stream.markdown(`People in your journal who mention **${text(oneLine(query))}**:\n\n`);
  for (const summary of found.people) {
    stream.markdown('- ');
    link(people.find((p) => p.line === summary.line - 1)!);
    stream.markdown(
      text(`${summary.headline ? ` — ${summary.headline}` : ''}${summary.via ? ` (via ${summary.via})` : ''}`) + '\n'
    );
  }
  if (found.truncated) stream.markdown(`\n…and ${found.total - found.people.length} more.`);
  return {};
}

async function draft(
  services: Services,
  person: AgentPerson,
  request: { model?: ChatModel },
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken
): Promise<vscode.ChatResult> {
  const useChatModel = setting('chat.useChatModel') === true;
  if (useChatModel && request.model) {
    const prompt = buildDraftPrompt({
      kind: 'message',
      person: { ...personEvent(person), message: person.message },
      answers: person.answers,
      log: person.log,
      profile: setting('profile')
    });
    const messages = prompt.messages.map((m) => vscode.LanguageModelChatMessage.User(m.content));
    const response = await request.model.sendRequest(messages, {}, token);
    for await (const chunk of response.text) stream.markdown(text(chunk));
  } else {
    stream.progress(`Drafting with the configured Ollama model…`);
    const event = personEvent(person);
    let shown = 0;
    const listener = services.drafts.onDidUpdate((update) => {
      if (update.personId !== event.id) return;
      if (update.text.length > shown) stream.markdown(text(update.text.slice(shown)));
      shown = Math.max(shown, update.text.length);
      if (update.state === 'error' && update.error) stream.markdown(`\n\n${text(update.error)}`);
    });
    const cancel = token.onCancellationRequested(() => services.drafts.cancel());
    try {
      await services.drafts.start(event, 'message');
    } finally {
      listener.dispose();
      cancel.dispose();
    }
  }
  stream.markdown('\n\n_Review it before you send it; Deliberate never sends anything._');
  return {};
}

function say(stream: vscode.ChatResponseStream, message: string): vscode.ChatResult {
  stream.markdown(text(message));
  return {};
}

/** Journal text shown as Markdown text: every character that could start markup is escaped. */
function text(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}
