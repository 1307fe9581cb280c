/**
 * The typed message protocol between the sidebar host (src/sidebar) and the webview bundle
 * (src/webview). Both ends validate every message with these zod schemas, because a webview
 * is a separate, less trusted context: a bug or injected script there must not be able to make
 * the host do anything outside this small vocabulary. No vscode import here (ESLint rule).
 */
import { z } from 'zod';
import { newestFirst } from '../core/inbox/entry';
import { networkMessageSchema } from './networkProtocol';

/** Hard caps on untrusted text so a hostile feed cannot balloon the view. */
export const MAX_TEXT = 20_000;
/**
 * Answers are the user's own words and travel both ways (detail → textarea → saveAnswer), so
 * they get their own, much larger cap: clipping one and saving it back would cut the tail off
 * the journal. An answer longer than this is sent clipped with `answersTooLong` set, and the
 * webview makes that field read-only (edit it in the journal) instead of saving the clip.
 */
export const MAX_ANSWER = 200_000;
/**
 * Incoming webview messages larger than this (as JSON) are rejected before parsing. Sized for a
 * saveAnswer of MAX_ANSWER characters even if every one is JSON-escaped as \uXXXX (6 chars).
 */
export const MAX_WEBVIEW_MESSAGE_CHARS = 6 * MAX_ANSWER + 16 * 1024;
const MAX_SHORT = 2_000;
const MAX_PEOPLE = 200_000;

const shortText = z.string().max(MAX_SHORT);
const longText = z.string().max(MAX_TEXT);
const answerText = z.string().max(MAX_ANSWER);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const idText = z.string().min(1).max(MAX_SHORT);

export const warmthBandSchema = z.enum(['strong', 'warm', 'light', 'cold']);
export const statusSchema = z.enum(['new', 'accepted', 'declined', 'deferred']);
export const decisionSchema = z.enum(['accepted', 'declined', 'deferred']);
export const draftKindSchema = z.enum(['note', 'message', 'email', 'intro']);
export const draftStateSchema = z.enum([
  'loading',
  'streaming',
  'done',
  'cancelled',
  'incomplete',
  'truncated',
  'error'
]);

/** One person as the list needs it: a feed event not yet in the journal, or a journal entry. */
export const personItemSchema = z.object({
  id: idText,
  name: shortText,
  via: shortText.nullable(),
  source: shortText,
  /** ISO 8601 instant or YYYY-MM-DD; null when unknown. */
  date: shortText.nullable(),
  headline: shortText,
  link: shortText.nullable(),
  tags: z.array(shortText).max(100),
  status: statusSchema,
  /** Where the row comes from: a feed/import event or the journal. */
  origin: z.enum(['feed', 'journal']),
  followUp: isoDay.nullable(),
  decided: isoDay.nullable(),
  /** Warmth score 0–100 from relationship evidence (src/relationships); null or absent when there is none. */
  warmthScore: z.number().int().min(0).max(100).nullable().optional(),
  warmthBand: warmthBandSchema.nullable().optional()
});
export type PersonItem = z.infer<typeof personItemSchema>;

/*
 * People travel as packed columns: one string per field, values joined by NUL. Validating
 * 30,000 objects field by field with zod costs ~100 ms, which alone would blow the 150 ms
 * first-render budget; a dozen long strings validate (and structured-clone) in a few ms while
 * every rule below is still enforced: field caps, enums, day format, equal column lengths.
 * The host strips NUL, \u0001 and \u0002 from values before packing; \u0002 alone stands for a
 * link equal to the id (most links are profile URLs that are also the id).
 */
const FIELD = '\u0000';
const TAG = '\u0001';
/** A link equal to the id (a profile URL, the usual case) travels as this one character. */
const SAME_AS_ID = '\u0002';
const STATUS_CODES = { new: 'n', accepted: 'a', declined: 'd', deferred: 'f' } as const;
const STATUS_BY_CODE: Record<string, PersonItem['status']> = { n: 'new', a: 'accepted', d: 'declined', f: 'deferred' };
/** Warmth bands, one character per person; '-' for someone without warmth. */
const BAND_CODES = { strong: 's', warm: 'w', light: 'l', cold: 'c' } as const;
const BAND_BY_CODE: Record<string, PersonItem['warmthBand']> = { s: 'strong', w: 'warm', l: 'light', c: 'cold' };
/** Every value empty or a whole number of at most three digits. */
const SCORE_COLUMN = /^(?:\d{1,3})?(?:\u0000(?:\d{1,3})?)*$/;
const TEXT_COLUMNS = [
  'id',
  'name',
  'via',
  'source',
  'date',
  'headline',
  'link',
  'tags',
  'followUp',
  'decided'
] as const;

/** An empty value: at the start, between two separators, or at the end. */
const EMPTY_VALUE = /(?:^|\u0000)(?:\u0000|$)/;
/** Every value empty or YYYY-MM-DD. */
const DAY_COLUMN = /^(?:\d{4}-\d{2}-\d{2})?(?:\u0000(?:\d{4}-\d{2}-\d{2})?)*$/;

/** Shared by everyone without tags (most people): 30,000 empty arrays are pure garbage. */
const NO_TAGS: string[] = Object.freeze([]) as unknown as string[];

const column = z.string().max(MAX_PEOPLE * (MAX_SHORT + 1));

export const packedPeopleSchema = z
  .object({
    count: z.number().int().min(0).max(MAX_PEOPLE),
    id: column,
    name: column,
    via: column,
    source: column,
    date: column,
    headline: column,
    link: column,
    tags: column,
    status: z.string().regex(/^[nadf]*$/),
    origin: z.string().regex(/^[fj]*$/),
    followUp: column,
    decided: column,
    /** Optional so an older host's message still validates: then nobody has warmth. */
    band: z
      .string()
      .regex(/^[swlc-]*$/)
      .optional(),
    /** Scores as decimals joined by NUL, '' for someone without warmth. */
    score: column.optional()
  })
  .transform((packed, ctx): PersonItem[] => {
    const n = packed.count;
    if (n === 0) return [];
    const fail = (path: string, message: string) => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
      return z.NEVER;
    };
    // Whole-column checks run in the regex engine (linear scans), and the rest in the one loop
    // below: in a freshly loaded webview, a JavaScript pass per column over 300,000 values is a
    // large share of the first render's budget. Days are 10 characters, so within the caps.
    if (EMPTY_VALUE.test(packed.id)) return fail('id', 'empty id');
    if (!DAY_COLUMN.test(packed.followUp)) return fail('followUp', 'not YYYY-MM-DD');
    if (!DAY_COLUMN.test(packed.decided)) return fail('decided', 'not YYYY-MM-DD');
    if (packed.status.length !== n || packed.origin.length !== n) return fail('status', 'status/origin length');
    const columns = TEXT_COLUMNS.map((name) => packed[name].split(FIELD));
    for (let c = 0; c < columns.length; c++) {
      if (columns[c].length !== n) return fail(TEXT_COLUMNS[c], `${columns[c].length} values for ${n} people`);
    }
    const band = packed.band ?? '';
    if (band !== '' && band.length !== n) return fail('band', 'band length');
    if (packed.score !== undefined && !SCORE_COLUMN.test(packed.score)) return fail('score', 'not a whole number');
    const score = packed.score ? packed.score.split(FIELD) : undefined;
    if (score && score.length !== n) return fail('score', `${score.length} values for ${n} people`);
    const [id, name, via, source, date, headline, link, tags, followUp, decided] = columns;
    const people = new Array<PersonItem>(n);
    for (let i = 0; i < n; i++) {
      // The length caps, in the one loop that builds the people anyway.
      if (
        id[i].length > MAX_SHORT ||
        name[i].length > MAX_SHORT ||
        via[i].length > MAX_SHORT ||
        source[i].length > MAX_SHORT ||
        date[i].length > MAX_SHORT ||
        headline[i].length > MAX_SHORT ||
        link[i].length > MAX_SHORT ||
        tags[i].length > MAX_SHORT
      ) {
        return fail('people', `person ${i}: a value is longer than ${MAX_SHORT} characters`);
      }
      people[i] = {
        id: id[i],
        name: name[i],
        via: via[i] || null,
        source: source[i],
        date: date[i] || null,
        headline: headline[i],
        link: link[i] === SAME_AS_ID ? id[i] : link[i] || null,
        tags: tags[i] ? tags[i].split(TAG) : NO_TAGS,
        status: STATUS_BY_CODE[packed.status[i]],
        origin: packed.origin[i] === 'j' ? 'journal' : 'feed',
        followUp: followUp[i] || null,
        decided: decided[i] || null
      };
      if (band !== '' && band[i] !== '-') {
        const value = score?.[i] ? Number(score[i]) : NaN;
        if (!(value <= 100)) return fail('score', `person ${i}: a band needs a score from 0 to 100`);
        people[i].warmthScore = value;
        people[i].warmthBand = BAND_BY_CODE[band[i]];
      }
    }
    return people;
  });
export type PackedPeople = z.input<typeof packedPeopleSchema>;

function clean(value: string | null): string {
  if (value === null) return '';
  return value.includes(FIELD) || value.includes(TAG) || value.includes(SAME_AS_ID)
    ? value.split(FIELD).join('').split(TAG).join('').split(SAME_AS_ID).join('')
    : value;
}

/**
 * Packs people for the wire (host side), newest first: the list's order, so the webview's
 * order check passes in one linear scan and it never sorts 30,000 people itself. The host
 * snapshot is sorted already, which makes this a check too. Values must already be within MAX_SHORT.
 */
export function packPeople(unordered: readonly PersonItem[]): PackedPeople {
  const people = newestFirst(unordered);
  const col = (pick: (p: PersonItem) => string | null) => people.map((p) => clean(pick(p))).join(FIELD);
  return {
    count: people.length,
    id: col((p) => p.id),
    name: col((p) => p.name),
    via: col((p) => p.via),
    source: col((p) => p.source),
    date: col((p) => p.date),
    headline: col((p) => p.headline),
    link: people
      .map((p) => (p.link !== null && p.link === p.id && clean(p.id) === p.id ? SAME_AS_ID : clean(p.link)))
      .join(FIELD),
    tags: people.map((p) => p.tags.map(clean).filter(Boolean).join(TAG)).join(FIELD),
    status: people.map((p) => STATUS_CODES[p.status]).join(''),
    origin: people.map((p) => (p.origin === 'journal' ? 'j' : 'f')).join(''),
    followUp: col((p) => p.followUp),
    decided: col((p) => p.decided),
    band: people
      .map((p) => (p.warmthBand && typeof p.warmthScore === 'number' ? BAND_CODES[p.warmthBand] : '-'))
      .join(''),
    score: people
      .map((p) => (p.warmthBand && typeof p.warmthScore === 'number' ? String(p.warmthScore) : ''))
      .join(FIELD)
  };
}

export const burstSchema = z.object({
  via: shortText,
  eventIds: z.array(idText).max(MAX_PEOPLE),
  start: shortText,
  end: shortText,
  count: z.number().int().nonnegative(),
  /** Members still undecided ('new'); the flag stays while some are decided: "· 9 left". */
  left: z.number().int().nonnegative().optional()
});
export type BurstInfo = z.infer<typeof burstSchema>;

export const feedStatusSchema = z.object({
  key: shortText,
  label: shortText,
  lastFetch: shortText.optional(),
  itemCount: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  /** Items beyond the per-feed cap that were not kept (0 when none). */
  dropped: z.number().int().nonnegative().optional(),
  error: shortText.optional(),
  loading: z.boolean()
});
export type FeedStatusInfo = z.infer<typeof feedStatusSchema>;

export const detailSchema = z.object({
  id: idText,
  name: shortText,
  headline: shortText,
  via: shortText.nullable(),
  source: shortText,
  link: shortText.nullable(),
  date: shortText.nullable(),
  message: longText.nullable(),
  status: statusSchema,
  followUp: isoDay.nullable(),
  decided: isoDay.nullable(),
  tags: z.array(shortText).max(100),
  /** Eight entries, one per deliberation question, '' when unanswered. Never clipped unless flagged below. */
  answers: z.array(answerText).length(8),
  /**
   * Indexes of answers longer than MAX_ANSWER in the journal: `answers[i]` holds only their
   * start, so the webview shows them read-only with "Edit in journal" and never saves them.
   */
  answersTooLong: z.array(z.number().int().min(0).max(7)).max(8).optional(),
  // Drafts travel whole (as answers do): Save sends back what it shows, so a clipped draft would be saved clipped.
  draft: answerText.nullable(),
  log: z.array(z.object({ date: shortText, text: longText })).max(10_000),
  inJournal: z.boolean(),
  /** Warmth from relationship evidence (src/relationships), shown with its reasons as plain text. */
  warmth: z
    .object({
      score: z.number().int().min(0).max(100),
      band: z.enum(['strong', 'warm', 'light', 'cold']),
      reasons: z.array(shortText).max(20)
    })
    .nullable()
    .optional()
});
export type PersonDetail = z.infer<typeof detailSchema>;

/** A draft check's finding: offsets are UTF-16 indices into the draft text. */
export const findingSchema = z.object({
  code: shortText,
  severity: z.enum(['error', 'warning', 'info']),
  message: longText,
  start: z.number().int().min(0),
  end: z.number().int().min(0)
});
export type FindingInfo = z.infer<typeof findingSchema>;

export const draftUpdateSchema = z.object({
  personId: idText,
  kind: draftKindSchema,
  text: answerText,
  state: draftStateSchema,
  error: longText.optional(),
  model: shortText,
  findings: z.array(findingSchema).max(500).optional(),
  grounding: z.enum(['checked', 'unchecked', 'invalid-json', 'incomplete']).optional()
});
export type DraftUpdateInfo = z.infer<typeof draftUpdateSchema>;

export const hostMessageSchema = z.discriminatedUnion('type', [
  /** The full data set; sent after 'ready' and whenever an incremental patch would be larger. */
  z.object({
    type: z.literal('init'),
    people: packedPeopleSchema,
    bursts: z.array(burstSchema).max(MAX_PEOPLE),
    feeds: z.array(feedStatusSchema).max(1_000),
    today: isoDay,
    loading: z.boolean(),
    hasWorkspace: z.boolean(),
    /** `deliberate.deferDays`: the Defer date input starts this many days after today. */
    deferDays: z.number().int().min(1).max(3650).optional()
  }),
  /** Incremental update: a decision moves one row instead of re-sending 30,000. */
  z.object({
    type: z.literal('patch'),
    upsert: packedPeopleSchema,
    remove: z.array(idText).max(MAX_PEOPLE),
    bursts: z.array(burstSchema).max(MAX_PEOPLE).optional(),
    today: isoDay
  }),
  z.object({ type: z.literal('feeds'), feeds: z.array(feedStatusSchema).max(1_000), loading: z.boolean() }),
  z.object({ type: z.literal('detail'), detail: detailSchema.nullable() }),
  z.object({ type: z.literal('draft'), update: draftUpdateSchema.nullable() }),
  /** The host asks the view to select someone (palette, CodeLens). */
  z.object({ type: z.literal('select'), id: idText }),
  /** Text for the ARIA live region, e.g. "Accepted Ada Lovelace". */
  z.object({ type: z.literal('announce'), text: shortText }),
  /** Who knows the person in the detail pane (questions 5 and 6); see networkProtocol.ts. */
  networkMessageSchema,
  /** Whether the person panel is open: the sidebar then shows a compact summary, not the full detail. */
  z.object({ type: z.literal('layout'), personPanelOpen: z.boolean() })
]);
/** What the webview receives after validation (people unpacked). */
export type HostMessage = z.infer<typeof hostMessageSchema>;
/** What the host sends (people packed). */
export type HostMessageWire = z.input<typeof hostMessageSchema>;

/** Actions the empty state and toolbar may request; a closed list, never a command id. */
export const viewActionSchema = z.enum(['addFeed', 'importLinkedInExport', 'openSample', 'refresh', 'openJournal']);
export type ViewAction = z.infer<typeof viewActionSchema>;

export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('select'), id: idText.nullable() }),
  /**
   * Opens this person's link. The webview names the person, never the URL: the host looks the
   * link up in its own data and checks it, so an injected script cannot open arbitrary URLs.
   */
  z.object({ type: z.literal('openLink'), id: idText }),
  z.object({ type: z.literal('decide'), id: idText, decision: decisionSchema, followUp: isoDay.optional() }),
  z.object({ type: z.literal('saveAnswer'), id: idText, index: z.number().int().min(0).max(7), text: answerText }),
  // `note`: Regenerate with a note ("shorter", "mention the meetup"), keeping the card.
  z.object({ type: z.literal('draftStart'), id: idText, kind: draftKindSchema, note: shortText.optional() }),
  z.object({ type: z.literal('draftCancel') }),
  z.object({ type: z.literal('draftCopy'), text: answerText }),
  z.object({ type: z.literal('draftSave'), id: idText, kind: draftKindSchema, text: answerText }),
  z.object({ type: z.literal('appendLog'), id: idText, text: z.string().min(1).max(MAX_SHORT) }),
  z.object({ type: z.literal('action'), action: viewActionSchema }),
  z.object({ type: z.literal('retryFeed'), key: shortText }),
  /** Opens the journal at this person's entry. */
  z.object({ type: z.literal('revealInJournal'), id: idText }),
  /** Opens this person in the person panel (editor area): Enter, double-click or the Open button. */
  z.object({ type: z.literal('openPerson'), id: idText }),
  /** Errors inside the webview are reported to the host log instead of vanishing. */
  z.object({ type: z.literal('error'), message: shortText })
]);
export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; reason: string };

/** Validates a message from the webview; rejects oversized payloads before zod walks them. */
export function parseWebviewMessage(raw: unknown): ParseResult<WebviewMessage> {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'not serializable' };
  }
  if (size > MAX_WEBVIEW_MESSAGE_CHARS) return { ok: false, reason: `oversized (${size} chars)` };
  return toResult(webviewMessageSchema.safeParse(raw));
}

/** Validates a message from the host (the webview end of the contract). */
export function parseHostMessage(raw: unknown): ParseResult<HostMessage> {
  return toResult(hostMessageSchema.safeParse(raw));
}

function toResult<T>(result: z.SafeParseReturnType<unknown, T>): ParseResult<T> {
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.join('.') || 'message';
  return { ok: false, reason: `${where}: ${issue?.message ?? 'invalid'}` };
}
