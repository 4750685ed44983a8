/**
 * Small HTTP helpers for the site client: a cookie jar for one site, `Retry-After` parsing, the
 * backoff delay, a start gate (requests in flight and the gap between starts) and reading a body
 * with a size limit.
 *
 * Written here rather than taken from npm (tough-cookie, p-retry, p-limit): the harvester talks to
 * one origin per client, so the jar needs no domain or path matching; the gate must share one
 * pause across every request of a site when it answers 429/503 with `Retry-After`, and the clock,
 * the sleep and the randomness must be injectable for tests — none of those libraries does all of
 * that, and each would be a new dependency for a few lines.
 */

/** Cookies set by one site (the client sends them only to that site's origin). */
export class CookieJar {
  private readonly cookies = new Map<string, { value: string; expiresAt: number | null }>();

  /** Stores the `Set-Cookie` headers of a response. */
  store(setCookies: readonly string[], now: number): void {
    for (const header of setCookies) {
      const [pair, ...attributes] = header.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      let expiresAt: number | null = null;
      for (const attribute of attributes) {
        const [key, ...rest] = attribute.split('=');
        const attributeValue = rest.join('=').trim();
        const lower = key.trim().toLowerCase();
        if (lower === 'max-age' && /^-?\d+$/.test(attributeValue)) {
          expiresAt = now + Number(attributeValue) * 1000;
        } else if (lower === 'expires' && expiresAt === null) {
          const time = Date.parse(attributeValue);
          if (!Number.isNaN(time)) expiresAt = time;
        }
      }
      if (expiresAt !== null && expiresAt <= now) this.cookies.delete(name);
      else this.cookies.set(name, { value, expiresAt });
    }
  }

  /** The `Cookie` header for a request now, or undefined when the jar is empty. */
  header(now: number): string | undefined {
    const pairs: string[] = [];
    for (const [name, cookie] of this.cookies) {
      if (cookie.expiresAt !== null && cookie.expiresAt <= now) this.cookies.delete(name);
      else pairs.push(`${name}=${cookie.value}`);
    }
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }

  get size(): number {
    return this.cookies.size;
  }
}

/**
 * `Retry-After` as milliseconds from now: delta seconds ("120") or an HTTP date; null when absent
 * or unreadable. Never negative.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  return Math.max(0, time - now);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random());
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** setTimeout as a promise; rejects with the signal's reason when aborted. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Bounds a site's requests: at most `maxInFlight` at once, starts at least `minGapMs` apart, and
 * none before a pause asked for by the site (`Retry-After`) has passed. A released slot is handed
 * straight to the next waiter, so a newcomer can never slip past the limit.
 */
export class StartGate {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  private nextStartAt = 0;
  private pausedUntil = 0;

  constructor(
    private readonly maxInFlight: number,
    private readonly minGapMs: number,
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {}

  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.active < this.maxInFlight) this.active++;
    else await new Promise<void>((resolve) => this.waiters.push(resolve));
    try {
      const now = this.now();
      const startAt = Math.max(now, this.nextStartAt, this.pausedUntil);
      this.nextStartAt = startAt + this.minGapMs;
      if (startAt > now) await this.sleep(startAt - now, signal);
      signal?.throwIfAborted();
    } catch (error) {
      this.release();
      throw error;
    }
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.active--;
  }

  /** Holds every later start of this site until `until` (a site's `Retry-After`). */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  get inFlight(): number {
    return this.active;
  }
}

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`større end ${limit} bytes`);
  }
}

/** Reads a response body, refusing (while streaming) anything over `maxBytes`. */
export async function readBodyLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new BodyTooLargeError(maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
