/**
 * A polite, robust HTTP client for one First Agenda publication site: at most `maxInFlight`
 * requests at once and `minGapMs` between request starts; a timeout per attempt; retries with
 * exponential backoff and jitter on network errors, timeouts, 429 and 5xx, honouring
 * `Retry-After` (for the whole site, capped); cookies kept for the site; and, when the API answers
 * 401/403 or a login page instead of JSON, one visit to `/Home/AnonymousAuthentication` (which
 * sets the session cookie) before trying again. Only after the retries are spent does a request
 * fail, with a HarvestError naming the URL, the status or cause and the attempts.
 */
import { ContentTypeError, classifyFailure, HarvestError, TimeoutError } from './harvest-error.js';
import {
  backoffDelay,
  CookieJar,
  parseRetryAfter,
  readBodyLimited,
  realSleep,
  type Sleep,
  StartGate,
} from './http-support.js';

export interface SiteClientOptions {
  /** The site's root, e.g. "https://dagsordener.example.dk". */
  siteUrl: string;
  /** Identifies the harvester, e.g. harvesterUserAgent('0.1.0', 'https://protokol.example.dk'). */
  userAgent: string;
  /** Requests in flight at once for this site (default 2). */
  maxInFlight?: number;
  /** Least time between two request starts (default 200 ms; 0 in tests and benchmarks). */
  minGapMs?: number;
  /** Time allowed for one attempt, body included (default 30 s). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 3, so 4 attempts). */
  retries?: number;
  /** First backoff step (default 1 s), doubled per retry up to `backoffMaxMs` (default 30 s). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** The longest `Retry-After` obeyed (default 120 s); longer ones are cut to this. */
  retryAfterMaxMs?: number;
  /** The largest JSON answer accepted (default 20 MB). */
  maxJsonBytes?: number;
  /** The page that gives an anonymous session cookie (default "/Home/AnonymousAuthentication"). */
  authPath?: string;
  /** A request budget shared beyond this client (every process and run); none by default. */
  budget?: RequestBudget;
  fetch?: typeof fetch;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
}

/**
 * A budget of requests per host shared by every client, process and run (the database's, in
 * use-cases/harvest/host-budget.ts): `take` resolves when the request may be sent, waiting for
 * room, and throws a HarvestError ('budget') when the host's budget for the day is spent.
 */
export interface RequestBudget {
  take(url: string, signal?: AbortSignal): Promise<void>;
}

export type RequestKind = 'listing' | 'document' | 'attachment' | 'auth' | 'other';

export interface RequestStats {
  /** HTTP requests sent, every attempt, redirect hop and authentication visit included. */
  total: number;
  byKind: Record<RequestKind, number>;
  /** Attempts that were retries (after a failure). */
  retries: number;
  /** Body bytes received. */
  bytes: number;
  authVisits: number;
}

export interface JsonAnswer {
  url: string;
  /** The body as received (the checksum is taken of these bytes). */
  bytes: Uint8Array;
  /** The body decoded (UTF-8, without a BOM). */
  text: string;
  json: unknown;
}

export interface BytesAnswer {
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
}

export interface GetBytesOptions {
  maxBytes: number;
  /** Accepted content types (a missing Content-Type is accepted); default any. */
  accept?: readonly string[];
  signal?: AbortSignal;
}

/** What the harvester needs of a client (SiteClient; a test may hand it another). */
export interface HarvestClient {
  readonly siteUrl: string;
  readonly maxInFlight: number;
  resolve(pathOrUrl: string): string;
  getJson(pathOrUrl: string, options?: { signal?: AbortSignal }): Promise<JsonAnswer>;
  getBytes(pathOrUrl: string, options: GetBytesOptions): Promise<BytesAnswer>;
  stats(): RequestStats;
}

/** "Protokol/0.1.0 (+https://…) harvester". */
export function harvesterUserAgent(version: string, contact: string): string {
  return `Protokol/${version} (+${contact}) harvester`;
}

/** What a request path is, for the counts: the listing, a document, an attachment … */
export function requestKind(url: string): RequestKind {
  const path = new URL(url).pathname.toLowerCase();
  if (path.startsWith('/api/agenda/udvalgsliste')) return 'listing';
  if (path.startsWith('/api/agenda/dagsorden/')) return 'document';
  if (path.startsWith('/vis/pdf/')) return 'attachment';
  if (path.startsWith('/home/anonymousauthentication')) return 'auth';
  return 'other';
}

interface Answer {
  url: string;
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

interface RequestHow {
  kind: RequestKind;
  maxBytes: number;
  /** An API call: a 401/403 or an HTML page means "log in first". */
  isApi: boolean;
  accept?: readonly string[];
  signal?: AbortSignal;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_AUTH_VISITS = 3;

export class SiteClient implements HarvestClient {
  readonly siteUrl: string;
  private readonly origin: string;
  private readonly settings: Required<Omit<SiteClientOptions, 'siteUrl' | 'budget'>> & { budget?: RequestBudget };
  private readonly gate: StartGate;
  private readonly jar = new CookieJar();
  private readonly counts: RequestStats = {
    total: 0,
    byKind: { listing: 0, document: 0, attachment: 0, auth: 0, other: 0 },
    retries: 0,
    bytes: 0,
    authVisits: 0,
  };
  private authGeneration = 0;
  private authInFlight: Promise<void> | null = null;

  constructor(options: SiteClientOptions) {
    const root = new URL(options.siteUrl);
    this.origin = root.origin;
    this.siteUrl = root.origin + root.pathname.replace(/\/+$/, '');
    this.settings = {
      userAgent: options.userAgent,
      maxInFlight: options.maxInFlight ?? 2,
      minGapMs: options.minGapMs ?? 200,
      timeoutMs: options.timeoutMs ?? 30_000,
      retries: options.retries ?? 3,
      backoffBaseMs: options.backoffBaseMs ?? 1000,
      backoffMaxMs: options.backoffMaxMs ?? 30_000,
      retryAfterMaxMs: options.retryAfterMaxMs ?? 120_000,
      maxJsonBytes: options.maxJsonBytes ?? 20 * 1024 * 1024,
      authPath: options.authPath ?? '/Home/AnonymousAuthentication',
      budget: options.budget,
      fetch: options.fetch ?? globalThis.fetch,
      sleep: options.sleep ?? realSleep,
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
    };
    if (this.settings.maxInFlight < 1) throw new RangeError('maxInFlight skal være mindst 1');
    this.gate = new StartGate(
      this.settings.maxInFlight,
      this.settings.minGapMs,
      this.settings.now,
      this.settings.sleep,
    );
  }

  get maxInFlight(): number {
    return this.settings.maxInFlight;
  }

  /** A path of the site ("/api/agenda/udvalgsliste") or a full URL → a full URL. */
  resolve(pathOrUrl: string): string {
    return /^https?:\/\//i.test(pathOrUrl)
      ? pathOrUrl
      : this.siteUrl + (pathOrUrl.startsWith('/') ? '' : '/') + pathOrUrl;
  }

  /** A JSON answer of the site's API; malformed JSON is an error naming the URL (not retried). */
  async getJson(pathOrUrl: string, options: { signal?: AbortSignal } = {}): Promise<JsonAnswer> {
    const url = this.resolve(pathOrUrl);
    const answer = await this.request(url, {
      kind: requestKind(url),
      maxBytes: this.settings.maxJsonBytes,
      isApi: true,
      signal: options.signal,
    });
    const text = new TextDecoder('utf-8').decode(answer.bytes).replace(/^\uFEFF/, '');
    try {
      return { url, bytes: answer.bytes, text, json: JSON.parse(text) };
    } catch (error) {
      throw new HarvestError(
        `${url}: svaret er ikke gyldig JSON (${(error as Error).message}; ${answer.bytes.length} bytes)`,
        url,
        'malformed',
        1,
        answer.status,
        { cause: error },
      );
    }
  }

  /** Bytes of a file (an attachment's PDF), with a size limit enforced while streaming. */
  async getBytes(pathOrUrl: string, options: GetBytesOptions): Promise<BytesAnswer> {
    const url = this.resolve(pathOrUrl);
    const answer = await this.request(url, {
      kind: requestKind(url),
      maxBytes: options.maxBytes,
      isApi: false,
      accept: options.accept,
      signal: options.signal,
    });
    return { url, bytes: answer.bytes, contentType: answer.headers.get('content-type') };
  }

  /** A copy of the request counts so far. */
  stats(): RequestStats {
    return { ...this.counts, byKind: { ...this.counts.byKind } };
  }

  private async request(url: string, how: RequestHow): Promise<Answer> {
    const { retries } = this.settings;
    let attempts = 0;
    let failures = 0;
    let authTried = false;
    for (;;) {
      attempts++;
      if (failures > 0) this.counts.retries++;
      const generation = this.authGeneration;
      let answer: Answer;
      try {
        answer = await this.attempt(url, how);
      } catch (error) {
        const failure = classifyFailure(error, url, attempts, how);
        if (!failure.retryable || failures >= retries) throw failure.error;
        failures++;
        await this.backoff(url, failures, null, how.signal);
        continue;
      }
      if (how.isApi && isLoginAnswer(answer)) {
        if (!authTried && this.counts.authVisits < MAX_AUTH_VISITS) {
          authTried = true;
          await this.authenticate(generation, how.signal);
          continue;
        }
        throw new HarvestError(
          `${url}: siden kræver login (svarede ${answer.status === 200 ? 'med en HTML-side' : answer.status}, også efter besøg på ${this.settings.authPath}) efter ${attempts} forsøg`,
          url,
          'login',
          attempts,
          answer.status,
        );
      }
      if (answer.status >= 200 && answer.status < 300) return answer;
      if (isRetryableStatus(answer.status) && failures < retries) {
        failures++;
        const retryAfter = parseRetryAfter(answer.headers.get('retry-after'), this.settings.now());
        await this.backoff(url, failures, retryAfter, how.signal);
        continue;
      }
      throw new HarvestError(
        `${url}: svarede ${answer.status} efter ${attempts} forsøg`,
        url,
        'status',
        attempts,
        answer.status,
      );
    }
  }

  /** Waits before a retry: the site's `Retry-After` (capped, for every request of the site), else backoff. */
  private async backoff(url: string, failures: number, retryAfter: number | null, signal?: AbortSignal) {
    const { backoffBaseMs, backoffMaxMs, retryAfterMaxMs, random, now, sleep } = this.settings;
    if (retryAfter !== null) {
      // The gate holds this retry and every other request of the site until then.
      this.gate.pauseUntil(now() + Math.min(retryAfter, retryAfterMaxMs));
      return;
    }
    try {
      await sleep(backoffDelay(failures, backoffBaseMs, backoffMaxMs, random), signal);
    } catch (error) {
      throw new HarvestError(`${url}: afbrudt`, url, 'aborted', failures, undefined, { cause: error });
    }
  }

  /** One attempt: a slot of the gate, the request (redirects followed by hand, for their cookies), the body. */
  private async attempt(url: string, how: RequestHow): Promise<Answer> {
    await this.gate.acquire(how.signal);
    try {
      // The host's budget first: waiting for it (up to a minute) is not the request's own time.
      await this.settings.budget?.take(url, how.signal);
    } catch (error) {
      this.gate.release();
      throw error;
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, this.settings.timeoutMs);
    const onAbort = () => controller.abort(how.signal?.reason);
    how.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let current = url;
      for (let hop = 0; ; hop++) {
        const response = await this.send(current, how.kind, controller.signal);
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location && hop < MAX_REDIRECTS) {
          await response.body?.cancel().catch(() => {});
          current = new URL(location, current).href;
          await this.settings.budget?.take(current, controller.signal); // a redirect hop is a request too
          continue;
        }
        const contentType = response.headers.get('content-type');
        if (how.accept && contentType && response.ok && !accepts(how.accept, contentType)) {
          await response.body?.cancel().catch(() => {});
          throw new ContentTypeError(contentType);
        }
        const bytes = await readBodyLimited(response, how.maxBytes);
        this.counts.bytes += bytes.length;
        return { url: current, status: response.status, headers: response.headers, bytes };
      }
    } catch (error) {
      throw timedOut ? new TimeoutError(this.settings.timeoutMs, error) : error;
    } finally {
      clearTimeout(timer);
      how.signal?.removeEventListener('abort', onAbort);
      this.gate.release();
    }
  }

  /** One HTTP request: User-Agent, the site's cookies (to its own origin only), cookies kept. */
  private async send(url: string, kind: RequestKind, signal: AbortSignal): Promise<Response> {
    const sameSite = new URL(url).origin === this.origin;
    const headers: Record<string, string> = {
      'User-Agent': this.settings.userAgent,
      Accept: kind === 'attachment' ? 'application/pdf, */*;q=0.5' : 'application/json, */*;q=0.5',
    };
    const cookie = sameSite ? this.jar.header(this.settings.now()) : undefined;
    if (cookie) headers.Cookie = cookie;
    this.counts.total++;
    this.counts.byKind[kind]++;
    const response = await this.settings.fetch(url, { headers, redirect: 'manual', signal });
    if (sameSite && typeof response.headers.getSetCookie === 'function') {
      this.jar.store(response.headers.getSetCookie(), this.settings.now());
    }
    return response;
  }

  /**
   * Visits the anonymous-authentication page once for all requests that found the door shut at
   * the same time (`generation` tells whether someone already did it since they started).
   */
  private async authenticate(generation: number, signal?: AbortSignal): Promise<void> {
    if (generation !== this.authGeneration) return;
    if (!this.authInFlight) {
      this.counts.authVisits++;
      const url = this.resolve(this.settings.authPath);
      this.authInFlight = this.attempt(url, { kind: 'auth', maxBytes: 1024 * 1024, isApi: false, signal })
        .then(
          () => {},
          () => {}, // a failed visit shows as the login answer of the retry
        )
        .finally(() => {
          this.authGeneration++;
          this.authInFlight = null;
        });
    }
    await this.authInFlight;
  }
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function isLoginAnswer(answer: Answer): boolean {
  if (answer.status === 401 || answer.status === 403) return true;
  if (answer.status < 200 || answer.status >= 300) return false;
  const type = answer.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type)) return true;
  const head = new TextDecoder('utf-8')
    .decode(answer.bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<');
}

function accepts(accept: readonly string[], contentType: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return accept.some((wanted) => wanted.toLowerCase() === type);
}
