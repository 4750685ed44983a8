/**
 * The site client against a real local server (replay-server.ts): retries and their limits,
 * `Retry-After` (seconds and HTTP date, through an injected sleep), timeouts, truncated bodies,
 * reset connections, malformed JSON, the anonymous-authentication cookie, the in-flight limit and
 * the gap between starts, size and content-type limits, the User-Agent, and the counts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HarvestError } from '../../../src/importer/harvest/harvest-error.js';
import { SiteClient, type SiteClientOptions } from '../../../src/importer/harvest/site-client.js';
import { FakeSite } from '../../helpers/firstagenda-site.js';
import { type ReplayServer, startReplayServer } from '../../helpers/replay-server.js';

const UA = 'Protokol/0.0.0-test (+https://protokol.example.dk) harvester';
const LISTING = '/api/agenda/udvalgsliste';

let server: ReplayServer;
let site: FakeSite;

beforeAll(async () => {
  site = new FakeSite({ seed: 3, committees: 2, meetingsPerCommittee: 3 });
  server = await startReplayServer(site);
});
afterAll(() => server.close());
beforeEach(() => {
  server.clearFaults();
  server.resetLog();
});

/** A client with no waiting of its own: sleeps are recorded and return at once. */
function client(extra: Partial<SiteClientOptions> = {}) {
  const sleeps: number[] = [];
  const instance = new SiteClient({
    siteUrl: server.url,
    userAgent: UA,
    minGapMs: 0,
    timeoutMs: 5000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  });
  return { client: instance, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<HarvestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HarvestError);
  return error as HarvestError;
}

/** A clock that moves only when someone sleeps: a sleep ends (on a later turn) at its own end time. */
function virtualClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: (ms: number) => {
      const end = time + ms;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          time = Math.max(time, end);
          resolve();
        }),
      );
    },
  };
}

const documentPath = () => `/api/agenda/dagsorden/${site.meetings()[0].guid}`;

describe('site client: answers', () => {
  it('fetches JSON with its User-Agent and counts the request by kind', async () => {
    const { client: c } = client();
    const answer = await c.getJson(LISTING);
    expect(answer.url).toBe(`${server.url}${LISTING}`);
    expect((answer.json as { Udvalg: object }).Udvalg).toBeDefined();
    expect(server.requests[0].userAgent).toBe(UA);
    expect(c.stats()).toMatchObject({ total: 1, retries: 0, byKind: { listing: 1 } });
  });

  it('retries a 503 and succeeds; gives up after the retries with the URL, status and attempts', async () => {
    server.fault(LISTING, { kind: 'status', status: 503 });
    const { client: c, sleeps } = client();
    await c.getJson(LISTING);
    expect(server.count(LISTING)).toBe(2);
    expect(sleeps).toHaveLength(1);

    server.fault(LISTING, { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY });
    const error = await failure(c.getJson(LISTING));
    expect(error.message).toBe(`${server.url}${LISTING}: svarede 503 efter 4 forsøg`);
    expect(error).toMatchObject({ status: 503, attempts: 4, reason: 'status' });
  });

  it('does not retry a 404', async () => {
    const { client: c } = client();
    const error = await failure(c.getJson('/api/agenda/dagsorden/11111111-2222-4333-8444-555555555555'));
    expect(error.message).toMatch(/: svarede 404 efter 1 forsøg$/);
    expect(server.requests).toHaveLength(1);
  });

  it('backs off exponentially with jitter between retries', async () => {
    server.fault(LISTING, { kind: 'status', status: 500, times: 3 });
    const { client: c, sleeps } = client({ backoffBaseMs: 1000, random: () => 1 });
    await c.getJson(LISTING);
    expect(sleeps).toEqual([1000, 2000, 4000]);
    server.fault(LISTING, { kind: 'status', status: 500, times: 1 });
    const low = client({ backoffBaseMs: 1000, random: () => 0 });
    await low.client.getJson(LISTING);
    expect(low.sleeps).toEqual([500]);
  });

  it('honours Retry-After in seconds (capped) and as an HTTP date', async () => {
    const at = Date.now();
    server.fault(LISTING, { kind: 'retry-after', retryAfter: '7' });
    const first = client({ now: () => at });
    await first.client.getJson(LISTING);
    expect(first.sleeps).toEqual([7000]);

    server.fault(LISTING, { kind: 'retry-after', retryAfter: '3600' });
    const capped = client({ retryAfterMaxMs: 90_000, now: () => at });
    await capped.client.getJson(LISTING);
    expect(capped.sleeps).toEqual([90_000]);

    server.fault(LISTING, { kind: 'retry-after', status: 503, retryAfter: new Date(at + 30_000).toUTCString() });
    const dated = client({ now: () => at });
    await dated.client.getJson(LISTING);
    expect(dated.sleeps).toHaveLength(1);
    expect(dated.sleeps[0]).toBeGreaterThan(28_000);
    expect(dated.sleeps[0]).toBeLessThanOrEqual(30_000);
  });
});

describe('site client: broken connections and bodies', () => {
  it('times out a slow answer and retries it; names the timeout when it never comes', async () => {
    server.fault(LISTING, { kind: 'slow', delayMs: 30_000 });
    const { client: c } = client({ timeoutMs: 1000 });
    await c.getJson(LISTING);
    expect(server.count(LISTING)).toBe(2);

    server.fault(LISTING, { kind: 'slow', delayMs: 30_000, times: 2 });
    const error = await failure(client({ timeoutMs: 1000, retries: 1 }).client.getJson(LISTING));
    expect(error.message).toBe(`${server.url}${LISTING}: svarede ikke inden for 1 s efter 2 forsøg`);
  });

  it('retries a truncated body and a reset connection; names the cause when they persist', async () => {
    server.fault(documentPath(), { kind: 'truncate' });
    server.fault(LISTING, { kind: 'reset' });
    const { client: c } = client();
    const answer = await c.getJson(documentPath());
    expect(answer.json).toHaveProperty('Dagsordenpunkter');
    await c.getJson(LISTING);
    expect(c.stats().retries).toBe(2);

    server.fault(LISTING, { kind: 'reset', times: 4 });
    const error = await failure(c.getJson(LISTING));
    expect(error.reason).toBe('network');
    expect(error.message).toMatch(new RegExp(`^${server.url}${LISTING}: ingen forbindelse \\(.+\\) efter 4 forsøg$`));
  });

  it('retries a refused connection and names it', async () => {
    const gone = await startReplayServer(site);
    const url = gone.url;
    await gone.close();
    const c = new SiteClient({ siteUrl: url, userAgent: UA, retries: 2, sleep: async () => {} });
    const error = await failure(c.getJson(LISTING));
    expect(error.message).toBe(`${url}${LISTING}: ingen forbindelse (ECONNREFUSED) efter 3 forsøg`);
    expect(c.stats().total).toBe(3);
  });

  it('names a body cut off in the middle', async () => {
    server.fault(documentPath(), { kind: 'truncate', times: 2 });
    const error = await failure(client({ retries: 1 }).client.getJson(documentPath()));
    expect(error.message).toMatch(/: svaret blev afbrudt undervejs \(.+\) efter 2 forsøg$/);
  });

  it('stops waiting for a retry when aborted', async () => {
    server.fault(LISTING, { kind: 'status', status: 503, times: Number.POSITIVE_INFINITY });
    const c = new SiteClient({ siteUrl: server.url, userAgent: UA, minGapMs: 0, backoffBaseMs: 600_000 });
    const controller = new AbortController();
    const pending = c.getJson(LISTING, { signal: controller.signal });
    while (server.count(LISTING) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await failure(pending);
    expect(error).toMatchObject({ reason: 'aborted', message: `${server.url}${LISTING}: afbrudt` });
  });

  it('refuses malformed JSON at once, naming the URL', async () => {
    server.fault(documentPath(), { kind: 'malformed' });
    const error = await failure(client().client.getJson(documentPath()));
    expect(error.reason).toBe('malformed');
    expect(error.message).toMatch(new RegExp(`^${server.url}${documentPath()}: svaret er ikke gyldig JSON`));
    expect(server.count(documentPath())).toBe(1);
  });
});

describe('site client: politeness', () => {
  it('never has more than maxInFlight requests at the server, and waits minGapMs between starts', async () => {
    const slowServer = await startReplayServer(site, { latencyMs: 30 });
    try {
      const c = new SiteClient({ siteUrl: slowServer.url, userAgent: UA, minGapMs: 0, maxInFlight: 2 });
      const paths = site.meetings().map((m) => `/api/agenda/dagsorden/${m.guid}`);
      await Promise.all([...paths, ...paths].map((path) => c.getJson(path)));
      expect(slowServer.requests).toHaveLength(paths.length * 2);
      expect(slowServer.maxInFlight).toBe(2);
      const three = new SiteClient({ siteUrl: slowServer.url, userAgent: UA, minGapMs: 0, maxInFlight: 3 });
      slowServer.resetLog();
      await Promise.all(paths.map((path) => three.getJson(path)));
      expect(slowServer.maxInFlight).toBe(3);
    } finally {
      await slowServer.close();
    }
  });

  it('spaces request starts by minGapMs (on an injected clock)', async () => {
    const clock = virtualClock();
    const starts: number[] = [];
    const c = new SiteClient({
      siteUrl: server.url,
      userAgent: UA,
      minGapMs: 200,
      now: clock.now,
      sleep: clock.sleep,
      fetch: (input, init) => {
        starts.push(clock.now());
        return fetch(input, init);
      },
    });
    await Promise.all(site.meetings().map((m) => c.getJson(`/api/agenda/dagsorden/${m.guid}`)));
    const sorted = [...starts].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(200);
  });

  it('holds every request of the site while a Retry-After runs', async () => {
    const clock = virtualClock();
    const starts: { path: string; at: number }[] = [];
    server.fault(LISTING, { kind: 'retry-after', retryAfter: '5' });
    const c = new SiteClient({
      siteUrl: server.url,
      userAgent: UA,
      minGapMs: 0,
      maxInFlight: 1,
      now: clock.now,
      sleep: clock.sleep,
      fetch: (input, init) => {
        starts.push({ path: new URL(String(input)).pathname, at: clock.now() });
        return fetch(input, init);
      },
    });
    await Promise.all([c.getJson(LISTING), c.getJson(documentPath())]);
    const afterPause = starts.filter((s) => s.at >= 5000).map((s) => s.path);
    expect(afterPause).toContain(LISTING);
    expect(starts.filter((s) => s.at > 0 && s.at < 5000)).toEqual([]);
  });
});

describe('site client: sessions, sizes and types', () => {
  for (const mode of ['status', 'html'] as const) {
    it(`visits /Home/AnonymousAuthentication once when the API answers ${mode === 'status' ? '401' : 'a login page'}`, async () => {
      const guarded = await startReplayServer(site, { requireAuth: mode });
      try {
        const c = new SiteClient({ siteUrl: guarded.url, userAgent: UA, minGapMs: 0 });
        await Promise.all([c.getJson(LISTING), c.getJson(documentPath()), c.getJson(LISTING)]);
        expect(guarded.count('/Home/AnonymousAuthentication')).toBe(1);
        expect(c.stats().authVisits).toBe(1);
        // Each of the three was answered once without the cookie (the door), then once with it.
        const api = guarded.requests.filter((r) => r.path.startsWith('/api/'));
        expect(api.filter((r) => r.cookie === null)).toHaveLength(3);
        const withCookie = api.filter((r) => r.cookie?.startsWith('FirstAgendaAnonymous='));
        expect(withCookie.map((r) => r.status)).toEqual([200, 200, 200]);
        guarded.expireSessions();
        await c.getJson(LISTING);
        expect(guarded.count('/Home/AnonymousAuthentication')).toBe(2);
      } finally {
        await guarded.close();
      }
    });
  }

  it('fails with a clear message when the login never takes', async () => {
    server.fault(LISTING, { kind: 'status', status: 401, times: 2 });
    const error = await failure(client().client.getJson(LISTING));
    expect(error.reason).toBe('login');
    expect(error.message).toContain('siden kræver login');
    expect(error.message).toContain(`${server.url}${LISTING}`);
  });

  it('enforces the size limit while streaming, with and without Content-Length, and checks the type', async () => {
    const pdf = '/vis/pdf/bilag/aaaaaaaa-0000-4000-8000-000000000001';
    server.fault(pdf, { kind: 'big', bytes: 300_000 });
    server.fault(pdf, { kind: 'big', bytes: 300_000, chunked: true });
    server.fault(pdf, { kind: 'html' });
    const { client: c } = client();
    const options = { maxBytes: 100_000, accept: ['application/pdf'] };
    for (const expected of ['større end 100000 bytes', 'større end 100000 bytes', 'text/html']) {
      const error = await failure(c.getBytes(pdf, options));
      expect(error.message).toContain(expected);
      expect(error.message.startsWith(`${server.url}${pdf}: `)).toBe(true);
    }
    expect(server.count(pdf)).toBe(3);
  });
});

describe('site client: a shared request budget', () => {
  it('asks the budget before each request, and waiting for it is not the request’s time (no timeout)', async () => {
    const asked: string[] = [];
    const { client: c } = client({
      timeoutMs: 100,
      budget: {
        async take(url) {
          asked.push(url);
          await new Promise((resolve) => setTimeout(resolve, 250)); // longer than the timeout
        },
      },
    });
    const answer = await c.getJson(LISTING);
    expect(answer.json).toBeTruthy();
    expect(asked).toEqual([`${server.url}${LISTING}`]);
    expect(server.count(LISTING)).toBe(1);
    expect(c.stats().retries).toBe(0);
  });

  it('fails at once, sending nothing and retrying nothing, when the day’s budget is spent', async () => {
    let spent = true;
    const { client: c } = client({
      maxInFlight: 1,
      budget: {
        async take(url) {
          if (spent) throw new HarvestError(`${url}: dagens budget for værten er brugt`, url, 'budget', 0);
        },
      },
    });
    const error = await failure(c.getJson(LISTING));
    expect(error.reason).toBe('budget');
    expect(server.count(LISTING)).toBe(0);
    // Its one slot was given back: with room in the budget the same client asks again.
    spent = false;
    expect((await c.getJson(LISTING)).json).toBeTruthy();
    expect(server.count(LISTING)).toBe(1);
  });
});
