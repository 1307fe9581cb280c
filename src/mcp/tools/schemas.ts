import { z } from 'zod';

/** Output shapes, declared so clients can validate structured results. */
export const personSummary = z.object({
  id: z.string().nullable(),
  name: z.string(),
  status: z.string().nullable(),
  via: z.string().nullable(),
  headline: z.string().nullable(),
  tags: z.array(z.string()),
  seen: z.string().nullable(),
  decided: z.string().nullable(),
  followUp: z.string().nullable(),
  lastContact: z.string().nullable(),
  line: z.number().int()
});

export const peopleList = {
  people: z.array(personSummary),
  total: z.number().int(),
  truncated: z.boolean()
};

export const personDetail = personSummary.extend({
  link: z.string().nullable(),
  message: z.string().nullable(),
  answers: z.array(z.object({ number: z.number().int(), question: z.string(), text: z.string() })),
  log: z.array(z.object({ date: z.string(), text: z.string() })),
  /** From the evidence beside the journal; absent when there is none for this person. */
  warmth: z.object({ score: z.number(), band: z.string(), reasons: z.array(z.string()) }).optional()
});

export const writeResult = {
  id: z.string().nullable(),
  name: z.string(),
  changed: z.boolean(),
  summary: z.string()
};
