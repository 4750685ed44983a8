/**
 * The client's small parts: the cookie jar (expiry, deletion), `Retry-After` parsing, the backoff
 * steps, and the start gate (never more than its limit in flight, whatever the order of arrivals
 * and releases — a property test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, CookieJar, parseRetryAfter, StartGate } from '../../../src/importer/harvest/http-support.js';

describe('cookie jar', () => {
  it('keeps cookies, replaces them, and drops expired or deleted ones', () => {
    const jar = new CookieJar();
    jar.store(['a=1; Path=/; HttpOnly', 'b=2; Max-Age=10', 'c=3; Expires=Thu, 01 Jan 2099 00:00:00 GMT'], 0);
    expect(jar.header(0)).toBe('a=1; b=2; c=3');
    jar.store(['a=9'], 0);
    expect(jar.header(5_000)).toBe('a=9; b=2; c=3');
    expect(jar.header(11_000)).toBe('a=9; c=3');
    jar.store(['c=; Max-Age=0', 'd=4; Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'broken'], 11_000);
    expect(jar.header(11_000)).toBe('a=9');
    expect(jar.size).toBe(1);
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-03-19T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 19 Mar 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 19 Mar 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('snart', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('doubles the backoff per attempt up to its cap, half of it random', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 1000, 10_000, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
    expect(backoffDelay(3, 1000, 10_000, () => 0)).toBe(2000);
  });
});

describe('start gate', () => {
  it('never lets more than its limit in, and serves every waiter', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 30 }),
        async (limit, holds) => {
          const gate = new StartGate(
            limit,
            0,
            () => 0,
            async () => {},
          );
          let inside = 0;
          let most = 0;
          await Promise.all(
            holds.map(async (turns) => {
              await gate.acquire();
              inside++;
              most = Math.max(most, inside);
              for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
              inside--;
              gate.release();
            }),
          );
          expect(most).toBeLessThanOrEqual(limit);
          expect(gate.inFlight).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('waits for the gap and for a pause, on the injected clock', async () => {
    let clock = 1000;
    const waits: number[] = [];
    const gate = new StartGate(
      2,
      200,
      () => clock,
      async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    );
    await gate.acquire();
    gate.release();
    await gate.acquire();
    gate.release();
    gate.pauseUntil(clock + 5000);
    await gate.acquire();
    gate.release();
    expect(waits).toEqual([200, 5000]);
  });
});
