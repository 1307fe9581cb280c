/**
 * Runs in a fresh `node --expose-gc` process: builds what the extension host holds for a
 * 30,000-entry journal and 30,000 feed people, and prints the heap growth as JSON on stdout.
 * Usage: node --expose-gc --import tsx bench/metrics/memoryChild.ts <journal.md> <feed.rss>
 */
import { capFeedEvents } from '../../src/core/feeds/limits';
import { readFileSync } from 'node:fs';
import { parseFeed } from '../../src/core/feeds';
import { parseJournal } from '../../src/core/journal';
import { toJournalPerson } from '../../src/journal/projection';
import { buildSnapshot } from '../../src/sidebar/snapshot';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function settledHeap(): number {
  // Several passes: weak references and finalizers can free more on a later pass.
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage().heapUsed;
}

const [journalPath, feedPath] = process.argv.slice(2);

interface HostState {
  text: string;
  journal: ReturnType<typeof parseJournal>;
  people: ReturnType<typeof toJournalPerson>[];
  events: ReturnType<typeof parseFeed>['events'];
  snapshot: ReturnType<typeof buildSnapshot>;
}

/** Builds the host's state, reporting the settled heap after each part. */
function build(stages: number[]): HostState {
  // What the JournalStore keeps: the text, the parsed model, and the people projection.
  const text = readFileSync(journalPath, 'utf8');
  const journal = parseJournal(text);
  const people = journal.entries.map((entry) => toJournalPerson(journal, entry));
  stages.push(settledHeap());
  // What the FeedService keeps: the events of the last fetch (the XML itself is dropped), capped
  // per feed as the service caps them (the rest is counted in the feed's status, not held).
  const parsed = parseFeed(readFileSync(feedPath, 'utf8'), { label: 'Network', feedKey: 'bench' }).events;
  const events = capFeedEvents(parsed).kept;
  stages.push(settledHeap());
  // What the PeopleDirectory keeps: the merged snapshot the sidebar is served from.
  const snapshot = buildSnapshot(events, people, { threshold: 10, windowMinutes: 60 });
  stages.push(settledHeap());
  return { text, journal, people, events, snapshot };
}

// Warm-up: build once and drop it, so lazily compiled code and caches are not counted as data.
build([]);
const before = settledHeap();
const stages: number[] = [];
const state = build(stages);
const mb = (bytes: number) => bytes / (1024 * 1024);
process.stdout.write(
  `${JSON.stringify({
    growthMb: mb(stages[2] - before),
    journalMb: mb(stages[0] - before),
    eventsMb: mb(stages[1] - stages[0]),
    snapshotMb: mb(stages[2] - stages[1]),
    entries: state.journal.entries.length,
    events: state.events.length,
    items: state.snapshot.items.length
  })}\n`
);
