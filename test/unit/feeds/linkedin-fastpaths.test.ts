/**
 * The import's fast paths (plain rows skip cleaning, profile URLs skip the URL parser, export
 * dates skip the regex) must give exactly what the careful paths give. Each fast path is
 * compared with its reference on tricky inputs, and the results are pinned where it matters.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { parseCsvRows, parseLinkedInExport } from '../../../src/core/linkedin';
import { isPlainField, scanCsv } from '../../../src/core/linkedin/csv';
import {
  carefulProfileUrl,
  foldLinkedInHost,
  normaliseProfileUrl,
  quickProfileUrl
} from '../../../src/core/linkedin/profileUrl';
import { parseConnectedOn, parseConnectedOnUncached, quickConnectedOn } from '../../../src/core/linkedin/rows';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

describe('linkedin core: fast paths agree with the careful paths', () => {
  describe('profile URLs', () => {
    const tricky = [
      'https://www.linkedin.com/in/ada-lovelace',
      'https://www.linkedin.com/in/ada-lovelace/',
      'https://www.linkedin.com/in/ada-lovelace///',
      'https://www.linkedin.com/in/ada?trk=people#top',
      'https://www.linkedin.com/in/ada#frag?not-a-query',
      'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa',
      'https://www.linkedin.com/in/jos%c3%a9',
      'https://www.linkedin.com/in/ada.lovelace',
      "https://www.linkedin.com/in/o'neil(1)~!$&*+,;=:@",
      'https://www.linkedin.com',
      'https://www.linkedin.com/',
      'https://www.linkedin.com?x=1',
      'http://www.linkedin.com/in/ada',
      'https://WWW.LinkedIn.COM/in/Ada',
      'HTTPS://www.linkedin.com/in/ada',
      'https://de.linkedin.com/in/ada',
      'https://linkedin.com/in/ada',
      'https://www.linkedin.com:443/in/ada',
      'http://www.linkedin.com:80/in/ada',
      'https://www.linkedin.com:8443/in/ada',
      'https://www.linkedin.com:/in/ada',
      'https://user:pw@www.linkedin.com/in/ada',
      'https://www.linkedin.com/in/a/../b',
      'https://www.linkedin.com/in/./ada',
      'https://www.linkedin.com/in/.',
      'https://www.linkedin.com/in/..',
      'https://www.linkedin.com/in/%2e%2E/ada',
      'https://www.linkedin.com/in/.hidden',
      'https://www.linkedin.com//in//ada',
      'https://www.linkedin.com\\in\\ada',
      'https://www.linkedin.com/in/a b',
      'https://www.linkedin.com/in/a\tb',
      'https://www.linkedin.com/in/a"b',
      'https://www.linkedin.com/in/a<b>',
      'https://www.linkedin.com/in/a`b{c}|d^e[f]',
      'https://www.linkedin.com/in/josé',
      'https://www.linkedin.com/in/a%zz',
      'https://1.2.3/in/ada',
      'https://127.0.0.1/in/ada',
      'https://0x7f.1/in/ada',
      'https://a.0x/in/ada',
      'https://example.123/in/ada',
      'https://xn--nxasmq6b.com/in/ada',
      'https://XN--nxasmq6b.com/in/ada',
      'https://xn--a/in/ada',
      'https://a..b/in/ada',
      'https://.linkedin.com/in/ada',
      'https://www.linkedin.com./in/ada',
      'https://-a-.linkedin.com/in/ada',
      'https:///in/ada',
      'https://',
      'www.linkedin.com/in/ada',
      'javascript:alert(1)',
      'ftp://www.linkedin.com/in/ada',
      'mailto:ada@example.com'
    ];

    it('quickProfileUrl is either silent or equal to the URL parser, on every tricky shape', () => {
      let quick = 0;
      for (const url of tricky) {
        const fast = quickProfileUrl(url);
        if (fast !== undefined) {
          quick++;
          assert.equal(fast, carefulProfileUrl(url), url);
        }
        const careful = carefulProfileUrl(url);
        assert.equal(normaliseProfileUrl(url), careful === null ? null : foldLinkedInHost(careful), url);
      }
      assert.ok(quick >= 15, `the fast path handled only ${quick} shapes`);
    });

    it('pins the results that the old regex shortcut got wrong', () => {
      assert.equal(normaliseProfileUrl('https://www.linkedin.com:443/in/ada'), 'https://www.linkedin.com/in/ada');
      assert.equal(normaliseProfileUrl('https://www.linkedin.com/in/a/../b'), 'https://www.linkedin.com/in/b');
      assert.equal(normaliseProfileUrl('https://www.linkedin.com/in/.'), 'https://www.linkedin.com/in');
      assert.equal(normaliseProfileUrl('https://www.linkedin.com/in/%2e%2E/ada'), 'https://www.linkedin.com/ada');
      assert.equal(normaliseProfileUrl('https://1.2.3/in/ada'), 'https://1.2.0.3/in/ada');
      assert.equal(normaliseProfileUrl('https://xn--a/in/ada'), null);
    });

    it('takes the shortcut for the usual shapes, returning the very same string when nothing changes', () => {
      const usual = 'https://www.linkedin.com/in/ada-lovelace-1a2b3c';
      assert.equal(quickProfileUrl(usual), usual);
      assert.equal(quickProfileUrl(`${usual}/?trk=x`), usual);
      assert.equal(quickProfileUrl('https://WWW.LinkedIn.com/in/x/'), 'https://www.linkedin.com/in/x');
      assert.equal(quickProfileUrl('https://www.linkedin.com:443/in/x'), undefined, 'ports go to the URL parser');
    });

    it('agrees with the URL parser on seeded random URLs built from hostile pieces', () => {
      const pieces = [
        'a',
        'Z',
        '0',
        '9',
        '-',
        '.',
        '/',
        '%',
        '%2e',
        '%2E',
        '%41',
        ':',
        '@',
        '?',
        '#',
        '\\',
        ' ',
        '..',
        '/.',
        'xn--',
        '0x',
        '1.2',
        'é',
        '~',
        "'",
        '!',
        '|',
        '[',
        '`'
      ];
      const prefixes = [
        'https://www.linkedin.com/in/',
        'https://www.linkedin.com',
        'https://',
        'http://',
        'https://WWW.LinkedIn.com/',
        'https://de.linkedin.com/in/'
      ];
      let seed = 0x5eed;
      const next = (n: number) => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed % n;
      };
      for (let i = 0; i < 20_000; i++) {
        let url = prefixes[next(prefixes.length)];
        const length = next(7);
        for (let k = 0; k < length; k++) url += pieces[next(pieces.length)];
        const trimmed = url.trim();
        const fast = quickProfileUrl(trimmed);
        if (fast !== undefined) assert.equal(fast, carefulProfileUrl(trimmed), trimmed);
      }
    });
  });

  describe('Connected On dates', () => {
    const tricky = [
      '08 Feb 2026',
      '31 Dec 1999',
      '01 jan 2020',
      '01 JAN 2020',
      '01 jAn 2020',
      '00 Jan 2020',
      '32 Jan 2020',
      '31 Xyz 2020',
      '31 Feb 2020',
      '1a Jan 2020',
      '01 J4n 2020',
      '01 Jan 20a0',
      '01-Jan-2020',
      '01 Jan  2020',
      '01\tJan 2020',
      ' 1 Jan 2020',
      '8 Feb 2026',
      '8 Sept 2025',
      '08 Sept 2025',
      '2026-02-08',
      '2026-2-8',
      '',
      'soon',
      '01 Ján 2020',
      '01 Jan 2020x'
    ];

    it('quickConnectedOn is either silent or equal to the regex rule', () => {
      for (const value of tricky) {
        const fast = quickConnectedOn(value);
        if (fast !== undefined) assert.equal(fast, parseConnectedOnUncached(value), value);
        assert.equal(parseConnectedOn(value), parseConnectedOnUncached(value.trim()), value);
      }
    });

    it("reads LinkedIn's own shape and rejects impossible days", () => {
      assert.equal(quickConnectedOn('08 Feb 2026'), '2026-02-08');
      assert.equal(quickConnectedOn('01 DEC 1999'), '1999-12-01');
      assert.equal(quickConnectedOn('00 Jan 2020'), null);
      assert.equal(quickConnectedOn('32 Jan 2020'), null);
      assert.equal(quickConnectedOn('08 Foo 2026'), null);
      assert.equal(quickConnectedOn('8 Feb 2026'), undefined, 'other shapes go to the regex');
    });
  });

  describe('plain rows (cleaning skipped) and rows that need cleaning', () => {
    const row = (fields: string[]) => parseLinkedInExport(`${HEADER}${fields.join(',')}\n`, 'c.csv').events[0];

    it('cleans every kind of field that is not plain, quoted or not', () => {
      assert.equal(row(['Ada\u00a0', 'Love\u200Blace', '', '', 'Acme', 'CTO', '08 Feb 2026']).person, 'Ada Love lace');
      assert.equal(row([' Ada', 'Lovelace ', '', '', 'Acme', 'CTO', '08 Feb 2026']).person, 'Ada Lovelace');
      assert.equal(row(['Ada', 'Love  lace', '', '', 'Acme', 'CTO', '08 Feb 2026']).person, 'Ada Love lace');
      assert.equal(row(['Ada', 'Lo\u202Evelace', '', '', 'Acme', 'CTO', '08 Feb 2026']).person, 'Ada Lo velace');
      assert.equal(row(['Ada', 'Lovelace', '', '', 'Ac\tme', 'C\rTO', '08 Feb 2026']).headline, 'C TO at Ac me');
      assert.equal(
        row(['Ada', 'Lovelace', '', '', '"Acme,\nInc."', 'CTO', '08 Feb 2026']).headline,
        'CTO at Acme, Inc.'
      );
      assert.equal(
        row(['Ada', 'Lovelace', '', '', '"Acme " Inc', 'CTO', '08 Feb 2026']).headline,
        'CTO at Acme Inc',
        'a double space across the closing quote'
      );
      assert.equal(row(['Ada', 'Lovelace', '', '', '" Acme"', '"CTO "', '08 Feb 2026']).headline, 'CTO at Acme');
      assert.equal(
        row(['Ada', 'Lovelace', '', '', `"${'x'.repeat(2500)}"`, 'CTO', '08 Feb 2026']).headline,
        `CTO at ${'x'.repeat(2000)}`
      );
      assert.equal(
        row(['Ada', 'Lovelace', '', '', 'y'.repeat(2500), 'CTO', '08 Feb 2026']).headline,
        `CTO at ${'y'.repeat(2000)}`
      );
    });

    it('keeps plain rows as they are, next to rows that need cleaning', () => {
      const text = `${HEADER}Ada,Lovelace,https://www.linkedin.com/in/ada,,"Acme, Inc.",CTO,08 Feb 2026\nGrace,Hop  per,,,Navy,Admiral,09 Dec 1906\r\nAlan,Turing,https://www.linkedin.com/in/alan/,,Bletchley,"Code ""breaker""",23 Jun 2012\n`;
      const { events } = parseLinkedInExport(text, 'c.csv');
      assert.deepEqual(
        events.map((e) => [e.id, e.person, e.headline, e.date]),
        [
          ['https://www.linkedin.com/in/ada', 'Ada Lovelace', 'CTO at Acme, Inc.', '2026-02-08'],
          ['linkedin:Grace-Hop-per--Navy--Admiral', 'Grace Hop per', 'Admiral at Navy', '1906-12-09'],
          ['https://www.linkedin.com/in/alan', 'Alan Turing', 'Code "breaker" at Bletchley', '2012-06-23']
        ]
      );
    });

    it('flags plain rows exactly as the cleaning rule would', () => {
      const seen: [string[], boolean][] = [];
      scanCsv(
        'a,b c\na  b,c\n a,b\na,b \r\na,"b ",c\na,"b\nc"\nx\u00a0y\nx\ry\nok,"fine, quoted"\n',
        0,
        (fields, plain) => seen.push([fields.slice(), plain])
      );
      assert.deepEqual(
        seen.map(([, plain]) => plain),
        [true, false, false, false, false, false, false, false, true]
      );
      assert.deepEqual(seen[3][0], ['a', 'b '], 'CR LF ends the line, the space before it stays');
    });

    it('isPlainField follows the cleaning rule for single values', () => {
      assert.equal(isPlainField('Ada Lovelace'), true);
      assert.equal(isPlainField(''), true);
      for (const value of [
        ' Ada',
        'Ada ',
        'A  B',
        'A\nB',
        'A\tB',
        'A\u007fB',
        'A\u00a0B',
        'A\u200dB',
        'A\u2067B',
        'x'.repeat(2001)
      ]) {
        assert.equal(isPlainField(value), false, JSON.stringify(value));
      }
    });

    it("parseCsvRows hands back its own arrays, not the scanner's reused one", () => {
      const rows = parseCsvRows('a,b,c\nd\ne,f\n');
      assert.deepEqual(rows, [['a', 'b', 'c'], ['d'], ['e', 'f']]);
      assert.notEqual(rows[0], rows[1]);
    });

    it('reads a single-column file (no comma or quote after the header)', () => {
      const text = `First Name,Last Name\n${'Ada\n'.repeat(50_000)}`;
      const result = parseLinkedInExport(text, 'c.csv');
      assert.equal(result.rows, 50_000);
      assert.equal(result.duplicates, 49_999);
    });
  });
});

describe('profile URL: LinkedIn host spellings fold into one id', () => {
  it('folds linkedin.com, m. and country hosts into www.linkedin.com', () => {
    for (const url of [
      'http://linkedin.com/in/ana',
      'https://uk.linkedin.com/in/ana/',
      'https://m.linkedin.com/in/ana?trk=x',
      'HTTPS://WWW.LinkedIn.com/in/ana'
    ]) {
      assert.equal(normaliseProfileUrl(url), 'https://www.linkedin.com/in/ana', url);
    }
    assert.equal(normaliseProfileUrl('https://notlinkedin.com/in/ana'), 'https://notlinkedin.com/in/ana');
  });
});
