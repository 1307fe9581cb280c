import { METADATA_KEYS } from './model';

/**
 * Hand-rolled matchers for the two list-item shapes the parser meets on most lines, working on
 * the whole text by offsets: no line slice, no match array, no capture strings. They accept
 * exactly what these regexes accept (the tests hold them to it):
 *   metadata  /^[ \t]{0,3}[-*+][ \t]+([A-Za-z][\w-]*)[ \t]*:/
 *   log line  /^[ \t]{0,3}[-*+][ \t]+(\d[\d./-]*)[ \t]*:[ \t]?(.*)$/   (text then trimmed)
 */

const SPACE = 32,
  TAB = 9,
  DASH = 45,
  STAR = 42,
  PLUS = 43,
  COLON = 58,
  UNDERSCORE = 95;

/** Offsets are relative to the line start, like MetadataLine's. */
export interface ScannedMetadata {
  keyCode: number;
  keyStart: number;
  keyEnd: number;
  colonEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** After `[ \t]{0,3}[-*+][ \t]+`: the offset of what follows, or -1. */
function afterBullet(text: string, start: number, end: number): number {
  let i = start;
  while (i < start + 3 && i < end && isBlankChar(text.charCodeAt(i))) i++;
  const bullet = text.charCodeAt(i);
  if (i >= end || (bullet !== DASH && bullet !== STAR && bullet !== PLUS)) return -1;
  i++;
  if (i >= end || !isBlankChar(text.charCodeAt(i))) return -1;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  return i;
}

export function scanMetadata(text: string, start: number, end: number, out: ScannedMetadata): boolean {
  const keyStart = afterBullet(text, start, end);
  if (keyStart < 0 || !isLetter(text.charCodeAt(keyStart))) return false;
  let i = keyStart + 1;
  while (i < end && isKeyChar(text.charCodeAt(i))) i++;
  const keyEnd = i;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== COLON) return false;
  const colonEnd = i + 1;
  let valueStart = colonEnd;
  while (valueStart < end && isBlankChar(text.charCodeAt(valueStart))) valueStart++;
  let valueEnd = end;
  while (valueEnd > valueStart && isBlankChar(text.charCodeAt(valueEnd - 1))) valueEnd--;
  out.keyCode = keyCode(text, keyStart, keyEnd);
  out.keyStart = keyStart - start;
  out.keyEnd = keyEnd - start;
  out.colonEnd = colonEnd - start;
  out.valueStart = valueStart - start;
  out.valueEnd = valueEnd - start;
  return true;
}

/** Log line offsets relative to the line start: [dateStart, dateEnd, textStart, textEnd], or undefined. */
export function scanLog(text: string, start: number, end: number): [number, number, number, number] | undefined {
  const dateStart = afterBullet(text, start, end);
  if (dateStart < 0 || !isDigit(text.charCodeAt(dateStart))) return undefined;
  let i = dateStart + 1;
  while (i < end && isDateChar(text.charCodeAt(i))) i++;
  const dateEnd = i;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== COLON) return undefined;
  i++;
  if (i < end && isBlankChar(text.charCodeAt(i))) i++;
  // `(.*)$` without the m flag: the rest may hold no line terminator.
  for (let j = i; j < end; j++) if (isLineTerminator(text.charCodeAt(j))) return undefined;
  let textStart = i;
  while (textStart < end && isJsWhitespace(text.charCodeAt(textStart))) textStart++;
  let textEnd = end;
  while (textEnd > textStart && isJsWhitespace(text.charCodeAt(textEnd - 1))) textEnd--;
  return [dateStart - start, dateEnd - start, textStart - start, textEnd - start];
}

/** Index into METADATA_KEYS of the key (ASCII case-insensitive), or -1. */
function keyCode(text: string, start: number, end: number): number {
  const length = end - start;
  outer: for (let k = 0; k < METADATA_KEYS.length; k++) {
    const key = METADATA_KEYS[k];
    if (key.length !== length) continue;
    for (let i = 0; i < length; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== key.charCodeAt(i)) continue outer;
    }
    return k;
  }
  return -1;
}

function isBlankChar(c: number): boolean {
  return c === SPACE || c === TAB;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isKeyChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === UNDERSCORE || c === DASH;
}

function isDateChar(c: number): boolean {
  return isDigit(c) || c === DASH || c === 46 || c === 47;
}

function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** What String.prototype.trim removes. */
function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
