/**
 * Reads the CSV files out of LinkedIn's export .zip with fflate's inflater. The central
 * directory is checked before anything is inflated: entry count, `../` and absolute paths,
 * duplicate names, entries whose data overlap (a small zip whose directory points many times
 * at one big deflated entry), and the declared sizes. Inflation then counts real output bytes
 * and stops at the caps, so a zip bomb that lies about its sizes stops too.
 */
import { Inflate } from 'fflate';

export interface ZipLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all CSV entries together may inflate to. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024
};

export class ZipFormatError extends Error {}

export interface ZipCsv {
  /** Path inside the archive. */
  name: string;
  data: Uint8Array;
}

export interface ZipContents {
  csvs: ZipCsv[];
  /** Entries that are not CSV files (folders aside), reported as skipped. */
  skipped: string[];
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readZipCsvs(zip: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipContents {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const fail = (why: string) => new ZipFormatError(`${fileName}: ${why}; nothing was imported`);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw fail('not a zip file (no end-of-archive record)');
  const count = u16(eocd + 10);
  if (count > limits.maxEntries) throw fail(`lists ${count} entries, more than the ${limits.maxEntries} allowed`);
  let pos = u32(eocd + 16);
  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (pos + 46 > zip.length || u32(pos) !== CENTRAL) throw fail('damaged zip file (bad central directory)');
    const nameLength = u16(pos + 28);
    const name = decoder.decode(zip.subarray(pos + 46, pos + 46 + nameLength));
    const entry: CentralEntry = {
      name,
      method: u16(pos + 10),
      compressedSize: u32(pos + 20),
      size: u32(pos + 24),
      localOffset: u32(pos + 42)
    };
    pos += 46 + nameLength + u16(pos + 30) + u16(pos + 32);
    if (/(^|[\\/])\.\.([\\/]|$)/.test(name) || /^([\\/]|[A-Za-z]:)/.test(name)) {
      throw fail(`entry '${name}' points outside the archive (../ or absolute path)`);
    }
    const folded = name.replace(/\\/g, '/').toLowerCase();
    if (names.has(folded)) throw fail(`entry '${name}' appears twice`);
    names.add(folded);
    entries.push(entry);
  }
  // Each entry's local header + data must stand alone: overlapping ranges are how a small zip
  // makes one big deflated stream count many times.
  const ranges = entries
    .map((e) => ({ e, start: e.localOffset, end: e.localOffset + 30 + e.compressedSize }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i].start < ranges[i - 1].end) {
      throw fail(`entries '${ranges[i - 1].e.name}' and '${ranges[i].e.name}' overlap (a crafted zip)`);
    }
  }
  const csvs: ZipCsv[] = [];
  const skipped: string[] = [];
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (!/\.csv$/i.test(entry.name)) {
      skipped.push(entry.name);
      continue;
    }
    if (entry.size > limits.maxEntryBytes) throw fail(`'${entry.name}' would unpack to more than the entry cap`);
    const at = entry.localOffset;
    if (at + 30 > zip.length || u32(at) !== LOCAL) throw fail(`damaged zip file (bad entry ${entry.name})`);
    const dataStart = at + 30 + u16(at + 26) + u16(at + 28);
    if (dataStart + entry.compressedSize > zip.length) {
      throw fail(`damaged zip file (entry ${entry.name} is cut short)`);
    }
    const raw = zip.subarray(dataStart, dataStart + entry.compressedSize);
    // Never more than the entry declares: a zip bomb lies about its size, and inflating past the
    // declared size is where the lie shows.
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total, entry.size);
    let data: Uint8Array;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) {
      data = inflateCapped(
        raw,
        cap,
        () => fail(`'${entry.name}' unpacks past the size cap (a zip bomb?)`),
        entry.name,
        fail
      );
    } else throw fail(`'${entry.name}' uses an unsupported compression (method ${entry.method})`);
    total += data.length;
    if (total > limits.maxTotalBytes) throw fail('unpacks past the total size cap (a zip bomb?)');
    csvs.push({ name: entry.name, data });
  }
  return { csvs, skipped };
}

function inflateCapped(
  raw: Uint8Array,
  cap: number,
  overCap: () => Error,
  name: string,
  fail: (why: string) => Error
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) over = true;
    else chunks.push(chunk);
  });
  const STEP = 64 * 1024;
  try {
    for (let i = 0; i < raw.length && !over; i += STEP) {
      inflater.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
    }
  } catch (error) {
    throw fail(`cannot unpack '${name}': ${(error as Error).message}`);
  }
  if (over) throw overCap();
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
