/**
 * A line-based difference between two texts (longest common subsequence), for showing what a
 * correction changed. Pure; meant for the few hundred lines of one agenda item.
 */

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffLine {
  op: DiffOp;
  text: string;
}

/** The lines of `after` compared with `before`: unchanged, added and removed, in reading order. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: the longest common subsequence of before[i..] and after[j..].
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] =
        before[i] === after[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      result.push({ op: 'same', text: before[i] });
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      result.push({ op: 'removed', text: before[i++] });
    } else {
      result.push({ op: 'added', text: after[j++] });
    }
  }
  while (i < n) result.push({ op: 'removed', text: before[i++] });
  while (j < m) result.push({ op: 'added', text: after[j++] });
  return result;
}

/** Whether the two texts differ at all. */
export function hasChanges(diff: readonly DiffLine[]): boolean {
  return diff.some((line) => line.op !== 'same');
}
