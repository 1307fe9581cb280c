/**
 * The Show Network panel's protocol (src/network/panel.ts ↔ src/webview/network/main.ts), zod
 * on both sides. The view names people by id; the host decides what opening one does.
 */
import { z } from 'zod';

const text = z.string().max(2_000);
const id = z.string().min(1).max(2_000);
export const EDGE_KIND_VALUES = ['connected', 'follows', 'via', 'conversation', 'colleague', 'knows'] as const;

export const graphNodeSchema = z.object({
  id,
  name: text,
  status: text.nullable(),
  hop: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  known: z.boolean(),
  /** The user's warmth band with this person, when known. */
  warmth: z.enum(['strong', 'warm', 'light', 'cold']).nullable()
});
export type GraphNodeInfo = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({ source: id, target: id, kind: z.enum(EDGE_KIND_VALUES) });
export type GraphEdgeInfo = z.infer<typeof graphEdgeSchema>;

export const networkHostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('graph'),
    requestId: z.number().int(),
    center: id,
    nodes: z.array(graphNodeSchema).max(5_000),
    edges: z.array(graphEdgeSchema).max(50_000),
    omitted: z.number().int().min(0)
  })
]);
export type NetworkHostMessage = z.infer<typeof networkHostMessageSchema>;

export const networkViewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('open'), id }),
  z.object({ type: z.literal('error'), message: text })
]);
export type NetworkViewMessage = z.infer<typeof networkViewMessageSchema>;
