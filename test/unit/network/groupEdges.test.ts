import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { buildEvidence } from '../../../src/core/evidence';
import { canonicalId } from '../../../src/core/journal/identity';
import { parseJournal } from '../../../src/core/journal';
import { edgesFromConversations, peopleFromJournal } from '../../../src/core/network';
import { networkFileFor, readNetworkFile, recordConversationEdges } from '../../../src/node/network';
import { MARKER, csv } from '../evidence/exportFixture';

const OWNER = 'https://www.linkedin.com/in/owner-me';
const url = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const HEADER = [
  'CONVERSATION ID',
  'FROM',
  'SENDER PROFILE URL',
  'TO',
  'RECIPIENT PROFILE URLS',
  'DATE',
  'SUBJECT',
  'CONTENT',
  'FOLDER'
];

/** A message from the owner to `to` (slugs), and one reply from the first of them; bodies carry MARKER. */
function conversation(id: string, to: string[], date: string): string[][] {
  const names = to.map((s) => `Person ${s}`);
  return [
    [
      id,
      'Me Owner',
      OWNER,
      names.join(', '),
      to.map(url).join(','),
      `${date} 10:00:00 UTC`,
      `s ${MARKER}`,
      `body ${MARKER}`,
      'INBOX'
    ],
    [id, names[0], url(to[0]), 'Me Owner', OWNER, `${date} 11:00:00 UTC`, '', `reply ${MARKER}`, 'INBOX']
  ];
}

/** A 3-person group (owner, ana, bo), a 7-person group, a 5-person and a 6-person one, a one-to-one. */
function messagesCsv(): string {
  return csv([
    HEADER,
    ...conversation('g3', ['ana', 'bo'], '2026-05-01'),
    ...conversation('g7', ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], '2026-05-02'),
    ...conversation('g5', ['q1', 'q2', 'q3', 'q4'], '2026-05-03'),
    ...conversation('g6', ['r1', 'r2', 'r3', 'r4', 'r5'], '2026-05-04'),
    ...conversation('one', ['solo'], '2026-05-05')
  ]);
}

// Ana's id is spelled differently from the export's URL: the identity function makes them one.
const JOURNAL = `# People

## Ana Li
- id: https://linkedin.com/in/ana/
- status: accepted

## Bo Chen
- id: https://www.linkedin.com/in/bo
- status: new
`;

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    cwd,
    now: () => new Date('2026-11-29T12:00:00')
  });
  return { code, out, err };
}

describe('network edges from small group conversations in messages.csv', () => {
  it('buildEvidence lists groups of five or fewer (owner included), by identity key, without the owner or bodies', () => {
    const evidence = buildEvidence([{ name: 'messages.csv', text: messagesCsv() }]);
    assert.equal(evidence.owner, canonicalId(OWNER));
    const sizes = evidence.groups.map((g) => g.participants.length).sort();
    assert.deepEqual(sizes, [2, 4]); // g3 and g5; not g6, g7 or the one-to-one
    const g3 = evidence.groups.find((g) => g.participants.length === 2)!;
    assert.deepEqual(g3.participants, [
      { id: canonicalId(url('ana')), name: 'Person ana' },
      { id: canonicalId(url('bo')), name: 'Person bo' }
    ]);
    assert.equal(g3.date, '2026-05-01');
    const text = JSON.stringify(evidence.groups);
    assert.ok(!text.includes(MARKER) && !text.includes('owner-me'));
    const report = evidence.files.find((f) => f.kind === 'messages')!;
    assert.match(report.summary, /2 group conversations of more than 5 people give no network edges/);
  });

  it('only the small groups give weak conversation edges, ends keyed as the journal keys them', () => {
    const evidence = buildEvidence([{ name: 'messages.csv', text: messagesCsv() }]);
    const people = peopleFromJournal(parseJournal(JOURNAL));
    const out = edgesFromConversations(evidence.groups, people, '2026-11-29');
    assert.equal(out.edges.length, 1 + 6); // g3: one pair; g5: four people, six pairs
    const anaBo = out.edges.find((e) => e.fromName === 'Person ana' || e.toName === 'Person ana')!;
    const ends = [anaBo.from, anaBo.to].sort();
    assert.deepEqual(ends, [canonicalId('https://linkedin.com/in/ana/'), canonicalId(url('bo'))].sort());
    assert.ok(people.people.has(anaBo.from) && people.people.has(anaBo.to));
    for (const e of out.edges) {
      assert.equal(e.kind, 'conversation');
      assert.equal(e.source, 'messages.csv');
      assert.ok(e.flags.includes('weak'));
      assert.ok(!/p\d|r\d|owner-me/.test(e.from + e.to), `${e.from} -> ${e.to}`);
    }
  });

  it('a participant without a profile URL is resolved by name', () => {
    const people = peopleFromJournal(parseJournal(JOURNAL));
    const out = edgesFromConversations(
      [{ participants: [{ name: 'Ana Li' }, { id: url('zed'), name: 'Zed' }] }],
      people,
      '2026-11-29'
    );
    assert.equal(out.edges.length, 1);
    assert.deepEqual(
      [out.edges[0].from, out.edges[0].to].sort(),
      [canonicalId(url('ana')), canonicalId(url('zed'))].sort()
    );
  });

  it('recording twice appends nothing the second time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'group-edges-'));
    const journal = path.join(dir, 'j.md');
    writeFileSync(journal, JOURNAL);
    const { groups } = buildEvidence([{ name: 'messages.csv', text: messagesCsv() }]);
    const first = await recordConversationEdges(journal, groups, { today: '2026-11-29' });
    assert.equal(first.appended, 7);
    const bytes = readFileSync(first.file, 'utf8');
    const second = await recordConversationEdges(journal, groups, { today: '2026-11-29' });
    assert.equal(second.appended, 0);
    assert.equal(readFileSync(first.file, 'utf8'), bytes);
  });

  it('deliberate import writes the network file beside the journal; re-import adds none; no bodies in it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'group-import-'));
    writeFileSync(path.join(dir, 'j.md'), JOURNAL);
    writeFileSync(path.join(dir, 'messages.csv'), messagesCsv());
    const file = networkFileFor(path.join(dir, 'j.md'));
    assert.ok(!existsSync(file));
    const r = await cli(['import', 'messages.csv', '--journal', 'j.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /network: 7 conversation edges recorded in j\.network\.tsv from 2 small group conversations/);
    const text = readFileSync(file, 'utf8');
    assert.ok(!text.includes(MARKER), 'no message body or subject in the network file');
    assert.ok(!text.includes('owner-me'), 'the owner is never an end');
    const parsed = await readNetworkFile(file);
    assert.equal(parsed.unreadable.length, 0);
    assert.equal(parsed.edges.length, 7);
    assert.ok(
      parsed.edges.some(
        (e) =>
          [e.from, e.to].sort().join() === [canonicalId(url('ana')), canonicalId(url('bo'))].sort().join() &&
          e.firstSeen === '2026-05-01'
      )
    );

    const again = await cli(['import', 'messages.csv', '--journal', 'j.md'], dir);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /network: 0 conversation edges recorded/);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});
