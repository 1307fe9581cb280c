/**
 * `deliberate.deferDays` (default 14 from the manifest): the one default for a deferral's
 * follow-up, used by the palette's Defer, CodeLens, the sidebar and the person panel.
 */
import { setting } from '../config/settings';

export function deferDays(): number {
  return setting('deferDays');
}
