/**
 * Text bound for a terminal comes from journals, feeds, CSVs and HTTP reason phrases, all
 * untrusted. ESC would start an escape sequence (recolour, retitle, move the cursor), BEL rings,
 * CR rewrites the line already shown, and bidi overrides reorder what is read. Each such
 * character is shown as a visible `\u001b`-style escape instead, so nothing is lost and nothing is
 * obeyed; that form is also valid inside JSON strings, so `--json` output stays parseable and
 * means the same. Newline and tab are kept: they are the CLI's own layout.
 */
// C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates, line and paragraph separators.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
