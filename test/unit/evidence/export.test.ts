import * as assert from 'node:assert/strict';
import { buildEvidence, EvidenceFormatError, serialiseEvidence } from '../../../src/core/evidence';
import { csv, MARKER, messagesCsv, OWNER, wholeExport } from './exportFixture';

const ADA = 'https://www.linkedin.com/in/ada';
const BO = 'https://www.linkedin.com/in/bo';

describe('evidence from the whole export', () => {
  const result = buildEvidence(wholeExport());

  it('works out the owner and never counts them', () => {
    assert.equal(result.owner, OWNER);
    assert.equal(result.people.has(OWNER), false);
  });

  it('counts one-to-one messages each way, skipping drafts, spam and notes to self', () => {
    const ada = result.people.get(ADA)!;
    assert.equal(ada.messagesSent, 1, 'the draft is not a sent message');
    assert.equal(ada.messagesReceived, 1);
    assert.equal(ada.conversationsBothWrote, 1);
    assert.equal(ada.lastContact, '2026-11-20');
    assert.equal(ada.groupConversations, 1, 'c3 is a group conversation');
    assert.equal(ada.connectedOn, '2019-03-01');
    assert.equal(ada.invitation, 'outgoing');
    assert.equal(ada.endorsementsReceived, 2);
    assert.equal(ada.recommendationsReceived, 1);
    const bo = result.people.get(BO)!;
    assert.equal(bo.messagesSent, 1);
    assert.equal(bo.messagesReceived, 0);
    assert.equal(bo.conversationsBothWrote, 0);
    assert.equal(bo.invitation, 'incoming');
    assert.equal(bo.invitationNote, true);
    assert.equal(bo.endorsementsGiven, 1, 'URL without a scheme and with a slash matches');
    assert.equal(bo.recommendationsGiven, 1);
    assert.equal(result.people.has('https://www.linkedin.com/in/spam'), false);
    const msgs = result.files.find((f) => f.kind === 'messages')!;
    assert.match(msgs.summary, /1 drafts and 1 spam\/sponsored skipped/);
    assert.match(msgs.summary, /1 conversation with only yourself ignored/);
  });

  it('keeps a person who appears only in messages', () => {
    const only = result.people.get('https://www.linkedin.com/in/only-in-messages')!;
    assert.equal(only.name, 'Only Messages');
    assert.equal(only.conversationsBothWrote, 1);
  });

  it('matches recommendations by unique name only and reports the rest', () => {
    assert.equal(result.people.get('https://www.linkedin.com/in/sam-1')!.recommendationsReceived, 0);
    assert.equal(result.people.get('https://www.linkedin.com/in/sam-2')!.recommendationsReceived, 0);
    assert.ok(result.unmatched.some((u) => /Sam Lee \(2 people by that name\)/.test(u)));
    assert.ok(result.unmatched.some((u) => /Nobody Here \(no one by that name\)/.test(u)));
  });

  it('reports files it skips', () => {
    const skipped = result.files.filter((f) => f.kind === 'skipped').map((f) => f.name);
    assert.deepEqual(skipped, ['Profile.csv']);
  });

  it('never copies a message, invitation or recommendation body', () => {
    const text = serialiseEvidence(result.people.values()) + JSON.stringify(result);
    assert.equal(text.includes(MARKER), false);
    assert.equal(text.includes('line one'), false);
  });

  it('keeps names with commas, emoji, RTL and zero-width characters, cleaned to one line', () => {
    const jo = result.people.get('https://www.linkedin.com/in/jo')!;
    assert.equal(jo.name.includes('\u200b'), false);
    assert.match(jo.name, /Dr, Jo.*🙂.*אבי/);
  });

  it('is the same whatever the column order, header case or quoting', () => {
    const lines = messagesCsv().split('\n');
    const lowered = [lines[0].toLowerCase(), ...lines.slice(1)].join('\n');
    const again = buildEvidence([{ name: 'messages.csv', text: lowered }]);
    assert.equal(again.people.get(ADA)!.messagesReceived, 1);
    const reordered = csv([
      ['DATE', 'TO', 'RECIPIENT PROFILE URLS', 'FROM', 'SENDER PROFILE URL', 'CONVERSATION ID', 'EXTRA'],
      ['2026-01-01 00:00:00 UTC', 'Ada', ADA, 'Me', OWNER, 'k1', 'x'],
      ['2026-01-02 00:00:00 UTC', 'Ada', ADA, 'Me', OWNER, 'k2', 'x'],
      ['2026-01-03 00:00:00 UTC', 'Me', OWNER, 'Ada', ADA, 'k2', 'x'],
      ['2026-01-04 00:00:00 UTC', 'Bo', BO, 'Me', OWNER, 'k3', 'x']
    ]);
    const r = buildEvidence([{ name: 'm.csv', text: reordered }]);
    assert.equal(r.owner, OWNER);
    assert.equal(r.people.get(ADA)!.messagesSent, 2);
    assert.equal(r.people.get(ADA)!.conversationsBothWrote, 1);
  });

  it('a missing required column is one error naming the file and the column', () => {
    const text = csv([
      ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE'],
      ['c', 'a', 'b', 'c', 'd']
    ]);
    assert.throws(
      () => buildEvidence([{ name: 'x/messages.csv', text }]),
      (e: Error) => e instanceof EvidenceFormatError && /x\/messages\.csv.*"RECIPIENT PROFILE URLS"/.test(e.message)
    );
  });

  it('two Connections.csv merge without double counting', () => {
    const files = wholeExport();
    const twice = buildEvidence([...files, { name: 'copy/Connections.csv', text: files[0].text }]);
    assert.equal(twice.people.get(ADA)!.connectedOn, '2019-03-01');
    assert.equal(serialiseEvidence(twice.people.values()), serialiseEvidence(result.people.values()));
  });
});

describe('bad input', () => {
  it('a file that is not CSV is skipped and reported', () => {
    const r = buildEvidence([{ name: 'photo.csv', text: '\u0000\u0001PNG garbage' }]);
    assert.equal(r.files[0].kind, 'skipped');
    assert.match(r.files[0].summary, /not a text file/);
  });

  it('unbalanced quotes do not hang and keep earlier rows', () => {
    const text =
      messagesCsv() +
      '"c9","","Ada",' +
      `"${ADA}","Me","${OWNER}","2026-11-25 00:00:00 UTC","","never closed ${MARKER}\n`;
    const r = buildEvidence([{ name: 'messages.csv', text }]);
    assert.ok(r.people.get(ADA)!.messagesReceived >= 1);
    assert.equal(serialiseEvidence(r.people.values()).includes(MARKER), false);
  });

  it('a 5 MB single message is counted, not copied', () => {
    const big = 'x'.repeat(5 * 1024 * 1024) + MARKER;
    const text = csv([
      ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'CONTENT'],
      ['c1', 'Ada', ADA, 'Me', OWNER, '2026-01-01 00:00:00 UTC', big],
      ['c2', 'Me', OWNER, 'Bo', BO, '2026-01-01 00:00:00 UTC', 'hi']
    ]);
    const r = buildEvidence([{ name: 'messages.csv', text }]);
    assert.equal(r.people.get(ADA)!.messagesReceived, 1);
    assert.equal(serialiseEvidence(r.people.values()).includes(MARKER), false);
  });

  it('non-UTF-8 bytes decoded upstream as replacement characters still parse', () => {
    const text = connectionsCsvWith('Jos\ufffd', 'https://www.linkedin.com/in/jose');
    const r = buildEvidence([{ name: 'Connections.csv', text }]);
    assert.ok(r.people.get('https://www.linkedin.com/in/jose'));
  });

  it('a recommendations file whose name says neither way is skipped, not guessed', () => {
    const r = buildEvidence([{ name: 'recs.csv', text: 'First Name,Last Name,Text,Creation Date\nA,B,t,d\n' }]);
    assert.equal(r.files[0].kind, 'skipped');
    assert.match(r.files[0].summary, /neither Given nor Received/);
  });
});

function connectionsCsvWith(first: string, url: string): string {
  return csv([
    ['First Name', 'Last Name', 'URL', 'Connected On'],
    [first, 'X', url, '01 Jan 2020']
  ]);
}
