/**
 * Allocation by key: a total of øre shared over recipients in proportion to their weights, exactly,
 * by the largest-remainder method (Hamilton). Pure, integers only (bigint), deterministic.
 *
 * 1. Each recipient's exact share is total × weight / sum of weights; it first gets the whole øre
 *    of it (the share rounded down).
 * 2. The øre left over (fewer than the number of recipients) go one each to the recipients with
 *    the largest remainders (the share's fraction of an øre).
 * 3. **Tie rule**: of equal remainders, the larger weight comes first; of equal weights too, the
 *    recipient whose `tieKey` comes first in code-point order ("body:12" before "body:3"). So the
 *    parts depend on the recipients and their weights, never on the order they are given in.
 *
 * The parts sum to the total to the øre, and each part is within one øre of its exact share (less
 * than one øre from it). A recipient whose weight grows (the others' unchanged) never gets less.
 */

export interface AllocationInput {
  /** The total in øre, ≥ 0. */
  totalOre: bigint;
  /** Weights ≥ 0 as integers (see `weightsOf` for decimals); at least one above 0. */
  weights: readonly bigint[];
  /** Each recipient's identity for the tie rule (distinct); by default its position. */
  tieKeys?: readonly string[];
}

export class AllocationError extends Error {}

/** Code-point order (not the locale's): the same on every machine. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The parts of the total, in the order of the weights given. */
export function allocate({ totalOre, weights, tieKeys }: AllocationInput): bigint[] {
  if (totalOre < 0n) throw new AllocationError('the total is negative');
  if (tieKeys && tieKeys.length !== weights.length) throw new AllocationError('one tie key per weight');
  const shares = sharesInDoubles(totalOre, weights) ?? sharesInBigints(totalOre, weights);
  const { parts, remainders } = shares;
  const left = Number(totalOre - shares.given);
  if (left === 0) return parts;
  // The `left` largest remainders get one øre each: all above the threshold, then the tie rule at it.
  const threshold = rankedRemainder(remainders, left);
  const tied: number[] = [];
  let handedOut = 0;
  for (let i = 0; i < remainders.length; i++) {
    if (remainders[i] > threshold) {
      parts[i] += 1n;
      handedOut++;
    } else if (remainders[i] === threshold) tied.push(i);
  }
  const keys = tieKeys ?? weights.map((_, i) => String(i).padStart(12, '0'));
  tied.sort((a, b) => compareDescending(weights[a], weights[b]) || compareKeys(keys[a], keys[b]));
  for (let k = 0; k < left - handedOut; k++) parts[tied[k]] += 1n;
  return parts;
}

type Shares = { parts: bigint[]; remainders: Float64Array | bigint[]; given: bigint };

/** The sum of the weights, checked (≥ 0, at least one above 0). */
function sumOf(weights: readonly bigint[]): bigint {
  let sum = 0n;
  for (const weight of weights) {
    if (weight < 0n) throw new AllocationError('a weight is negative');
    sum += weight;
  }
  if (sum === 0n) throw new AllocationError('no weight above 0');
  return sum;
}

function sharesInBigints(total: bigint, weights: readonly bigint[]): Shares {
  const sum = sumOf(weights);
  const parts = new Array<bigint>(weights.length);
  const remainders = new Array<bigint>(weights.length);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const product = total * weights[i];
    parts[i] = product / sum;
    remainders[i] = product % sum;
    given += parts[i];
  }
  return { parts, remainders, given };
}

const MAX_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * As sharesInBigints, in doubles, when every number involved is an integer below 2^53 (the total,
 * every weight, their sum and every total × weight), where doubles are exact; else null.
 */
function sharesInDoubles(totalOre: bigint, weights: readonly bigint[]): Shares | null {
  const total = Number(totalOre);
  const values = new Float64Array(weights.length);
  let sum = 0;
  let largest = 0;
  for (let i = 0; i < weights.length; i++) {
    const weight = Number(weights[i]);
    if (weight < 0) throw new AllocationError('a weight is negative');
    values[i] = weight;
    sum += weight;
    if (weight > largest) largest = weight;
  }
  if (sum === 0) throw new AllocationError('no weight above 0');
  if (sum > MAX_EXACT || total > MAX_EXACT || BigInt(largest) * totalOre > BigInt(MAX_EXACT)) return null;
  const parts = new Array<bigint>(weights.length);
  const remainders = new Float64Array(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const product = total * values[i];
    const remainder = product % sum;
    const part = (product - remainder) / sum;
    parts[i] = BigInt(part);
    remainders[i] = remainder;
    given += part;
  }
  return { parts, remainders, given: BigInt(given) };
}

function compareDescending(a: bigint, b: bigint): number {
  return b > a ? 1 : b < a ? -1 : 0;
}

/** The `rank`-th largest remainder (1: the largest). */
function rankedRemainder(remainders: Float64Array | bigint[], rank: number): number | bigint {
  if (remainders instanceof Float64Array) {
    const sorted = Float64Array.from(remainders).sort();
    return sorted[sorted.length - rank];
  }
  const sorted = [...remainders].sort((a, b) => (a > b ? 1 : a < b ? -1 : 0));
  return sorted[sorted.length - rank];
}

/**
 * Decimal weights as integers with the same scale ("19,5", "38.2", "1200" → 195, 382, 12000):
 * exact, so that only their ratios matter. A comma or a point is the decimal mark; null for a
 * text that is not a number ≥ 0.
 */
export function weightsOf(texts: readonly string[]): bigint[] | null {
  const parsed = texts.map((text) => /^(\d+)(?:[.,](\d+))?$/.exec(text.trim()));
  if (parsed.some((match) => !match)) return null;
  const scale = Math.max(0, ...parsed.map((match) => (match![2] ?? '').length));
  return parsed.map((match) => BigInt(match![1] + (match![2] ?? '').padEnd(scale, '0')));
}

/** A weight as text without needless zeros ("19.5000000000" → "19.5", "12.0" → "12"). */
export function normalizeWeight(text: string): string {
  const trimmed = text.trim().replace(',', '.');
  return trimmed.includes('.') ? trimmed.replace(/0+$/, '').replace(/\.$/, '') : trimmed;
}
