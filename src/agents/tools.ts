import * as vscode from 'vscode';
import { z } from 'zod';
import { addDays } from '../core/journal';
import { STATUSES, localIsoDate } from '../core/types';
import { PeopleIndex, describe, oneLine, personEvent, resolvePerson, type AgentPerson } from '../core/agents';
import type { Services } from '../services';
import { languageModelTools, type LanguageModelToolImpl } from './hostApi';
import { loadedPeople } from './people';

/**
 * Language model tools (contributes.languageModelTools): the read-only queries always, the
 * writing ones only in a trusted workspace, each confirmed by the user before it runs (VS Code
 * shows prepareInvocation's confirmationMessages). Inputs are validated with zod; results are
 * JSON text. Names and ids here are part of the manifest.
 */
export const READ_TOOLS = ['deliberate_list_people', 'deliberate_get_person', 'deliberate_follow_ups_due'] as const;
export const WRITE_TOOLS = ['deliberate_record_decision', 'deliberate_log_action', 'deliberate_set_answer'] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const person = z.string().trim().min(1).max(500);
const listInput = z.object({
  status: z.enum(STATUSES).optional(),
  due: z.boolean().optional(),
  losingTouch: z.boolean().optional(),
  text: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(500).optional()
});
const decisionInput = z.object({
  person,
  decision: z.enum(['accepted', 'declined', 'deferred']),
  followUp: date.optional()
});
const logInput = z.object({ person, text: z.string().trim().min(1).max(500) });
const answerInput = z.object({ person, question: z.number().int().min(1).max(8), text: z.string().max(20_000) });

/** Validates a tool's input; a mistake is one sentence naming the fields, for the model to correct. */
function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  throw new Error(`Invalid input (${problems}).`);
}

export function registerLanguageModelTools(services: Services): vscode.Disposable[] {
  const host = languageModelTools();
  if (!host) return [];
  const today = () => localIsoDate(new Date());
  const json = (value: unknown) => host.result(JSON.stringify(value));
  const find = async (query: string): Promise<AgentPerson> => {
    const { people, byKey } = await loadedPeople(services);
    const found = resolvePerson(people, query, byKey);
    if (found.kind !== 'found') throw new Error(found.message);
    return found.person;
  };
  const tools: [string, LanguageModelToolImpl<unknown>][] = [
    [
      'deliberate_list_people',
      {
        async invoke({ input }) {
          const args = parse(listInput, input ?? {});
          const { people } = await loadedPeople(services);
          return json(
            new PeopleIndex(people).list({
              status: args.status,
              dueBy: args.due ? today() : undefined,
              quietSince: args.losingTouch ? addDays(today(), -90) : undefined,
              text: args.text,
              limit: args.limit ?? 50
            })
          );
        }
      }
    ],
    [
      'deliberate_get_person',
      {
        async invoke({ input }) {
          return json({ person: describe(await find(parse(z.object({ person }), input).person)) });
        }
      }
    ],
    [
      'deliberate_follow_ups_due',
      {
        async invoke({ input }) {
          const args = parse(z.object({ date: date.optional() }), input ?? {});
          const { people } = await loadedPeople(services);
          return json(new PeopleIndex(people).due(args.date ?? today(), 50));
        }
      }
    ]
  ];
  const register = (list: [string, LanguageModelToolImpl<unknown>][]) =>
    list.map(([name, tool]) => host.lm.registerTool(name, tool));
  const disposables = register(tools);
  // Writing tools exist only in a trusted workspace; granting trust later adds them.
  if (vscode.workspace.isTrusted) disposables.push(...register(writeTools(services, find, today, json)));
  else {
    const grant = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      disposables.push(...register(writeTools(services, find, today, json)));
      grant.dispose();
    });
    disposables.push(grant);
  }
  return [{ dispose: () => disposables.forEach((d) => d.dispose()) }];
}

function writeTools(
  services: Services,
  find: (query: string) => Promise<AgentPerson>,
  today: () => string,
  json: (value: unknown) => unknown
): [string, LanguageModelToolImpl<unknown>][] {
  const confirm = (title: string, message: string) => ({
    invocationMessage: title,
    confirmationMessages: { title, message: new vscode.MarkdownString().appendText(message) }
  });
  return [
    [
      'deliberate_record_decision',
      {
        async prepareInvocation({ input }) {
          const args = parse(decisionInput, input);
          const target = await find(args.person);
          return confirm('Record a decision', `Mark ${oneLine(target.name)} as ${args.decision} in the journal?`);
        },
        async invoke({ input }) {
          const args = parse(decisionInput, input);
          const target = await find(args.person);
          const followUp = args.followUp ?? (args.decision === 'deferred' ? addDays(today(), 14) : undefined);
          await services.journal.recordDecision(personEvent(target), args.decision, { followUp });
          return json({
            id: target.id ?? null,
            name: target.name,
            decision: args.decision,
            followUp: followUp ?? null
          });
        }
      }
    ],
    [
      'deliberate_log_action',
      {
        async prepareInvocation({ input }) {
          const args = parse(logInput, input);
          const target = await find(args.person);
          return confirm('Log an action', `Add to ${oneLine(target.name)}'s log: "${oneLine(args.text, 200)}"?`);
        },
        async invoke({ input }) {
          const args = parse(logInput, input);
          const target = await find(args.person);
          await services.journal.appendLog(personEvent(target), args.text);
          return json({ id: target.id ?? null, name: target.name, logged: args.text });
        }
      }
    ],
    [
      'deliberate_set_answer',
      {
        async prepareInvocation({ input }) {
          const args = parse(answerInput, input);
          const target = await find(args.person);
          return confirm(
            'Set an answer',
            `Write this answer to question ${args.question} for ${oneLine(target.name)}: "${oneLine(args.text, 300)}"?`
          );
        },
        async invoke({ input }) {
          const args = parse(answerInput, input);
          const target = await find(args.person);
          await services.journal.setAnswer(personEvent(target), args.question - 1, args.text);
          return json({ id: target.id ?? null, name: target.name, question: args.question });
        }
      }
    ]
  ];
}
