/**
 * Allocation by key (src/domain/allocation.ts): the largest-remainder method with its tie rule,
 * as properties (fast-check) over random totals and weights — in the doubles' range and beyond it —
 * and the example of the minutes: 2,500,000 kr. at 19.5 % is 487,500 kr.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AllocationError, allocate, normalizeWeight, weightsOf } from '../../src/domain/allocation.js';
import { checkCommitment } from '../../src/domain/frame.js';

const kr = (kroner: number) => BigInt(kroner) * 100n;

/** A total and weights (at least one above 0), small or far beyond 2^53 when multiplied. */
const case_ = fc
  .record({
    totalOre: fc.oneof(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 10n ** 15n })),
    weights: fc.array(fc.oneof(fc.bigInt({ min: 0n, max: 20n }), fc.bigInt({ min: 0n, max: 10n ** 12n })), {
      minLength: 1,
      maxLength: 40,
    }),
  })
  .filter(({ weights }) => weights.some((w) => w > 0n));

const keysOf = (weights: readonly bigint[]) => weights.map((_, i) => `body:${i}`);
const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

describe('allocate', () => {
  it('gives 487,500 kr. of 2,500,000 kr. to the council at 19.5 %', () => {
    const weights = weightsOf(['19,5', '38.2', '22.6', '19.7'])!;
    const parts = allocate({ totalOre: kr(2_500_000), weights });
    expect(parts).toEqual([kr(487_500), kr(955_000), kr(565_000), kr(492_500)]);
  });

  it('sums the parts to the total, to the øre', () => {
    fc.assert(
      fc.property(case_, ({ totalOre, weights }) => {
        expect(sum(allocate({ totalOre, weights, tieKeys: keysOf(weights) }))).toBe(totalOre);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every part less than one øre from its exact share', () => {
    fc.assert(
      fc.property(case_, ({ totalOre, weights }) => {
        const parts = allocate({ totalOre, weights });
        const total = sum(weights);
        // |part − total × w / W| < 1  ⇔  |part × W − total × w| < W
        parts.forEach((part, i) => {
          const off = part * total - totalOre * weights[i];
          expect(off < 0n ? -off : off).toBeLessThan(total);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('never gives a recipient less when its weight grows', () => {
    fc.assert(
      fc.property(case_, fc.nat(), fc.bigInt({ min: 1n, max: 10n ** 6n }), ({ totalOre, weights }, at, more) => {
        const i = at % weights.length;
        const keys = keysOf(weights);
        const before = allocate({ totalOre, weights, tieKeys: keys });
        const grown = weights.map((w, j) => (j === i ? w + more : w));
        const after = allocate({ totalOre, weights: grown, tieKeys: keys });
        expect(after[i]).toBeGreaterThanOrEqual(before[i]);
      }),
      { numRuns: 500 },
    );
  });

  it('gives each recipient the same part whatever order the recipients come in', () => {
    fc.assert(
      fc.property(case_, fc.array(fc.nat()), ({ totalOre, weights }, swaps) => {
        const keys = keysOf(weights);
        const parts = allocate({ totalOre, weights, tieKeys: keys });
        const order = weights.map((_, i) => i);
        for (const s of swaps) {
          const a = s % order.length;
          const b = (s * 7 + 3) % order.length;
          [order[a], order[b]] = [order[b], order[a]];
        }
        const shuffled = allocate({
          totalOre,
          weights: order.map((i) => weights[i]),
          tieKeys: order.map((i) => keys[i]),
        });
        expect(shuffled).toEqual(order.map((i) => parts[i]));
      }),
      { numRuns: 500 },
    );
  });

  it('breaks ties by the larger weight, then by the recipient key in code-point order', () => {
    // Three equal shares of 100 øre: 33 each and one left over, to the first key ("body:1" < "body:2").
    expect(allocate({ totalOre: 100n, weights: [1n, 1n, 1n], tieKeys: ['body:3', 'body:1', 'body:2'] })).toEqual([
      33n,
      34n,
      33n,
    ]);
    // Shares of 0.5 and 1.5 øre: equal remainders, different weights: the larger weight gets the øre.
    expect(allocate({ totalOre: 2n, weights: [1n, 3n], tieKeys: ['a', 'b'] })).toEqual([0n, 2n]);
    expect(allocate({ totalOre: 2n, weights: [3n, 1n], tieKeys: ['a', 'b'] })).toEqual([2n, 0n]);
  });

  it('is the same in doubles and in bigints at the border of 2^53', () => {
    const weights = [3n, 7n, 11n, 2n ** 20n];
    const small = allocate({ totalOre: 2n ** 32n + 17n, weights });
    const large = allocate({ totalOre: (2n ** 32n + 17n) * 2n ** 21n, weights });
    expect(sum(small)).toBe(2n ** 32n + 17n);
    expect(sum(large)).toBe((2n ** 32n + 17n) * 2n ** 21n);
  });

  it('refuses a negative total, a negative weight and weights that are all 0', () => {
    expect(() => allocate({ totalOre: -1n, weights: [1n] })).toThrow(AllocationError);
    expect(() => allocate({ totalOre: 1n, weights: [1n, -1n] })).toThrow(AllocationError);
    expect(() => allocate({ totalOre: 1n, weights: [0n, 0n] })).toThrow(AllocationError);
    expect(() => allocate({ totalOre: 1n, weights: [] })).toThrow(AllocationError);
  });
});

describe('weights', () => {
  it('reads decimal weights exactly, to one scale', () => {
    expect(weightsOf(['19,5', '38.25', '1200'])).toEqual([1950n, 3825n, 120000n]);
    expect(weightsOf(['1', '-2'])).toBeNull();
    expect(weightsOf(['1e3'])).toBeNull();
    expect(normalizeWeight('19.5000000000')).toBe('19.5');
    expect(normalizeWeight('12.0000000000')).toBe('12');
  });
});

describe('commitments against a part', () => {
  it('refuses more than is left, with the amount left', () => {
    const allocatedOre = kr(487_500);
    expect(checkCommitment({ allocatedOre, committedOre: kr(400_000), amountOre: kr(87_500) })).toEqual({
      ok: true,
      leftOre: 0n,
    });
    expect(checkCommitment({ allocatedOre, committedOre: kr(400_000), amountOre: kr(87_500) + 1n })).toEqual({
      ok: false,
      reason: 'over_committed',
      leftOre: kr(87_500),
    });
  });
});
