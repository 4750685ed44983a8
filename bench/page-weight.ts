/**
 * bench/page-weight: what a first visit costs on a slow mobile line. The portal with the demo set
 * (PGlite) runs in-process; Debian's Chromium (e2e/browser.ts) opens each of three pages — the
 * front page, a meeting, a search — in a fresh context (a cold cache), with the line emulated by
 * CDP's Network.emulateNetworkConditions as "slow 4G": 150 ms latency, 1.6 Mbit/s down, 750 kbit/s
 * up. Measured: the bytes transferred (the sum of Network.loadingFinished's encodedDataLength:
 * headers and bodies as they travelled, compressed) until the network is idle, and
 * first-contentful-paint; then the next page in the same context (a warm cache). Each figure is
 * the median of --runs runs (default 3).
 * Targets (issue 19): ≤ 150 KB on the first visit to /, ≤ 30 KB on the next page, FCP < 1 s.
 *   npm run bench -- page-weight [--runs 3] [--list]
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../e2e/browser.js';
import { loadDemoData } from '../src/use-cases/imports/load-demo-data.js';
import { createApp } from '../src/web/app.js';
import { startServer } from '../src/web/server.js';
import { argNumber } from './_corpus.js';
import { median, withFreshDatabase } from './_databases.js';

const runs = argNumber('runs', 3);
/** --list: each request of every visit on stderr, with its bytes (what a first visit fetches). */
const list = process.argv.includes('--list');

/** "Slow 4G", in bytes per second. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

interface Visit {
  bytes: number;
  fcp: number | null;
}

/** Opens `url` in the context's page and waits for an idle network; the bytes it took and its FCP. */
async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  let bytes = 0;
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    if (list) console.error(`  ${event.encodedDataLength} B ${urls.get(event.requestId)}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await cdp.detach();
  return { bytes, fcp: fcp === null ? null : Math.round(fcp) };
}

await withFreshDatabase('pglite', async (handle) => {
  await loadDemoData({ db: handle.db });
  const [meeting] = await handle.query<{ id: number }>(
    "select id from meetings where status = 'minutes_published' order by held_on desc limit 1",
  );
  const [item] = await handle.query<{ id: number }>(
    'select id from agenda_items where meeting_id = $1 and not is_closed order by number limit 1',
    [meeting.id],
  );
  /** Each journey: the first page on a cold cache, then the next one. */
  const journeys = {
    front: ['/', `/moede/${meeting.id}`],
    meeting: [`/moede/${meeting.id}`, `/punkt/${item.id}`],
    search: ['/sog?q=sundhedsaftale', '/sog?q=budget'],
  };
  const server = await startServer(createApp({ handle }), 0, '127.0.0.1');
  const browser = await launchChromium();
  const figures = new Map<string, number[]>();
  const note = (name: string, value: number | null) => {
    if (value !== null) figures.set(name, [...(figures.get(name) ?? []), value]);
  };
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, [first, next]] of Object.entries(journeys)) {
        const context = await browser.newContext();
        try {
          const cold = await visit(context, `http://127.0.0.1:${server.port}${first}`);
          const warm = await visit(context, `http://127.0.0.1:${server.port}${next}`);
          note(`${name}_first_visit_bytes`, cold.bytes);
          note(`${name}_fcp_slow4g`, cold.fcp);
          note(`${name}_next_page_bytes`, warm.bytes);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const [name, values] of figures) {
    console.log(`${name}: ${Math.round(median(values))} ${name.endsWith('bytes') ? 'B' : 'ms'}`);
  }
});
