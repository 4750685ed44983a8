/**
 * A fictitious site on a real local server, an in-memory sink and a client that does not wait
 * between retries (sleeps are recorded), for the harvester's tests.
 */
import { type HarvestOptions, type HarvestProgress, harvestSite } from '../../../src/importer/harvest/harvest-site.js';
import { harvesterUserAgent, SiteClient, type SiteClientOptions } from '../../../src/importer/harvest/site-client.js';
import { FakeSite, type FakeSiteOptions } from '../../helpers/firstagenda-site.js';
import { type ReplayServer, type ReplayServerOptions, startReplayServer } from '../../helpers/replay-server.js';
import { MemorySink } from './memory-sink.js';

export const USER_AGENT = harvesterUserAgent('0.0.0-test', 'https://protokol.example.dk');

export interface Harness {
  site: FakeSite;
  server: ReplayServer;
  sink: MemorySink;
  /** Noon in Copenhagen on the site's "today". */
  now: Date;
  sleeps: number[];
  client(extra?: Partial<SiteClientOptions>): SiteClient;
  run(
    options?: HarvestOptions,
    extra?: { client?: SiteClient; signal?: AbortSignal; onProgress?: (event: HarvestProgress) => void },
  ): ReturnType<typeof harvestSite>;
  close(): Promise<void>;
}

export async function startHarness(
  siteOptions: FakeSiteOptions,
  serverOptions: ReplayServerOptions = {},
): Promise<Harness> {
  const site = new FakeSite(siteOptions);
  const server = await startReplayServer(site, serverOptions);
  const sink = new MemorySink();
  const sleeps: number[] = [];
  const now = new Date(`${site.today}T12:00:00+02:00`);
  // The client's clock moves only when it sleeps, so a site's Retry-After of 2 s is a sleep of
  // exactly 2000 ms however slowly a loaded machine handles the answers in between.
  let clock = now.getTime();
  const client = (extra: Partial<SiteClientOptions> = {}) =>
    new SiteClient({
      siteUrl: server.url,
      userAgent: USER_AGENT,
      minGapMs: 0,
      timeoutMs: 15_000,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      ...extra,
    });
  return {
    site,
    server,
    sink,
    now,
    sleeps,
    client,
    run: (options = {}, extra = {}) =>
      harvestSite({
        client: extra.client ?? client(),
        sink,
        siteUrl: server.url,
        options: { now, ...options },
        signal: extra.signal,
        onProgress: extra.onProgress,
      }),
    close: () => server.close(),
  };
}

/** Meetings held within the last 60 days or ahead of `today` (as the plan counts them), those `besides` left out. */
export function recentOrFuture(site: FakeSite, besides: ReadonlySet<string> = new Set()): number {
  const [y, m, d] = site.today.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 1, d - 60)).toISOString().slice(0, 10);
  return site.meetings().filter((meeting) => meeting.dato.slice(0, 10) >= from && !besides.has(meeting.guid)).length;
}
