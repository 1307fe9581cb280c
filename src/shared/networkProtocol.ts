/**
 * What the sidebar detail (and the person panel) shows for questions 5 and 6: the people the
 * user knows who know this person, and the warmest introduction paths. Validated with zod on
 * both sides like the rest of the protocol; all names are untrusted text, shown as text.
 */
import { z } from 'zod';

const text = z.string().max(2_000);
const id = z.string().min(1).max(2_000);

export const networkPersonSchema = z.object({
  id,
  name: text,
  company: text.nullable(),
  kind: text,
  source: text,
  since: text,
  known: z.boolean()
});

export const networkPathSchema = z.object({
  path: z
    .array(z.object({ id, name: text }))
    .min(1)
    .max(2),
  band: z.enum(['strong', 'warm', 'light', 'cold']),
  score: z.number().min(0).max(1),
  reasons: text
});

export const personNetworkSchema = z.object({
  /** Everyone connected to the person (known first); `total` says how many there are in all. */
  knownBy: z.array(networkPersonSchema).max(200),
  total: z.number().int().min(0),
  paths: z.array(networkPathSchema).max(10),
  /** Lines the network file could not read, ambiguous names: shown, never hidden. */
  warnings: z.array(text).max(20)
});
export type PersonNetworkInfo = z.infer<typeof personNetworkSchema>;

/** Host → sidebar: the network block for the person whose detail is shown. */
export const networkMessageSchema = z.object({
  type: z.literal('network'),
  id,
  network: personNetworkSchema.nullable()
});
