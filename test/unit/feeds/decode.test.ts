import { strict as assert } from 'node:assert';
import { describe, it } from 'mocha';
import { decodeBytes, charsetFromContentType } from '../../../src/core/feeds';

const latin1 = (text: string) => Buffer.from(text, 'latin1');
// "Zoë – “quoted”" in windows-1252: ë = 0xEB, en dash = 0x96, curly quotes = 0x93/0x94.
const cp1252Bytes = Buffer.concat([
  Buffer.from('Zo'),
  Buffer.from([0xeb, 0x20, 0x96, 0x20, 0x93]),
  Buffer.from('q'),
  Buffer.from([0x94])
]);

describe('feeds core: decodeBytes (charset rules)', () => {
  it('UTF-8 by default', () => {
    assert.equal(decodeBytes(Buffer.from('<rss>Zoë</rss>')).text, '<rss>Zoë</rss>');
  });

  it('windows-1252 declared only in Content-Type', () => {
    const decoded = decodeBytes(cp1252Bytes, 'application/rss+xml; charset=windows-1252');
    assert.equal(decoded.text, 'Zoë – “q”');
    assert.equal(decoded.charset, 'windows-1252');
  });

  it('ISO-8859-1 declared only in the XML declaration', () => {
    const bytes = Buffer.concat([
      latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
      Buffer.from([0xe9]),
      latin1('</t>')
    ]);
    assert.equal(decodeBytes(bytes).text, '<?xml version="1.0" encoding="ISO-8859-1"?><t>é</t>');
    assert.equal(
      decodeBytes(bytes, 'text/xml').text.includes('é'),
      true,
      'a Content-Type without charset defers to the declaration'
    );
  });

  it('windows-1252 declared only in the XML declaration', () => {
    const bytes = Buffer.concat([latin1("<?xml version='1.0' encoding='windows-1252'?>"), cp1252Bytes]);
    assert.ok(decodeBytes(bytes).text.endsWith('Zoë – “q”'));
  });

  it('Content-Type wins over the XML declaration', () => {
    const bytes = Buffer.concat([latin1('<?xml version="1.0" encoding="UTF-8"?>'), Buffer.from([0xe9])]);
    assert.ok(decodeBytes(bytes, 'text/xml; charset="iso-8859-1"').text.endsWith('é'));
  });

  it('a BOM wins over everything and is removed', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>é')
    ]);
    assert.equal(
      decodeBytes(utf8, 'text/xml; charset=iso-8859-1').text,
      '<?xml version="1.0" encoding="ISO-8859-1"?>é'
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>é</rss>', 'utf16le')]);
    assert.equal(decodeBytes(utf16).text, '<rss>é</rss>');
  });

  it('an unknown charset falls back to UTF-8 with a warning; invalid bytes become U+FFFD', () => {
    const decoded = decodeBytes(Buffer.from([0x41, 0xff]), 'text/xml; charset=x-klingon');
    assert.equal(decoded.text, 'A\uFFFD');
    assert.match(decoded.warning ?? '', /unknown charset "x-klingon"/);
  });

  it('reads the charset parameter leniently', () => {
    assert.equal(charsetFromContentType('text/xml;Charset="UTF-8"'), 'UTF-8');
    assert.equal(charsetFromContentType('text/xml'), undefined);
  });
});
