/**
 * bench/allocation: one frame allocated over many recipients by the largest-remainder method
 * (src/domain/allocation.ts), in memory. Prints the median of the runs. Target: 100,000 recipients
 * in under 100 ms.
 *   npm run bench -- allocation [--recipients 100000] [--runs 3]
 * Two cases: weights as citizens (up to a million each) of a 2.5 M DKK frame, where every product
 * fits a double exactly (the fast path), and weights up to 10^12 of a 10 bn DKK frame, where the
 * products need bigints.
 */
import { allocate } from '../src/domain/allocation.js';
import { argNumber } from './_corpus.js';

const recipients = argNumber('recipients', 100_000);
const runs = argNumber('runs', 3);

/** A fixed pseudo-random sequence (the same weights every run and machine). */
function weightsUpTo(max: number, seed: number): bigint[] {
  let state = seed;
  return Array.from({ length: recipients }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return BigInt(Math.floor((state / 2_147_483_648) * max));
  });
}

function medianMs(totalOre: bigint, weights: bigint[]): number {
  const tieKeys = weights.map((_, i) => `body:${i}`);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const parts = allocate({ totalOre, weights, tieKeys });
    times.push(performance.now() - started);
    if (parts.reduce((a, b) => a + b, 0n) !== totalOre) throw new Error('the parts do not sum to the total');
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const citizens = medianMs(250_000_000n, weightsUpTo(1_000_000, 7));
const large = medianMs(1_000_000_000_000n + 99n, weightsUpTo(1e12, 11));
console.log(`allocation_recipients: ${recipients} recipients`);
console.log(`allocation_citizens_2_5_mio_kr: ${citizens.toFixed(1)} ms`);
console.log(`allocation_bigint_10_mia_kr: ${large.toFixed(1)} ms`);
