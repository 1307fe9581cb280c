/**
 * A minimal line diff, so that a rewritten section changes only the lines that differ and
 * `git diff` shows exactly the user's change. Common leading and trailing lines are skipped;
 * the middle is aligned by a longest common subsequence when it is small (answers are a few
 * lines), else replaced as one hunk.
 */

/** Replace `oldCount` lines at `oldStart` with new lines `newStart..newStart+newCount`. */
export interface LineHunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/** Above this many cells the LCS table costs more than it saves: one hunk instead. */
const MAX_LCS_CELLS = 250_000;

export function diffLines(before: readonly string[], after: readonly string[]): LineHunk[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const n = before.length - prefix - suffix;
  const m = after.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || n * m > MAX_LCS_CELLS) {
    return [{ oldStart: prefix, oldCount: n, newStart: prefix, newCount: m }];
  }
  return lcsHunks(before, after, prefix, n, m);
}

/** Hunks between the matched lines of an LCS of the two middles. */
function lcsHunks(
  before: readonly string[],
  after: readonly string[],
  offset: number,
  n: number,
  m: number
): LineHunk[] {
  // table[i][j] = LCS length of before[i..] and after[j..] (middles only), row-major.
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        before[offset + i] === after[offset + j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const hunks: LineHunk[] = [];
  let i = 0,
    j = 0,
    hunkI = 0,
    hunkJ = 0;
  const flush = () => {
    if (i > hunkI || j > hunkJ) {
      hunks.push({ oldStart: offset + hunkI, oldCount: i - hunkI, newStart: offset + hunkJ, newCount: j - hunkJ });
    }
  };
  while (i < n || j < m) {
    if (i < n && j < m && before[offset + i] === after[offset + j]) {
      flush();
      i++;
      j++;
      hunkI = i;
      hunkJ = j;
    } else if (j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1])) i++;
    else j++;
  }
  flush();
  return hunks;
}
