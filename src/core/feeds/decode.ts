/**
 * Bytes → string for feeds fetched over HTTP and read from files, with one rule set:
 * a BOM wins, then the charset in Content-Type, then the XML declaration, else UTF-8.
 * Decoding uses TextDecoder (WHATWG labels: latin1/iso-8859-1 map to windows-1252, a superset)
 * and never throws: bad bytes become U+FFFD.
 */

export interface DecodedText {
  text: string;
  /** The WHATWG encoding name used, e.g. `utf-8`, `windows-1252`. */
  charset: string;
  /** Set when a declared charset was unknown and UTF-8 was used instead. */
  warning?: string;
}

export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const match = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType) : null;
  return match?.[1];
}

function charsetFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII by definition, so reading the first bytes as latin1 is safe.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1];
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal: false, ignoreBOM: true });
  } catch {
    return undefined;
  }
}

/** Decodes feed or file bytes following the charset rules above. */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = bomCharset(bytes);
  if (bom) {
    return {
      text: new TextDecoder(bom.charset, { ignoreBOM: true }).decode(bytes.subarray(bom.length)),
      charset: bom.charset
    };
  }
  const declared = charsetFromContentType(contentType) ?? charsetFromXmlDeclaration(bytes);
  if (declared) {
    const decoder = decoderFor(declared);
    // A UTF-16 declaration without a BOM in an ASCII-compatible file is a lie; keep UTF-8.
    if (decoder?.encoding === 'windows-1252') return { text: decodeWindows1252(bytes), charset: 'windows-1252' };
    if (decoder && !decoder.encoding.startsWith('utf-16')) {
      return { text: decoder.decode(bytes), charset: decoder.encoding };
    }
    if (!decoder) {
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        charset: 'utf-8',
        warning: `unknown charset "${declared.slice(0, 40)}", read as UTF-8`
      };
    }
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (ISO-8859-1), which
// turns curly quotes and dashes into invisible characters; these are the real code points.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** windows-1252 (also what WHATWG means by latin1 / iso-8859-1 / ascii labels). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\u0080-\u009F]/.test(latin1)
    ? latin1.replace(/[\u0080-\u009F]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80])
    : latin1;
}
