/**
 * Relationship evidence metrics (issue 11), each against a bare baseline in the same run:
 * - evidence.messages.200k.ratio: a generated 200,000-message messages.csv → per-person evidence
 *   ÷ split('\n') then split(',') over the same text;
 * - warmth.30k.ratio: computeWarmth for 30,000 people ÷ a loop summing the same evidence fields.
 */
import {
  buildEvidence,
  computeWarmth,
  emptyEvidence,
  warmthScore,
  warmthScorer,
  type PersonEvidence
} from '../../src/core/evidence';
import { notMeasured, type MetricOutcome } from '../lib/metric';
import { pairedRuns, timeOnce, type RunPlan } from '../lib/timing';
import { perRunRatios } from '../lib/stats';

const TODAY = '2026-11-25';
const OWNER = 'https://www.linkedin.com/in/bench-owner';

/** Deterministic: 2,000 correspondents, conversations of 1–12 messages, one body of ~80 characters each. */
export function messagesCsv200k(): string {
  const parts = [
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n'
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 8;
  let written = 0;
  let conversation = 0;
  while (written < 200_000) {
    const person = conversation % 2000;
    const url = `https://www.linkedin.com/in/person-${person}`;
    const length = 1 + (next() % 12);
    conversation++;
    for (let i = 0; i < length && written < 200_000; i++, written++) {
      const mine = next() % 2 === 0;
      const day = 1 + (next() % 28);
      const month = 1 + (next() % 12);
      const date = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 10:00:00 UTC`;
      const body = `"Thanks for the note, see you at the meetup on ${day}/${month}, bring the slides"`;
      parts.push(
        mine
          ? `conv-${conversation},,Bench Owner,${OWNER},Person ${person},${url},${date},,${body},INBOX\n`
          : `conv-${conversation},,Person ${person},${url},Bench Owner,${OWNER},${date},,${body},INBOX\n`
      );
    }
  }
  return parts.join('');
}

export async function evidenceMessages(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'evidence.messages.200k.ratio';
  try {
    const csv = messagesCsv200k();
    const build = () => buildEvidence([{ name: 'messages.csv', text: csv }]);
    const check = build();
    if (check.owner !== OWNER || check.people.size !== 2000) {
      throw new Error(
        `evidence found owner ${check.owner} and ${check.people.size} people, expected the owner and 2,000`
      );
    }
    const bareSplit = () => {
      let fields = 0;
      for (const line of csv.split('\n')) fields += line.split(',').length;
      return fields;
    };
    const runs = await pairedRuns(
      plan,
      () => timeOnce(build),
      () => timeOnce(bareSplit)
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: "split('\\n') then split(',')", samples: runs.baseline },
      note: '200,000 messages from 2,000 correspondents, ~19 MB'
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}

export function evidence30k(): PersonEvidence[] {
  const out: PersonEvidence[] = [];
  for (let i = 0; i < 30_000; i++) {
    const e = emptyEvidence(`https://www.linkedin.com/in/p-${i}`, `Person ${i}`);
    e.messagesSent = i % 17;
    e.messagesReceived = i % 13;
    e.endorsementsReceived = i % 3;
    e.recommendationsGiven = i % 50 === 0 ? 1 : 0;
    e.connectedOn = `20${String(10 + (i % 15)).padStart(2, '0')}-03-01`;
    if (i % 4 !== 0) e.lastContact = `2026-${String(1 + (i % 11)).padStart(2, '0')}-15`;
    out.push(e);
  }
  return out;
}

export async function warmthScoring(plan: RunPlan): Promise<MetricOutcome> {
  const name = 'warmth.30k.ratio';
  try {
    const people = evidence30k();
    const score = () => {
      // As a sort scores everyone: one scorer for the day, then one call per person.
      const scoreOf = warmthScorer(TODAY);
      let total = 0;
      for (const p of people) total += scoreOf(p);
      return total;
    };
    if (!(score() > 0)) throw new Error('every warmth score was 0');
    // The timed score is the one computeWarmth shows (the reasons are built only for rows on screen).
    for (const p of people.slice(0, 100)) {
      if (
        warmthScorer(TODAY)(p) !== computeWarmth(p, TODAY).score ||
        warmthScore(p, TODAY) !== computeWarmth(p, TODAY).score
      ) {
        throw new Error('warmthScore differs from computeWarmth');
      }
    }
    const bareSum = () => {
      let total = 0;
      for (const p of people) {
        total +=
          p.messagesSent +
          p.messagesReceived +
          p.endorsementsReceived +
          p.endorsementsGiven +
          p.recommendationsGiven +
          p.recommendationsReceived +
          (p.lastContact ? p.lastContact.length : 0) +
          (p.connectedOn ? p.connectedOn.length : 0);
      }
      return total;
    };
    const runs = await pairedRuns(
      plan,
      () => timeOnce(score),
      () => timeOnce(bareSum)
    );
    return {
      name,
      samples: perRunRatios(runs.ours, runs.baseline),
      ours: runs.ours,
      baseline: { label: 'loop summing the same evidence fields', samples: runs.baseline },
      note: '30,000 people, score only (the sidebar sorts by it; reasons are built for the rows shown)'
    };
  } catch (error) {
    return notMeasured(name, error);
  }
}
