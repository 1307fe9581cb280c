/**
 * The one truncation helper: at most `max` characters (UTF-16 units), the cut marked with `…`,
 * never splitting a surrogate pair, and no trailing space left before the ellipsis.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}
