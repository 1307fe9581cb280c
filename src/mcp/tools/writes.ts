import { z } from 'zod';
import { QUESTIONS } from '../../core/types';
import { addDays, appendLogEdit, recordDecisionEdit, setAnswerEdit } from '../../core/journal';
import { JournalPeople, oneLine, personEvent, type AgentPerson } from '../../core/agents';
import type { Journal } from '../../core/journal';
import { isoDate, personArg, registerTool, requirePerson, result, type Capability, type ToolContext } from '../context';
import { writeResult } from './schemas';

const WRITES = { readOnlyHint: false, destructiveHint: false, openWorldHint: false } as const;
const DEFER_DAYS = 14;

/**
 * The writing tools. Each resolves the person again on the journal as it is on disk now, by the
 * one identity, refuses unknown or ambiguous names (never creates a person), and writes the
 * journal core's minimal edit through JournalAccess. Absent when the server runs --read-only.
 */
export const writeTools: Capability = {
  name: 'writes',
  available: ({ access }) => !access.readOnly,
  register(server, context) {
    registerTool(
      server,
      'record_decision',
      {
        title: 'Record a decision',
        description:
          "Sets one person's status to accepted, declined or deferred, with today's decided date (and a follow-up date). " +
          'Only when the user asked for this decision about this person.',
        inputSchema: {
          person: personArg,
          decision: z.enum(['accepted', 'declined', 'deferred']),
          followUp: isoDate.optional().describe(`YYYY-MM-DD; for deferred the default is today + ${DEFER_DAYS} days.`)
        },
        outputSchema: writeResult,
        annotations: { title: 'Record a decision', ...WRITES, idempotentHint: true }
      },
      async ({ person, decision, followUp }) =>
        write(context, person, (journal, target, today) => {
          const date = followUp ?? (decision === 'deferred' ? addDays(today, DEFER_DAYS) : undefined);
          return {
            edits: recordDecisionEdit(journal, personEvent(target), decision, { today, followUp: date }),
            summary: `${decision} ${oneLine(target.name)}${date ? `, follow up on ${date}` : ''}`
          };
        })
    );

    registerTool(
      server,
      'log_action',
      {
        title: 'Log an action',
        description: "Adds '- YYYY-MM-DD: text' to the person's ### Log (one line; the date defaults to today).",
        inputSchema: {
          person: personArg,
          text: z.string().trim().min(1).max(500).describe('What was done, one line.'),
          date: isoDate.optional()
        },
        outputSchema: writeResult,
        annotations: { title: 'Log an action', ...WRITES, idempotentHint: false }
      },
      async ({ person, text, date }) =>
        write(context, person, (journal, target, today) => ({
          edits: appendLogEdit(journal, personEvent(target), text, date ?? today),
          summary: `logged for ${oneLine(target.name)} on ${date ?? today}`
        }))
    );

    registerTool(
      server,
      'set_answer',
      {
        title: 'Set an answer',
        description:
          "Writes the user's answer to one deliberation question (1-8) for a person; an existing answer changes only on the lines that differ. " +
          QUESTIONS.map((q, i) => `${i + 1}. ${q}`).join(' '),
        inputSchema: {
          person: personArg,
          question: z.number().int().min(1).max(QUESTIONS.length),
          text: z.string().max(20_000).describe('The answer, Markdown prose.')
        },
        outputSchema: writeResult,
        annotations: { title: 'Set an answer', ...WRITES, idempotentHint: true }
      },
      async ({ person, question, text }) =>
        write(context, person, (journal, target, today) => ({
          edits: setAnswerEdit(journal, personEvent(target), question - 1, text, today),
          summary: `answered question ${question} for ${oneLine(target.name)}`
        }))
    );
  }
};

type Change = (
  journal: Journal,
  target: AgentPerson,
  today: string
) => { edits: ReturnType<typeof recordDecisionEdit>; summary: string };

async function write(context: ToolContext, person: string, change: Change) {
  let target: AgentPerson | undefined;
  let summary = '';
  const today = context.today();
  const { edits } = await context.access.write((journal) => {
    target = requirePerson(new JournalPeople(journal), person);
    const made = change(journal, target, today);
    summary = made.summary;
    return made.edits;
  });
  return result({
    id: target!.id ?? null,
    name: target!.name,
    changed: edits > 0,
    summary: edits > 0 ? summary : `no change: ${summary} was already so`
  });
}
