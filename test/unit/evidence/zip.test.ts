import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readZipCsvs, ZipFormatError } from '../../../src/node/linkedin/zip';
import { main } from '../../../src/cli';
import { MARKER, wholeExport } from './exportFixture';

function exportZip(extra: Record<string, Uint8Array> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const f of wholeExport()) files[f.name] = strToU8(f.text);
  return zipSync({ ...files, 'media/photo.jpg': new Uint8Array([1, 2, 3]), ...extra });
}

/** A zip whose central directory lists `copies` entries that all point at the one local entry. */
function overlappingZip(copies: number): Uint8Array {
  const one = zipSync({ 'a.csv': strToU8('x'.repeat(1000)) });
  const view = new DataView(one.buffer);
  let eocd = one.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const cdStart = view.getUint32(eocd + 16, true);
  const central = one.subarray(cdStart, eocd);
  const entries: Uint8Array[] = [];
  for (let i = 0; i < copies; i++) {
    const c = central.slice();
    c[46] = 'a'.charCodeAt(0) + i; // a different name each time, same local offset
    entries.push(c);
  }
  const cd = Buffer.concat(entries);
  const end = Buffer.from(one.subarray(eocd));
  end.writeUInt16LE(copies, 8);
  end.writeUInt16LE(copies, 10);
  end.writeUInt32LE(cd.length, 12);
  return Buffer.concat([one.subarray(0, cdStart), cd, end]);
}

describe('export zip (fflate)', () => {
  it('reads the CSVs in any folder and lists other entries as skipped', () => {
    const z = readZipCsvs(exportZip(), 'export.zip');
    assert.ok(z.csvs.some((c) => c.name === 'Complete/messages.csv'));
    assert.deepEqual(z.skipped, ['media/photo.jpg']);
  });

  it('refuses ../ and absolute paths', () => {
    for (const bad of ['../evil.csv', 'a/../../evil.csv', '/etc/evil.csv']) {
      const zip = zipSync({ [bad]: strToU8('x') });
      assert.throws(
        () => readZipCsvs(zip, 'e.zip'),
        (e: Error) => e instanceof ZipFormatError && /outside/.test(e.message)
      );
    }
  });

  it('refuses duplicate names', () => {
    const zip = overlappingZip(2);
    // Same name twice: patch the second name back to the first.
    const buf = Buffer.from(zip);
    const first = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const second = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), first + 4);
    buf[second + 46] = buf[first + 46];
    assert.throws(() => readZipCsvs(buf, 'd.zip'), /appears twice/);
  });

  it('refuses entries that overlap (issue 16: one deflated entry listed 12 times)', () => {
    assert.throws(() => readZipCsvs(overlappingZip(12), 'o.zip'), /overlap/);
  });

  it('stops a zip bomb at the size cap', () => {
    const bomb = zipSync({ 'big.csv': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    assert.ok(bomb.length < 100_000);
    const limits = { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };
    assert.throws(() => readZipCsvs(bomb, 'b.zip', limits), /size cap|entry cap/);
    // Lying about the size in the directory does not help: inflation itself is counted.
    const lying = Buffer.from(bomb);
    const cd = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(10, cd + 24);
    assert.throws(() => readZipCsvs(lying, 'b.zip', limits), /size cap/);
  });

  it('caps the entry count', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 12; i++) many[`f${i}.csv`] = strToU8('x');
    assert.throws(
      () => readZipCsvs(zipSync(many), 'm.zip', { maxEntries: 10, maxEntryBytes: 1e6, maxTotalBytes: 1e6 }),
      /12 entries/
    );
  });

  it('refuses a file that is not a zip', () => {
    assert.throws(() => readZipCsvs(strToU8('PK\u0003\u0004 not really'), 'x.zip'), ZipFormatError);
  });
});

describe('deliberate import of the whole export', () => {
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

  it('imports a zip, writes evidence beside the journal, never a body, and a re-import changes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'evidence-'));
    writeFileSync(path.join(dir, 'export.zip'), exportZip());
    const first = await cli(['import', 'export.zip', '--journal', 'j.connections.md'], dir);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /^5 new, 1 already in the journal/);
    assert.match(first.out, /export\.zip:Complete\/messages\.csv: messages, 9 messages read/);
    assert.match(first.out, /export\.zip:Profile\.csv: skipped/);
    assert.match(first.out, /export\.zip:media\/photo\.jpg: skipped/);
    const journal = readFileSync(path.join(dir, 'j.connections.md'), 'utf8');
    const evidence = readFileSync(path.join(dir, 'j.connections.md.evidence.tsv'), 'utf8');
    assert.equal(journal.includes('owner-me'), false, 'the owner is never a person');
    assert.match(evidence, /\thttps:\/\/www\.linkedin\.com\/in\/ada\tAda Lovelace\t2019-03-01\toutgoing\t/);
    for (const f of readdirSync(dir)) {
      if (f.endsWith('.zip')) continue;
      assert.equal(readFileSync(path.join(dir, f), 'utf8').includes(MARKER), false, f);
    }
    assert.equal((first.out + first.err).includes(MARKER), false);
    const again = await cli(['import', 'export.zip', '--journal', 'j.connections.md'], dir);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /\(0 new, 0 updated\)/);
    assert.equal(readFileSync(path.join(dir, 'j.connections.md'), 'utf8'), journal);
    assert.equal(readFileSync(path.join(dir, 'j.connections.md.evidence.tsv'), 'utf8'), evidence);
  });

  it('imports an extracted folder the same way as the zip', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'evidence-'));
    for (const f of wholeExport()) {
      mkdirSync(path.dirname(path.join(dir, 'x', f.name)), { recursive: true });
      writeFileSync(path.join(dir, 'x', f.name), f.text);
    }
    const r = await cli(['import', 'x', '--journal', 'j.md'], dir);
    assert.equal(r.code, 0, r.err);
    writeFileSync(path.join(dir, 'e.zip'), exportZip());
    const z = await cli(['import', 'e.zip', '--journal', 'k.md'], dir);
    assert.equal(z.code, 0, z.err);
    assert.equal(
      readFileSync(path.join(dir, 'j.md.evidence.tsv'), 'utf8'),
      readFileSync(path.join(dir, 'k.md.evidence.tsv'), 'utf8')
    );
  });

  it('a bad zip is exit 2 with one line and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'evidence-'));
    writeFileSync(path.join(dir, 'bad.zip'), zipSync({ '../x.csv': strToU8('a') }));
    writeFileSync(path.join(dir, 'j.md'), '# mine\n');
    const r = await cli(['import', 'bad.zip', '--journal', 'j.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /outside the archive/);
    assert.deepEqual(readdirSync(dir).sort(), ['bad.zip', 'j.md']);
    assert.equal(readFileSync(path.join(dir, 'j.md'), 'utf8'), '# mine\n');
  });
});
