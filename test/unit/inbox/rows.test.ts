import * as assert from 'node:assert/strict';
import {
  buildRows,
  burstKey,
  burstLabel,
  dayLabel,
  indexBursts,
  InboxModel,
  type Burst,
  type InboxRow
} from '../../../src/core/inbox';
import { p } from './fixtures';

const TODAY = '2026-11-25';

function describeRows(rows: InboxRow[]): string[] {
  return rows.map((r) =>
    r.kind === 'day'
      ? `# ${r.label} (${r.count})`
      : r.kind === 'burst'
        ? `+ ${r.label}${r.expanded ? ' [open]' : ''}`
        : `${r.burstKey ? '  ' : ''}${r.entry.person.name}`
  );
}

describe('inbox rows', () => {
  it('labels days as Today, Yesterday, a date, or Undated', () => {
    assert.equal(dayLabel('2026-11-25', TODAY), 'Today');
    assert.equal(dayLabel('2026-11-24', TODAY), 'Yesterday');
    assert.equal(dayLabel('2026-11-01', '2026-11-02'), 'Yesterday');
    assert.equal(dayLabel('2026-10-31', '2026-11-01'), 'Yesterday', 'across a month boundary');
    assert.equal(dayLabel('2026-11-20', TODAY), 'Fri, Nov 20, 2026');
    assert.equal(dayLabel('', TODAY), 'Undated');
  });

  it('groups by day, newest first, with counts', () => {
    const model = new InboxModel([
      p('a', 'Ann', { date: '2026-11-25' }),
      p('b', 'Ben', { date: '2026-11-24' }),
      p('c', 'Cat', { date: '2026-11-25' }),
      p('d', 'Dan')
    ]);
    const rows = buildRows(model.view('inbox', '', TODAY), indexBursts([]), new Set(), TODAY);
    assert.deepEqual(describeRows(rows), [
      '# Today (2)',
      'Ann',
      'Cat',
      '# Yesterday (1)',
      'Ben',
      '# Undated (1)',
      'Dan'
    ]);
  });

  describe('bursts', () => {
    const start = Date.parse('2026-11-25T07:02:00Z');
    const members = Array.from({ length: 25 }, (_, i) =>
      p(`m${i}`, `M${String(i).padStart(2, '0')}`, {
        via: 'Mark Ruiz',
        date: new Date(start + i * 20_000).toISOString()
      })
    );
    const burst: Burst = {
      via: 'Mark Ruiz',
      eventIds: members.map((m) => m.id),
      start: new Date(start).toISOString(),
      end: new Date(start + 8 * 60_000).toISOString(),
      count: 25
    };
    const others = [p('x', 'Xena', { date: '2026-11-25T09:00:00Z' }), p('y', 'Yuri', { date: '2026-11-25T06:00:00Z' })];
    const model = new InboxModel([...members, ...others]);

    it('keeps the flag after decisions and says how many are left', () => {
      assert.equal(burstLabel({ ...burst, left: 9 }, 9), 'Mark Ruiz connected with 25 people in 8 minutes · 9 left');
      assert.equal(
        burstLabel({ ...burst, left: 9 }, 4),
        'Mark Ruiz connected with 25 people in 8 minutes · 9 left (4 shown)'
      );
    });

    it('says who connected with how many people in how long', () => {
      assert.equal(burstLabel(burst, 25), 'Mark Ruiz connected with 25 people in 8 minutes');
      assert.equal(
        burstLabel({ ...burst, end: new Date(start + 60_000).toISOString() }, 25),
        'Mark Ruiz connected with 25 people in 1 minute'
      );
      assert.equal(
        burstLabel({ ...burst, end: burst.start }, 3),
        'Mark Ruiz connected with 25 people in under a minute (3 shown)'
      );
    });

    it('collapses the burst into one group at its newest member', () => {
      const rows = buildRows(model.view('inbox', '', TODAY), indexBursts([burst]), new Set(), TODAY);
      assert.deepEqual(describeRows(rows), [
        '# Today (27)',
        'Xena',
        '+ Mark Ruiz connected with 25 people in 8 minutes',
        'Yuri'
      ]);
    });

    it('lists the members under the group when expanded', () => {
      const rows = buildRows(model.view('inbox', '', TODAY), indexBursts([burst]), new Set([burstKey(burst)]), TODAY);
      assert.equal(rows.length, 1 + 1 + 1 + 25 + 1);
      assert.equal(rows[2].kind, 'burst');
      assert.ok(rows.slice(3, 28).every((r) => r.kind === 'person' && r.burstKey === burstKey(burst)));
      assert.equal(rows[28].kind === 'person' && rows[28].entry.person.name, 'Yuri');
    });

    it('shows how many members a search left, and a lone member as a flagged row', () => {
      let rows = buildRows(model.view('inbox', 'm0', TODAY), indexBursts([burst]), new Set(), TODAY);
      assert.deepEqual(describeRows(rows), [
        '# Today (10)',
        '+ Mark Ruiz connected with 25 people in 8 minutes (10 shown)'
      ]);
      rows = buildRows(model.view('inbox', 'm24', TODAY), indexBursts([burst]), new Set(), TODAY);
      assert.deepEqual(describeRows(rows), ['# Today (1)', '  M24']);
    });

    it('keeps each row key unique (the virtual list relies on it)', () => {
      const rows = buildRows(model.view('inbox', '', TODAY), indexBursts([burst]), new Set([burstKey(burst)]), TODAY);
      assert.equal(new Set(rows.map((r) => r.key)).size, rows.length);
    });
  });

  it('groups 30,000 people with 50 bursts into the right rows', () => {
    const people = Array.from({ length: 30_000 }, (_, i) =>
      p(`p${i}`, `P${i}`, { via: `V${i % 50}`, date: new Date(Date.UTC(2026, 10, 25) - i * 300_000).toISOString() })
    );
    const bursts: Burst[] = Array.from({ length: 50 }, (_, b) => ({
      via: `V${b}`,
      eventIds: people
        .filter((_, i) => i % 50 === b)
        .slice(0, 20)
        .map((x) => x.id),
      start: '2026-01-01T00:00:00Z',
      end: '2026-01-01T00:10:00Z',
      count: 20
    }));
    const model = new InboxModel(people);
    const rows = buildRows(model.view('inbox', '', TODAY), indexBursts(bursts), new Set(), TODAY);
    const personRows = rows.filter((r) => r.kind === 'person').length;
    const burstRows = rows.filter((r) => r.kind === 'burst').length;
    assert.equal(burstRows, 50);
    assert.equal(personRows, 30_000 - 50 * 20);
  });
});
