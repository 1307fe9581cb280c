import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseJournal } from '../../../src/core/journal';
import { cardForEntry, otherNamesFor } from '../../../src/core/grounding/fromJournal';
import {
  buildWarmthLookup,
  introductionExtras,
  networkNamesAround,
  relationshipExtras
} from '../../../src/core/grounding/extras';
import { draftOutcome } from '../../../src/core/grounding/outcome';
import { emptyEvidence, serialiseEvidence, type PersonEvidence } from '../../../src/core/evidence';
import {
  buildNetwork,
  formatEdgeLine,
  introPaths,
  isEdge,
  makeEdge,
  NETWORK_HEADER,
  peopleFromJournal,
  type NetworkEdge
} from '../../../src/core/network';
import { checkDraft } from '../../../src/core/drafting/checks';
import { KIND_SPECS } from '../../../src/core/drafting/kinds';
import { buildDraftPrompt } from '../../../src/core/drafting/prompt';
import { loadRelationships } from '../../../src/node/drafting/relationships';
import { networkFileFor } from '../../../src/node/network';

const JOURNAL = [
  '## Ada Lovelace',
  '- id: ada',
  '- status: new',
  '',
  '## Grace Hopper',
  '- id: grace',
  '- status: accepted',
  '',
  '## Charles Babbage',
  '- id: charles',
  '- status: accepted',
  ''
].join('\n');

const TODAY = '2026-11-29';

function edge(from: string, fromName: string, to: string, toName: string): NetworkEdge {
  const made = makeEdge({ from, fromName, to, toName, kind: 'connected', source: 'test feed', date: '2026-10-01' });
  assert.ok(isEdge(made));
  return made;
}

function adaEvidence(): PersonEvidence {
  return { ...emptyEvidence('ada', 'Ada Lovelace'), messagesSent: 3, messagesReceived: 2, lastContact: '2026-11-20' };
}

/** Grace (known) and Zed (a stranger seen only in a feed) both know Ada. */
function sources() {
  const journal = parseJournal(JOURNAL);
  const network = buildNetwork(
    [edge('grace', 'Grace Hopper', 'ada', 'Ada Lovelace'), edge('name:zed quinn', 'Zed Quinn', 'ada', 'Ada Lovelace')],
    peopleFromJournal(journal)
  );
  return { journal, network, evidence: new Map([['ada', adaEvidence()]]), today: TODAY };
}

describe('grounding: relationship facts on the card', () => {
  it('adds warmth reasons, the last contact and shared connections from evidence and the network', () => {
    const { journal, network, evidence } = sources();
    const ada = journal.entries[0];
    const card = cardForEntry(journal, ada, '', relationshipExtras(ada, { evidence, network, today: TODAY }));
    const ids = card.facts.map((fact) => fact.id);
    assert.ok(ids.includes('w1') && ids.includes('last') && ids.includes('s1'), ids.join(','));
    assert.match(card.byId.get('w1')!.text, /5 messages, both ways/);
    assert.equal(card.byId.get('last')!.text, 'message or invitation on 2026-11-20');
    assert.equal(card.byId.get('s1')!.text, 'Grace Hopper');
    assert.equal(card.byId.get('s2'), undefined, 'a stranger who knows Ada is not a shared connection');
  });

  it('lacks those facts without evidence or network', () => {
    const { journal } = sources();
    const ada = journal.entries[0];
    const card = cardForEntry(journal, ada, '', relationshipExtras(ada, { today: TODAY }));
    const ids = card.facts.map((fact) => fact.id);
    assert.deepEqual(
      ids.filter((id) => /^(w\d|last|s\d)/.test(id)),
      []
    );
  });

  it('flags a draft naming someone who knows the person but is not on the card', () => {
    const { journal, network, evidence } = sources();
    const ada = journal.entries[0];
    const card = cardForEntry(journal, ada, '', relationshipExtras(ada, { evidence, network, today: TODAY }));
    const otherNames = [...otherNamesFor(journal, ada), ...networkNamesAround(ada, network)];
    const named = (text: string) =>
      checkDraft({ text, kind: 'message', card, otherNames }).filter((f) => f.code === 'other-person');
    assert.equal(named('Hi Ada, Zed Quinn mentioned your work on engines.').length, 1);
    assert.equal(named('Hi Ada, Grace Hopper mentioned your work on engines.').length, 0);
    assert.equal(named('Hi Ada, Charles Babbage mentioned your work.').length, 1);
  });

  it('ranks introduction paths by evidence warmth', () => {
    const journal = parseJournal(JOURNAL);
    const network = buildNetwork(
      [edge('grace', 'Grace Hopper', 'ada', 'Ada Lovelace'), edge('charles', 'Charles Babbage', 'ada', 'Ada Lovelace')],
      peopleFromJournal(journal)
    );
    const warm = {
      ...emptyEvidence('charles', 'Charles Babbage'),
      messagesSent: 40,
      messagesReceived: 40,
      lastContact: TODAY
    };
    const cold = { ...emptyEvidence('grace', 'Grace Hopper'), endorsementsGiven: 1, connectedOn: '2020-01-01' };
    const evidence = new Map<string, PersonEvidence>([
      ['charles', warm],
      ['grace', cold]
    ]);
    const warmth = buildWarmthLookup(journal, { evidence, today: TODAY });
    assert.ok(warmth('charles')! > warmth('grace')!);
    assert.equal(warmth('ada'), undefined);
    const paths = introPaths(network, { person: 'ada' }, { warmth });
    assert.deepEqual(
      paths.map((p) => p.path[0].name),
      ['Charles Babbage', 'Grace Hopper']
    );
  });
});

describe('grounding: the introduction request kind', () => {
  it('puts the target and the path on the bridge person card, and the prompt asks for a double opt-in', () => {
    const { journal, network } = sources();
    const [path] = introPaths(network, { person: 'ada' });
    const grace = journal.entries[1];
    const card = cardForEntry(journal, grace, '', introductionExtras(path));
    assert.equal(card.byId.get('target')?.text, 'Ada Lovelace');
    assert.match(card.byId.get('path')!.text, /Grace Hopper is connected to Ada Lovelace/);
    assert.ok(card.namesOnCard.includes('Ada Lovelace'));
    const prompt = buildDraftPrompt({
      person: { person: 'Grace Hopper', via: null, link: null, source: '', headline: '' },
      kind: 'intro',
      card
    });
    const text = prompt.messages.map((m) => m.content).join('\n');
    assert.match(text, /double opt-in/);
    assert.match(text, /\[target\] Introduction target: Ada Lovelace/);
    assert.equal(KIND_SPECS.intro.charLimit, undefined);
  });

  it('warns when an introduction request is too long, and naming the target is no leak', () => {
    const { journal, network } = sources();
    const [path] = introPaths(network, { person: 'ada' });
    const grace = journal.entries[1];
    const card = cardForEntry(journal, grace, '', introductionExtras(path));
    const otherNames = otherNamesFor(journal, grace);
    const short = draftOutcome({
      text: 'Hi Grace, would you introduce me to Ada Lovelace?',
      kind: 'intro',
      card,
      state: 'checked',
      factsUsed: ['target'],
      otherNames
    });
    assert.deepEqual(
      short.findings.map((f) => f.code),
      []
    );
    const long = draftOutcome({
      text: `Hi Grace, ${'please '.repeat(200)}`,
      kind: 'intro',
      card,
      state: 'checked',
      factsUsed: [],
      otherNames
    });
    assert.ok(long.findings.some((f) => f.code === 'too-long' && /introduction request/.test(f.message)));
  });
});

describe('grounding: loading relationship files beside the journal', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'deliberate-rel-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads nothing when the files are absent, and both when present', async () => {
    const journalPath = path.join(dir, 'journal.md');
    await writeFile(journalPath, JOURNAL);
    const none = await loadRelationships(journalPath, { journalText: JOURNAL, today: TODAY });
    assert.equal(none.sources.evidence, undefined);
    assert.equal(none.sources.network, undefined);
    assert.deepEqual(none.warnings, []);

    await writeFile(`${journalPath}.evidence.tsv`, serialiseEvidence([adaEvidence()]));
    await writeFile(
      networkFileFor(journalPath),
      `${NETWORK_HEADER}\n${formatEdgeLine(edge('grace', 'Grace Hopper', 'ada', 'Ada Lovelace'))}\n`
    );
    const both = await loadRelationships(journalPath, { journalText: JOURNAL, today: TODAY });
    const journal = parseJournal(JOURNAL);
    const extras = relationshipExtras(journal.entries[0], both.sources);
    assert.deepEqual(extras.sharedConnections, ['Grace Hopper']);
    assert.ok(extras.warmth?.reasons.length);
    assert.equal(extras.lastContact?.date, '2026-11-20');
  });
});
