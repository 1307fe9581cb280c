import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli';
import { lintJournal, parseJournal } from '../../../src/core/journal';
import { buildEvidence, serialiseEvidence } from '../../../src/core/evidence';
import { wholeExport } from './exportFixture';

const JOURNAL = `# People

## Ada Lovelace
- id: https://www.linkedin.com/in/ada
- status: accepted
- decided: 2026-01-05
- cadence: 1w..3m

## Bo Chen
- id: https://linkedin.com/in/bo/
- status: accepted
- tags: a, b

### Log
- 2026-11-28: called Bo

## Cy Nobody
- status: new
- cadence: monthly
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

function setup(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'people-'));
  writeFileSync(path.join(dir, 'j.md'), JOURNAL);
  writeFileSync(path.join(dir, 'j.md.evidence.tsv'), serialiseEvidence(buildEvidence(wholeExport()).people.values()));
  return dir;
}

describe('deliberate people / due with evidence', () => {
  it('people --json has exactly the PRODUCT.md shape', async () => {
    const dir = setup();
    const r = await cli(['people', '--journal', 'j.md', '--json', '--date', '2026-11-29'], dir);
    assert.equal(r.code, 0, r.err);
    const rows = JSON.parse(r.out);
    assert.equal(rows.length, 3);
    for (const row of rows) {
      assert.deepEqual(Object.keys(row), [
        'id',
        'name',
        'status',
        'via',
        'link',
        'seen',
        'decided',
        'followUp',
        'tags',
        'cadence',
        'lastContact',
        'due',
        'warmth'
      ]);
      assert.deepEqual(Object.keys(row.warmth), ['score', 'band', 'reasons']);
      assert.ok(['strong', 'warm', 'light', 'cold'].includes(row.warmth.band));
      assert.ok(Array.isArray(row.tags) && Array.isArray(row.warmth.reasons));
    }
    const [ada, bo, cy] = rows;
    assert.equal(ada.lastContact, '2026-11-20');
    assert.equal(ada.cadence, '1w..3m');
    assert.equal(ada.due, '2026-11-27');
    assert.match(ada.warmth.reasons.join('; '), /2 messages, both ways/);
    assert.equal(
      bo.lastContact,
      '2026-11-28',
      'a logged action counts as contact (evidence found through canonicalId)'
    );
    assert.deepEqual(bo.tags, ['a', 'b']);
    assert.equal(bo.cadence, null);
    assert.equal(cy.via, null);
    assert.equal(cy.warmth.score, 0);
    assert.deepEqual(cy.warmth.reasons, ['no contact on record']);
  });

  it('due lists cadence-due people after follow-ups, each with why', async () => {
    const dir = setup();
    const r = await cli(['due', 'j.md', '--date', '2026-11-29'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(
      r.out,
      /2026-11-27 {2}Ada Lovelace \(accepted\) {2}j\.md:3 {2}cadence 1w\.\.3m, last contact 2026-11-20, due since 2026-11-27; warmth \d+ \w+/
    );
    assert.doesNotMatch(r.out, /Bo Chen/);
    const d = await cli(['due', 'j.md', '--date', '2026-11-29', '--cadence-default', '1d'], dir);
    assert.match(d.out, /Bo Chen \(accepted\).*cadence 1d/);
  });

  it('lint warns on a cadence it cannot read and accepts the documented forms', () => {
    const diags = lintJournal(parseJournal(JOURNAL), { today: '2026-11-29' }).filter(
      (d) => d.code === 'invalid-cadence'
    );
    assert.equal(diags.length, 1);
    assert.equal(diags[0].line, 18);
    assert.match(diags[0].message, /30d, 6w, 3m, 1y/);
  });
});
