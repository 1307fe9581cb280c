/**
 * The person panel's protocol (src/person host ↔ src/webview/person bundle). Both ends validate
 * with these schemas. Requests from the panel carry a `requestId` and are always answered with a
 * `response` (GitLens IPC style), so a failed write is reported to the control that asked, not
 * papered over by a re-send. The panel names people by id and never sends a URL or a command.
 * No vscode import here.
 */
import { z } from 'zod';
import {
  MAX_ANSWER,
  MAX_TEXT,
  MAX_WEBVIEW_MESSAGE_CHARS,
  decisionSchema,
  detailSchema,
  draftKindSchema,
  draftUpdateSchema,
  type ParseResult
} from './protocol';

const MAX_SHORT = 2_000;
const shortText = z.string().max(MAX_SHORT);
const idText = z.string().min(1).max(MAX_SHORT);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const requestId = z.string().min(1).max(64);

/** Relationship evidence (filled by the relationships work at merge; rendered when present). */
export const warmthSchema = z.object({
  score: z.number().min(0).max(100),
  band: z.enum(['strong', 'warm', 'light', 'cold']),
  reasons: z.array(shortText).max(50)
});
/** Questions 5 and 6 data (filled by the network work at merge; rendered when present). */
export const networkSchema = z.object({
  knows: z.array(z.object({ id: idText, name: shortText, kind: shortText.optional() })).max(500),
  introPaths: z
    .array(z.object({ path: z.array(shortText).max(10), band: shortText.optional() }))
    .max(50)
    .optional()
});
/** Draft checks (filled by the grounded-drafts work at merge; rendered when present). */
export const findingSchema = z.object({
  code: shortText,
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().max(MAX_TEXT)
});

/** Everything the panel shows about one person. The optional parts render only when present. */
export const personModelSchema = detailSchema.extend({
  warmth: warmthSchema.optional(),
  network: networkSchema.optional(),
  findings: z.array(findingSchema).max(100).optional()
});
export type PersonModel = z.infer<typeof personModelSchema>;

export const panelHostMessageSchema = z.discriminatedUnion('type', [
  /** The person to show (the sidebar's selection), or null for the empty state. */
  z.object({
    type: z.literal('show'),
    person: personModelSchema.nullable(),
    today: isoDay,
    deferDays: z.number().int().min(1).max(3650),
    /** Set when this panel is pinned to a person (then `person` is that person, or null once they are gone). */
    pinnedId: idText.nullable().optional()
  }),
  z.object({ type: z.literal('draft'), update: draftUpdateSchema.nullable() }),
  /** The answer to one request. */
  z.object({ type: z.literal('response'), requestId, ok: z.boolean(), error: z.string().max(MAX_TEXT).optional() }),
  /** A visible confirmation; `undoId` makes it offer Undo (decisions). */
  z.object({ type: z.literal('notice'), text: shortText, undoId: requestId.optional() })
]);
export type PanelHostMessage = z.infer<typeof panelHostMessageSchema>;

export const panelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decide'), id: idText, decision: decisionSchema, followUp: isoDay.optional() }),
  z.object({
    type: z.literal('saveAnswer'),
    id: idText,
    index: z.number().int().min(0).max(7),
    text: z.string().max(MAX_ANSWER)
  }),
  z.object({ type: z.literal('draftStart'), id: idText, kind: draftKindSchema }),
  z.object({ type: z.literal('draftCancel') }),
  z.object({ type: z.literal('draftCopy'), text: z.string().max(MAX_ANSWER) }),
  z.object({ type: z.literal('draftSave'), id: idText, kind: draftKindSchema, text: z.string().max(MAX_ANSWER) }),
  z.object({ type: z.literal('appendLog'), id: idText, text: z.string().min(1).max(MAX_SHORT) }),
  /** Opens this person's link: the host looks the URL up in its own data and checks it. */
  z.object({ type: z.literal('openLink'), id: idText }),
  z.object({ type: z.literal('revealInJournal'), id: idText }),
  z.object({ type: z.literal('undo'), undoId: requestId }),
  /** Pins this panel to the person it shows (true) or lets it follow the selection again (false). */
  z.object({ type: z.literal('pin'), pinned: z.boolean() })
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;

export const panelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('request'), requestId, request: panelRequestSchema }),
  z.object({ type: z.literal('error'), message: shortText })
]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** What the panel keeps across reloads (getState/setState) and the serializer reads back. */
export interface PanelState {
  personId: string | null;
  /** The person this panel is pinned to; null when it follows the sidebar's selection. */
  pinnedId: string | null;
  /** `${personId}\u0000${index}` → answer typed but not yet saved. */
  unsaved: Record<string, string>;
  draftKind: 'note' | 'message' | 'email';
  scrollTop: number;
}

export function parsePanelMessage(raw: unknown): ParseResult<PanelMessage> {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'not serializable' };
  }
  if (size > MAX_WEBVIEW_MESSAGE_CHARS) return { ok: false, reason: `oversized (${size} chars)` };
  return toResult(panelMessageSchema.safeParse(raw));
}

export function parsePanelHostMessage(raw: unknown): ParseResult<PanelHostMessage> {
  return toResult(panelHostMessageSchema.safeParse(raw));
}

/** Reads a saved panel state defensively (it may come from an older version). */
export function restorePanelState(raw: unknown): PanelState {
  const state: PanelState = { personId: null, pinnedId: null, unsaved: {}, draftKind: 'message', scrollTop: 0 };
  if (!raw || typeof raw !== 'object') return state;
  const r = raw as Record<string, unknown>;
  if (typeof r.personId === 'string' && r.personId.length <= MAX_SHORT) state.personId = r.personId;
  if (typeof r.pinnedId === 'string' && r.pinnedId.length > 0 && r.pinnedId.length <= MAX_SHORT) {
    state.pinnedId = r.pinnedId;
  }
  if (r.unsaved && typeof r.unsaved === 'object') {
    for (const [k, v] of Object.entries(r.unsaved as Record<string, unknown>)) {
      if (typeof v === 'string' && v.length <= MAX_ANSWER) state.unsaved[k] = v;
    }
  }
  if (r.draftKind === 'note' || r.draftKind === 'message' || r.draftKind === 'email') state.draftKind = r.draftKind;
  if (typeof r.scrollTop === 'number' && Number.isFinite(r.scrollTop)) state.scrollTop = r.scrollTop;
  return state;
}

function toResult<T>(result: z.SafeParseReturnType<unknown, T>): ParseResult<T> {
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
}
