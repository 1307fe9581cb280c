/**
 * Reads Connections.csv / Invitations.csv straight out of LinkedIn's export .zip with
 * fflate's inflate (pure JS, so core stays free of node:*). Only "stored" and "deflate" entries are supported, which is
 * what the export uses. Sizes are capped before and during inflation, so a zip bomb stops at
 * the cap instead of filling memory.
 */
import { Inflate } from 'fflate';

export const EXPORT_CSV_NAMES = ['Connections.csv', 'Invitations.csv'] as const;

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export class ZipFormatError extends Error {}

/** Little-endian reads over the archive bytes (what Buffer offered, without Node). */
class ZipBytes {
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  readUInt32LE(offset: number): number {
    return this.view.getUint32(offset, true);
  }
  readUInt16LE(offset: number): number {
    return this.view.getUint16(offset, true);
  }
  toString(_encoding: 'utf8', start: number, end: number): string {
    return new TextDecoder().decode(this.bytes.subarray(start, end));
  }
  subarray(start: number, end: number): Uint8Array {
    return this.bytes.subarray(start, end);
  }
}

/** Raw DEFLATE, stopped as soon as the output passes `maxBytes` (a zip bomb never fills memory). */
function inflateCapped(raw: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new Error(`it unpacks to more than ${Math.round(maxBytes / 1048576)} MB`);
    chunks.push(chunk);
  });
  inflater.push(raw, true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The export CSVs inside `zip` (matched by base name, case-insensitively, in any folder). */
export function readExportCsvsFromZip(zip: Uint8Array, fileName: string, maxBytes = 64 * 1024 * 1024): ZipEntry[] {
  const buf = new ZipBytes(zip);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new ZipFormatError(`${fileName} is not a zip file (no end-of-archive record)`);
  const count = buf.readUInt16LE(eocd + 10);
  let pos = buf.readUInt32LE(eocd + 16);
  const wanted = EXPORT_CSV_NAMES.map((n) => n.toLowerCase());
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL) {
      throw new ZipFormatError(`${fileName} is a damaged zip file (bad central directory)`);
    }
    const method = buf.readUInt16LE(pos + 10);
    const compressedSize = buf.readUInt32LE(pos + 20);
    const size = buf.readUInt32LE(pos + 24);
    const nameLength = buf.readUInt16LE(pos + 28);
    const extraLength = buf.readUInt16LE(pos + 30);
    const commentLength = buf.readUInt16LE(pos + 32);
    const localOffset = buf.readUInt32LE(pos + 42);
    const name = buf.toString('utf8', pos + 46, pos + 46 + nameLength);
    pos += 46 + nameLength + extraLength + commentLength;
    const base = name.split(/[\\/]/).pop()?.toLowerCase() ?? '';
    if (!wanted.includes(base)) continue;
    if (size > maxBytes) {
      throw new ZipFormatError(`${name} in ${fileName} is larger than ${Math.round(maxBytes / 1048576)} MB`);
    }
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL) {
      throw new ZipFormatError(`${fileName} is a damaged zip file (bad entry ${name})`);
    }
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    let data: Uint8Array;
    if (method === 0) data = raw;
    else if (method === 8) {
      try {
        data = inflateCapped(raw, maxBytes);
      } catch (error) {
        throw new ZipFormatError(`cannot unpack ${name} from ${fileName}: ${(error as Error).message}`);
      }
    } else throw new ZipFormatError(`${name} in ${fileName} uses an unsupported zip compression (method ${method})`);
    entries.push({ name, data });
  }
  if (entries.length === 0) {
    throw new ZipFormatError(`${fileName} holds no Connections.csv or Invitations.csv; is it LinkedIn's data export?`);
  }
  return entries;
}
