/**
 * Feed parsing that never holds the event loop for long: the core parser is stepped (it pauses
 * every few hundred items) and each pause gives the extension host's event loop a turn, so a
 * 20 MB feed does not freeze the editor while it parses. The result is the same as parseFeed's.
 */
import { parseFeedSteps, type ParsedFeed, type ParseFeedOptions } from '../../core/feeds';

/** How long one run of steps may hold the event loop before yielding. */
const SLICE_MS = 8;

export async function parseFeedYielding(xml: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  const steps = parseFeedSteps(xml, options);
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = Date.now();
    }
  }
}
