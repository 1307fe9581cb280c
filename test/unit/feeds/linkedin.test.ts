import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'mocha';
import { decodeBytes } from '../../../src/core/feeds';
import { deflateRawSync } from 'node:zlib';
import {
  ExportFormatError,
  normaliseProfileUrl,
  parseConnectedOn,
  parseCsvRows,
  parseLinkedInExport,
  parseSentAt
} from '../../../src/core/linkedin';
import { parseConnectionExportBytes } from '../../../src/node/linkedin/exportFiles';
import { ZipFormatError } from '../../../src/node/linkedin/zip';

const fixture = (name: string) => decodeBytes(readFileSync(path.join(__dirname, '../../fixtures/feeds', name))).text;

describe('linkedin core: data export', () => {
  describe('Connections.csv', () => {
    it('skips the Notes preamble and BOM, reads quoted fields, skips and counts hidden profiles', () => {
      const result = parseLinkedInExport(fixture('Connections.csv'), 'Connections.csv');
      assert.equal(result.kind, 'connections');
      assert.equal(result.hidden, 2);
      assert.equal(result.rows, 5);
      assert.deepEqual(
        result.events.map((e) => e.person),
        ['Sam Patel', 'Joël Durand', 'Ada Nwosu']
      );
      const [sam, joel, ada] = result.events;
      assert.deepEqual(sam, {
        id: 'https://www.linkedin.com/in/sam-patel',
        person: 'Sam Patel',
        via: null,
        link: 'https://www.linkedin.com/in/sam-patel',
        date: '2026-02-08',
        title: 'Sam Patel is now connected to you',
        source: 'LinkedIn',
        headline: 'Data engineer at Northwind'
      });
      assert.equal(joel.id, 'https://www.linkedin.com/in/joel-durand', 'https, no trailing slash, no query');
      assert.equal(joel.headline, 'Designer "UX" at Fabrikam, Inc.');
      assert.equal(ada.headline, 'Founder and CEO', 'a newline inside quotes stays one field');
    });

    it('reads older exports without a URL column, ids from the names', () => {
      const result = parseLinkedInExport(fixture('Connections-old.csv'), 'Connections.csv');
      assert.deepEqual(
        result.events.map((e) => [e.id, e.person, e.link, e.date]),
        [
          ['linkedin:Mary-Ann-Smith--Contoso--CTO', 'Mary Ann Smith', null, '2019-03-12'],
          ['linkedin:Lee-Chen', 'Lee Chen', null, '2019-03-13']
        ]
      );
    });

    it('keeps a duplicated row once and counts it', () => {
      const text =
        'First Name,Last Name,URL,Connected On\nA,B,https://www.linkedin.com/in/ab,01 Jan 2026\nA,B,https://www.linkedin.com/in/ab/,01 Jan 2026\n';
      const result = parseLinkedInExport(text, 'c.csv');
      assert.equal(result.events.length, 1);
      assert.equal(result.duplicates, 1);
    });
  });

  describe('Invitations.csv', () => {
    it('imports incoming invitations with their message, ignores outgoing ones', () => {
      const result = parseLinkedInExport(fixture('Invitations.csv'), 'Invitations.csv');
      assert.equal(result.kind, 'invitations');
      assert.equal(result.outgoing, 1);
      assert.deepEqual(
        result.events.map((e) => [e.id, e.person, e.date]),
        [
          ['https://www.linkedin.com/in/rosa-diaz', 'Rosa Diaz', '2026-01-29T14:37:00'],
          ['linkedin:Kwame-Mensah', 'Kwame Mensah', '2025-12-03T23:59:00']
        ]
      );
      assert.equal(result.events[0].message, 'Hi! We met at the meetup, would love to connect.');
      assert.equal(result.events[1].message, undefined);
    });
  });

  describe('bad input: one clear line naming the file', () => {
    const cases: [string, string, RegExp][] = [
      ['an empty file', '', /^empty\.csv is empty/],
      ['a BOM and whitespace only', '\uFEFF \n\n', /is empty/],
      [
        'a file that is not an export',
        'Date,Amount,Payee\n2026-01-01,12.50,Coffee\n',
        /^bank\.csv is not a LinkedIn Connections\.csv or Invitations\.csv export/
      ],
      [
        'missing columns',
        'Notes:\n"x"\n\nFirst Name,Company,Connected On\nA,Acme,01 Jan 2026\n',
        /^c\.csv looks like Connections\.csv but lacks the column "Last Name"/
      ],
      ['missing invitation columns', 'From,To,Sent At\nA,B,1/1/26\n', /lacks the column "Direction"/],
      ['a header but no rows', 'First Name,Last Name,URL\n', /has a header but no rows/]
    ];
    const names = ['empty.csv', 'x.csv', 'bank.csv', 'c.csv', 'i.csv', 'h.csv'];
    cases.forEach(([name, text, message], i) => {
      it(name, () => {
        assert.throws(
          () => parseLinkedInExport(text, names[i]),
          (error: unknown) =>
            error instanceof ExportFormatError && message.test(error.message) && !error.message.includes('\n')
        );
      });
    });
  });

  describe('helpers', () => {
    it('normalises profile URLs', () => {
      assert.equal(normaliseProfileUrl('http://WWW.LinkedIn.com/in/x/?trk=1#a'), 'https://www.linkedin.com/in/x');
      assert.equal(normaliseProfileUrl('www.linkedin.com/in/y'), 'https://www.linkedin.com/in/y');
      assert.equal(normaliseProfileUrl('javascript:alert(1)'), null);
      assert.equal(normaliseProfileUrl(''), null);
    });

    it('parses export dates', () => {
      assert.equal(parseConnectedOn('08 Feb 2026'), '2026-02-08');
      assert.equal(parseConnectedOn('8 Sept 2025'), '2025-09-08');
      assert.equal(parseConnectedOn('soon'), null);
      assert.equal(parseSentAt('1/29/26, 2:37 PM'), '2026-01-29T14:37:00');
      assert.equal(parseSentAt('12/1/25, 12:05 AM'), '2025-12-01T00:05:00');
      assert.equal(parseSentAt('13/1/25, 1:00 PM'), null);
    });

    it('splits CSV with quotes, doubled quotes, CRLF and embedded newlines', () => {
      assert.deepEqual(parseCsvRows('a,"b,c","d ""e"""\r\n"x\ny",z\nlast'), [
        ['a', 'b,c', 'd "e"'],
        ['x\ny', 'z'],
        ['last']
      ]);
    });

    it('CSV edge cases: empty last field after a quoted one, CRLF, text after a closing quote, an unterminated quote', () => {
      assert.deepEqual(parseCsvRows('a,"b",\r\n"c""",d\r\n'), [
        ['a', 'b', ''],
        ['c"', 'd']
      ]);
      assert.deepEqual(parseCsvRows('"x"y,z\n"open,end'), [['xy', 'z'], ['open,end']]);
      assert.deepEqual(parseCsvRows('O"Neil,1\n'), [['O"Neil', '1']]);
    });

    it('30,000 rows parse', () => {
      let text = 'Notes:\n"n"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
      for (let i = 0; i < 30_000; i++) {
        text += `F${i},L${i},https://www.linkedin.com/in/p${i},,${i % 10 ? 'Acme' : '"Acme, Inc."'},Engineer,08 Feb 2026\n`;
      }
      const result = parseLinkedInExport(text, 'big.csv');
      assert.equal(result.events.length, 30_000);
      assert.equal(result.events[29_999].headline, 'Engineer at Acme');
      assert.equal(result.events[29_990].headline, 'Engineer at Acme, Inc.');
    });
  });

  describe('the export .zip', () => {
    const zipBytes = readFileSync(path.join(__dirname, '../../fixtures/feeds/Basic_LinkedInDataExport.zip'));

    it('reads Connections.csv and Invitations.csv from the zip and ignores other files', () => {
      const summary = parseConnectionExportBytes([{ bytes: zipBytes, name: 'Basic_LinkedInDataExport.zip' }]);
      assert.deepEqual(
        summary.events.map((e) => e.person),
        ['Sam Patel', 'Joël Durand', 'Ada Nwosu', 'Rosa Diaz', 'Kwame Mensah']
      );
      assert.equal(summary.hidden, 2);
      assert.equal(summary.outgoing, 1);
    });

    it('a zip without the CSVs, a damaged zip, and a zip bomb give one line naming the file', () => {
      const onlyOther = zipOf('Messages.csv', Buffer.from('Date,Note\n'));
      assert.throws(
        () => parseConnectionExportBytes([{ bytes: onlyOther, name: 'other.zip' }]),
        (e: unknown) =>
          e instanceof ZipFormatError && /^other\.zip holds no Connections\.csv or Invitations\.csv/.test(e.message)
      );
      assert.throws(
        () => parseConnectionExportBytes([{ bytes: zipBytes.subarray(0, 200), name: 'cut.zip' }]),
        (e: unknown) => e instanceof ZipFormatError && /cut\.zip/.test(e.message)
      );
      const bomb = zipOf('Connections.csv', Buffer.alloc(80 * 1024 * 1024, 0x41), 1024);
      assert.throws(
        () => parseConnectionExportBytes([{ bytes: bomb, name: 'bomb.zip' }]),
        (e: unknown) => e instanceof ZipFormatError && /bomb\.zip/.test(e.message)
      );
    });

    it('ids are deduplicated across the files of one import', () => {
      const csv = readFileSync(path.join(__dirname, '../../fixtures/feeds/Connections.csv'));
      const summary = parseConnectionExportBytes([
        { bytes: csv, name: 'a.csv' },
        { bytes: csv, name: 'b.csv' }
      ]);
      assert.equal(summary.events.length, 3);
      assert.equal(summary.duplicates, 3);
    });
  });
});

/** A one-entry deflate zip; `declaredSize` lets a test lie about the size like a zip bomb does. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}
