/**
 * Relationship evidence in the real workbench: the Losing touch view lists an accepted person
 * past their cadence, and hovering their journal heading shows warmth with its reasons.
 * Screenshots: evidence-losing-touch, evidence-warmth-hover.
 */
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from '../harness/workbench';
import { emptyEvidence, serialiseEvidence } from '../../src/core/evidence';

const ADA = 'https://www.linkedin.com/in/e2e-ada';
const BO = 'https://www.linkedin.com/in/e2e-bo';

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

const JOURNAL = `# People

## Ada Evidence
- id: ${ADA}
- status: accepted
- cadence: 1m..3m

## Bo Evidence
- id: ${BO}
- status: accepted
- cadence: 2w
`;

function evidenceFile(): string {
  const ada = {
    ...emptyEvidence(ADA, 'Ada Evidence'),
    messagesSent: 9,
    messagesReceived: 7,
    conversationsBothWrote: 2
  };
  ada.connectedOn = '2019-03-01';
  ada.lastContact = daysAgo(50);
  ada.endorsementsReceived = 2;
  const bo = { ...emptyEvidence(BO, 'Bo Evidence'), messagesSent: 1, lastContact: daysAgo(200) };
  return serialiseEvidence([ada, bo]);
}

describe('evidence: Losing touch and warmth in the workbench', function () {
  let wb: Workbench;

  before(async function () {
    wb = await openWorkbench({
      files: { 'journal.connections.md': JOURNAL, 'journal.connections.md.evidence.tsv': evidenceFile() }
    });
  });

  after(async function () {
    await wb?.close();
  });

  it('lists people past their cadence in the Losing touch view', async function () {
    const { page } = wb;
    await wb.openSidebar();
    await wb.runCommand('Deliberate: Focus on Losing touch View');
    const row = page.locator('.monaco-list-row', { hasText: 'Bo Evidence' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await row.innerText(), /past max/);
    await page.locator('.monaco-list-row', { hasText: 'Ada Evidence' }).first().waitFor({ state: 'visible' });
    await wb.screenshot('evidence-losing-touch');
  });

  it("shows a person's warmth and reasons in the journal hover", async function () {
    const { page } = wb;
    await wb.runCommand('Deliberate: Open Journal');
    const heading = page.locator('.view-line', { hasText: '## Ada Evidence' }).first();
    await heading.waitFor({ state: 'visible', timeout: 30_000 });
    await heading.hover({ position: { x: 40, y: 5 } });
    const hover = page.locator('.monaco-hover', { hasText: 'Warmth' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await hover.innerText(), /16\s+messages,\s+both\s+ways/);
    await wb.screenshot('evidence-warmth-hover');
  });
});
