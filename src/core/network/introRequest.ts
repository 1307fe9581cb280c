import type { IntroPath } from './queries';

/**
 * What an "Introduction request" draft must do, for the model-backed drafting kind (the drafting
 * area adds it to its kinds) and for the template below.
 */
export const INTRODUCTION_REQUEST_INSTRUCTIONS =
  'Write a short direct message (50 to 120 words) to the bridge person asking whether they would be ' +
  'willing to introduce the user to the target. Make it a double opt-in ask: the bridge first checks ' +
  'with the target, and either may say no without awkwardness. Say briefly why the user wants to meet ' +
  'the target, grounded only in the path facts given. Plain text, no subject line, never pushy.';

/**
 * A grounded starting text for asking the first person on a path for an introduction; the user
 * edits and sends it themselves (nothing is ever sent). Names are untrusted: used as text only.
 */
export function introductionRequestText(path: IntroPath, reason = '[why you would like to meet them]'): string {
  if (path.path.length < 2) {
    const [only] = path.path;
    return `You already know ${only.name}: no introduction needed. Reach out directly.`;
  }
  const [bridge, target] = path.path;
  const first = bridge.name.split(/\s+/)[0] || bridge.name;
  return [
    `Hi ${first},`,
    '',
    `I noticed you know ${target.name}. I would love to meet them: ${reason}.`,
    `Would you be open to asking ${target.name} whether they would welcome an introduction? ` +
      'Only if it feels right for both of you, and no worries at all if not.',
    '',
    'Thank you!'
  ].join('\n');
}
