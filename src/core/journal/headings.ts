/** ATX heading helpers shared by the parser and the entries' on-demand section titles. */

const HASH = 35,
  SPACE = 32,
  TAB = 9;
const ESCAPED_PUNCT_RE = /\\([!-/:-@[-`{-~])/g;

/** ATX heading: up to 3 spaces, 1-6 `#`, then a space, tab or end of line. */
export function readHeading(line: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === SPACE) i++;
  let level = 0;
  while (level < 7 && line.charCodeAt(i + level) === HASH) level++;
  if (level === 0 || level > 6) return undefined;
  const next = line.charCodeAt(i + level);
  if (!Number.isNaN(next) && next !== SPACE && next !== TAB) return undefined;
  return { level, text: line.slice(i + level) };
}

/** Heading text → name: trims, drops a closing `#` sequence, and undoes backslash escapes. */
export function headingName(text: string): string {
  let name = text.trim();
  // Only a name ending in '#' can have a closing sequence; skip the regexes otherwise (hot path).
  if (name.charCodeAt(name.length - 1) === HASH) {
    if (/^#+$/.test(name)) return '';
    name = name.replace(/[ \t]+#+$/, '');
  }
  return name.includes('\\') ? name.replace(ESCAPED_PUNCT_RE, '$1') : name;
}
