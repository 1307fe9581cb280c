import * as assert from 'node:assert/strict';
import {
  MAX_WEBVIEW_MESSAGE_CHARS,
  packPeople,
  parseHostMessage,
  parseWebviewMessage,
  type PersonItem
} from '../../../src/shared/protocol';

const ada: PersonItem = {
  id: 'https://example.com/in/ada',
  name: 'Ada Lovelace',
  via: 'Charles Babbage',
  source: 'Network',
  date: '2026-11-24T09:12:00Z',
  headline: 'Analyst',
  link: 'https://example.com/in/ada',
  tags: ['math', 'poetry'],
  status: 'deferred',
  origin: 'journal',
  followUp: '2026-12-01',
  decided: '2026-11-20'
};
const bare: PersonItem = {
  ...ada,
  id: 'feed:2',
  name: 'Nobody',
  via: null,
  date: null,
  link: null,
  tags: [],
  status: 'new',
  origin: 'feed',
  followUp: null,
  decided: null
};

function init(people: unknown) {
  return { type: 'init', people, bursts: [], feeds: [], today: '2026-11-25', loading: false, hasWorkspace: true };
}

describe('sidebar protocol', () => {
  describe('webview → host', () => {
    it('accepts every well-formed message', () => {
      for (const message of [
        { type: 'ready' },
        { type: 'select', id: 'a' },
        { type: 'select', id: null },
        { type: 'openLink', id: 'a' },
        { type: 'decide', id: 'a', decision: 'deferred', followUp: '2026-12-01' },
        { type: 'saveAnswer', id: 'a', index: 7, text: '' },
        { type: 'draftStart', id: 'a', kind: 'note' },
        { type: 'draftCancel' },
        { type: 'draftCopy', text: 'hi' },
        { type: 'draftSave', id: 'a', kind: 'email', text: 'hi' },
        { type: 'appendLog', id: 'a', text: 'Said hello' },
        { type: 'action', action: 'openSample' },
        { type: 'retryFeed', key: 'feeds/a.rss' },
        { type: 'revealInJournal', id: 'a' },
        { type: 'error', message: 'x' }
      ]) {
        assert.equal(parseWebviewMessage(message).ok, true, JSON.stringify(message));
      }
    });
    it('rejects unknown types, bad fields and arbitrary commands', () => {
      for (const message of [
        { type: 'runCommand', command: 'workbench.action.terminal.new' },
        { type: 'action', action: 'workbench.action.openSettings' },
        { type: 'decide', id: 'a', decision: 'new' },
        { type: 'decide', id: 'a', decision: 'deferred', followUp: 'tomorrow' },
        { type: 'saveAnswer', id: 'a', index: 8, text: '' },
        { type: 'select', id: '' },
        null,
        'ready',
        42,
        // Links are opened by person id only: the webview never names a URL.
        { type: 'openLink', url: 'https://x.example' },
        { type: 'openLink', id: '' }
      ]) {
        assert.equal(parseWebviewMessage(message).ok, false, JSON.stringify(message));
      }
    });
    it('rejects oversized messages before validating them', () => {
      const result = parseWebviewMessage({ type: 'draftCopy', text: 'x'.repeat(MAX_WEBVIEW_MESSAGE_CHARS) });
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.reason, /oversized/);
    });
  });

  describe('host → webview people columns', () => {
    it('round-trips people, including nulls, tags and statuses', () => {
      const parsed = parseHostMessage(init(packPeople([ada, bare])));
      assert.ok(parsed.ok);
      assert.equal(parsed.message.type, 'init');
      assert.deepEqual(parsed.message.type === 'init' && parsed.message.people, [ada, bare]);
    });
    it('round-trips the warmth band and score column, leaving people without warmth without it', () => {
      const warm: PersonItem = { ...ada, warmthScore: 42, warmthBand: 'warm' };
      const zero: PersonItem = { ...bare, id: 'feed:3', warmthScore: 0, warmthBand: 'cold' };
      const strong: PersonItem = { ...bare, id: 'feed:4', warmthScore: 100, warmthBand: 'strong' };
      const packed = packPeople([warm, bare, zero, strong]);
      assert.equal(packed.band, 'w-cs');
      const parsed = parseHostMessage(init(packed));
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.message.type === 'init' && parsed.message.people, [warm, bare, zero, strong]);
    });
    it('accepts people columns without the band column (an older host): nobody has warmth', () => {
      const packed: Record<string, unknown> = { ...packPeople([{ ...ada, warmthScore: 50, warmthBand: 'warm' }]) };
      delete packed.band;
      delete packed.score;
      const parsed = parseHostMessage(init(packed));
      assert.deepEqual(parsed.ok && parsed.message.type === 'init' && parsed.message.people, [ada]);
    });
    it('rejects a malformed band or score column', () => {
      const good = packPeople([
        { ...ada, warmthScore: 50, warmthBand: 'warm' },
        { ...bare, warmthScore: 20, warmthBand: 'light' }
      ]);
      for (const bad of [
        { band: 'wx' },
        { band: 'w' },
        { band: 'wl-' },
        { score: '50' },
        { score: '50\u0000abc' },
        { score: '50\u0000101' },
        { score: '50\u0000' },
        { score: '50\u00001234' }
      ]) {
        const parsed = parseHostMessage(init({ ...good, ...bad }));
        assert.equal(parsed.ok, false, JSON.stringify(bad));
        assert.match(parsed.ok ? '' : parsed.reason, /band|score/);
      }
    });
    it('round-trips an empty list', () => {
      const parsed = parseHostMessage(init(packPeople([])));
      assert.deepEqual(parsed.ok && parsed.message.type === 'init' && parsed.message.people, []);
    });
    it('strips the separator characters from values instead of shifting columns', () => {
      const sneaky = { ...ada, name: 'Ada\u0000accepted\u0001x', tags: ['a\u0000b'] };
      const parsed = parseHostMessage(init(packPeople([sneaky, bare])));
      assert.ok(parsed.ok && parsed.message.type === 'init');
      assert.equal(parsed.message.people[0].name, 'Adaacceptedx');
      assert.deepEqual(parsed.message.people[0].tags, ['ab']);
      assert.equal(parsed.message.people[1].name, 'Nobody');
    });
    it('rejects columns that disagree, bad days, empty ids and over-long fields', () => {
      const good = packPeople([ada, bare]);
      for (const bad of [
        { ...good, count: 3 },
        { ...good, status: 'nx' },
        { ...good, status: 'n' },
        { ...good, followUp: 'soon\u0000' },
        { ...good, id: '\u0000feed:2' },
        { ...good, name: `${'x'.repeat(2001)}\u0000y` },
        { ...good, origin: 'fq' }
      ]) {
        assert.equal(parseHostMessage(init(bad)).ok, false, JSON.stringify(bad).slice(0, 120));
      }
    });
    it('checks every person, not just the first: caps, days, ids and column lengths anywhere in 30,000', () => {
      const many = Array.from({ length: 30_000 }, (_, i) => ({ ...bare, id: `feed:${i}`, name: `Person ${i}` }));
      const good = packPeople(many);
      assert.equal(parseHostMessage(init(good)).ok, true);
      const last = (column: string, value: string) => `${column.slice(0, column.lastIndexOf('\u0000') + 1)}${value}`;
      for (const [field, bad] of [
        ['name', { ...good, name: last(good.name, 'x'.repeat(2001)) }],
        ['headline', { ...good, headline: last(good.headline, 'h'.repeat(5000)) }],
        ['tags', { ...good, tags: last(good.tags, 't'.repeat(2001)) }],
        ['decided', { ...good, decided: last(good.decided, '2026-1-01') }],
        ['followUp', { ...good, followUp: `${good.followUp}\u0000` }],
        ['id', { ...good, id: last(good.id, '') }],
        ['id', { ...good, id: good.id.replace('\u0000feed:15000\u0000', '\u0000\u0000') }],
        ['via', { ...good, via: `${good.via}\u0000` }],
        ['status', { ...good, status: `${good.status.slice(0, -1)}x` }],
        ['origin', { ...good, origin: good.origin.slice(1) }]
      ] as const) {
        const result = parseHostMessage(init(bad));
        assert.equal(result.ok, false, field);
      }
    });
    it('rejects a people count beyond the cap and non-string columns', () => {
      const good = packPeople([ada]);
      assert.equal(parseHostMessage(init({ ...good, count: 200_001 })).ok, false);
      assert.equal(parseHostMessage(init({ ...good, name: ['Ada'] })).ok, false);
      assert.equal(parseHostMessage(init({ ...good, count: 1.5 })).ok, false);
    });
    it('sends a link equal to the id once, and never mistakes a hostile link for that marker', () => {
      const other = { ...bare, id: 'feed:3', link: 'https://example.com/other' };
      const sneaky = { ...bare, id: 'feed:4', link: '\u0002' };
      const packed = packPeople([ada, other, sneaky]);
      assert.ok(!packed.link.includes(ada.id), 'the id is not repeated in the link column');
      const parsed = parseHostMessage(init(packed));
      assert.ok(parsed.ok && parsed.message.type === 'init');
      assert.deepEqual(
        parsed.message.people.map((x) => x.link),
        [ada.link, other.link, null]
      );
    });
    it('packs people newest first whatever order the host had them in', () => {
      const older = { ...bare, id: 'feed:old', date: '2026-11-01T00:00:00Z' };
      const parsed = parseHostMessage(init(packPeople([bare, older, ada])));
      assert.ok(parsed.ok && parsed.message.type === 'init');
      assert.deepEqual(
        parsed.message.people.map((x) => x.id),
        [ada.id, 'feed:old', 'feed:2']
      );
    });
    it('rejects unknown host messages', () => {
      assert.equal(parseHostMessage({ type: 'eval', code: '1' }).ok, false);
      assert.equal(parseHostMessage({ type: 'announce', text: 'x'.repeat(3000) }).ok, false);
    });
  });
});
