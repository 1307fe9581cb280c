/**
 * Reading a journal from disk without trusting what is there: only regular files (never a
 * FIFO or /dev/zero), a size cap enforced while reading (not after), and strict UTF-8. A
 * latin-1 or UTF-16 file is refused rather than decoded with U+FFFD replacements, because a
 * later write would then replace the user's bytes for ever.
 */
import { open } from 'node:fs/promises';
import { JournalFileError } from './errors';

/** Larger than any real journal (30,000 entries are about 10 MB), small enough to hold twice in memory. */
export const MAX_JOURNAL_BYTES = 128 * 1024 * 1024;
const CHUNK = 1024 * 1024;

export interface JournalBytes {
  bytes: Buffer;
  text: string;
}

/** Reads at most `maxBytes` from a regular file; anything else is a JournalFileError. */
export async function readRegularFileCapped(file: string, shown: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new JournalFileError(`cannot read ${shown}: ${describeErrno(error)}`, 'unreadable');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new JournalFileError(`cannot read ${shown}: it is a directory`, 'not-regular');
    if (!info.isFile()) {
      throw new JournalFileError(
        `cannot read ${shown}: it is not a regular file (a device, pipe or socket)`,
        'not-regular'
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Reading one byte past the cap is how a file that grew since fstat is still caught.
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) {
        throw new JournalFileError(
          `cannot read ${shown}: it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
          'too-large'
        );
      }
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof JournalFileError) throw error;
    throw new JournalFileError(`cannot read ${shown}: ${describeErrno(error)}`, 'unreadable');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Bytes → text, refusing anything that is not UTF-8 (a UTF-8 BOM is kept as U+FEFF). */
export function decodeJournalBytes(bytes: Uint8Array, shown: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new JournalFileError(
      `${shown} is UTF-16 (as Windows Notepad saves it), not UTF-8; save it as UTF-8 and try again; the journal was not changed`,
      'encoding'
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new JournalFileError(
      `${shown} is not valid UTF-8 (first bad byte at offset ${offset}; latin-1?); save it as UTF-8 and try again; the journal was not changed`,
      'encoding'
    );
  }
}

/** Reads and decodes a journal; `missingAsEmpty` turns ENOENT into an empty journal. */
export async function readJournalBytes(
  file: string,
  shown: string,
  options: { missingAsEmpty?: boolean; maxBytes?: number } = {}
): Promise<JournalBytes> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFileCapped(file, shown, options.maxBytes ?? MAX_JOURNAL_BYTES);
  } catch (error) {
    if (options.missingAsEmpty && error instanceof JournalFileError && /no such file/.test(error.message)) {
      return { bytes: Buffer.alloc(0), text: '' };
    }
    throw error;
  }
  return { bytes, text: decodeJournalBytes(bytes, shown) };
}

export function describeErrno(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return error instanceof Error ? error.message : String(error);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms and encoded surrogates (ED A0..BF) are invalid too.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return i;
    if (b === 0xed && bytes[i + 1] >= 0xa0) return i;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1] >= 0x90) return i;
    i += length;
  }
  return bytes.length;
}
