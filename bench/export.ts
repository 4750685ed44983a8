/**
 * bench/export: the bulk export over a 200,000-item archive on PostgreSQL. Creates a fresh
 * database (on DATABASE_URL or TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test),
 * fills it in SQL (generate_series: meetings of 12 bodies, items with three sections, a decision
 * on most, an attachment on some, 3 % closed), then streams the export through the real use case
 * to /dev/null, as NDJSON and as gzip-compressed NDJSON, sampling the process's RSS every 50 ms
 * (export_peak_rss; target: under 200 MB). Then it loads the web app and downloads /api/v1/export
 * from the real server in the same process (export_http_peak_rss: that includes the web app's own
 * ~60 MB of code and modules). The database is dropped at the end.
 *   npm run bench -- export [--items 200000] [--keep]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { createDb } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/load-reference-data.js';
import { exportArchive } from '../src/use-cases/open-data/export-archive.js';
import { argNumber } from './_corpus.js';

const items = argNumber('items', 200_000);
const keep = process.argv.includes('--keep');
const ITEMS_PER_MEETING = 8;

const serverUrl =
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const dbName = `protokol_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const handle = await createDb({ databaseUrl: url.toString() });

const SENTENCE = `'Sundhedsrådet drøftede nærsundhedsplanen, lægedækningen og akutsygeplejen i ' || (array['Aabenraa','Sønderborg','Tønder','Haderslev','Fjordby'])[1 + (n % 5)] || ', og bad administrationen om en ny status med økonomi, tidsplan og høringssvar.'`;

/** Fills the fresh database in SQL, the search indexes built after the bulk insert. */
async function build() {
  await loadReferenceData(handle.db);
  const meetings = Math.ceil(items / ITEMS_PER_MEETING);
  await handle.query(`
    insert into bodies (slug, name, kind, region_id)
    select 'sundhedsraad-bench-' || g, 'Sundhedsråd Bench ' || g, 'health_council',
           (select id from regions order by id offset (g % 5) limit 1)
    from generate_series(1, 12) g`);
  await handle.query(
    `insert into persons (name, slug) select 'Person ' || g, 'person-' || g from generate_series(1, 240) g`,
  );
  await handle.query(`
    insert into memberships (person_id, body_id, role, party)
    select p.id, (select id from bodies where slug = 'sundhedsraad-bench-' || (1 + p.id % 12)), 'member', 'V'
    from persons p`);
  await handle.query(`
    insert into meetings (body_id, held_on, start_time, location, status, document_type, identity_key)
    select (select id from bodies where slug = 'sundhedsraad-bench-' || (1 + g % 12)),
           date '2019-01-01' + (g % 2900), '16:00', 'Mødesal ' || (g % 7), 'minutes_published', 'referat', 'bench:' || g
    from generate_series(1, ${meetings}) g`);
  await handle.query(`insert into cases (number) select '25/' || g from generate_series(1, 20000) g`);
  for (const index of ['agenda_items_search_idx', 'agenda_items_title_trgm_idx'])
    await handle.query(`drop index if exists ${index}`);
  await handle.query(`
    insert into agenda_items (meeting_id, position, number, title, case_id, is_closed, search_text)
    select m.id, n, n, 'Punkt ' || n || ': status på nærsundhedsplanen, "fase" ' || (m.id % 9),
           (select id from cases where number = '25/' || (1 + (m.id * 7 + n) % 20000)),
           (m.id * 31 + n) % 33 = 0, ''
    from (select id from meetings order by id) m, generate_series(1, ${ITEMS_PER_MEETING}) n
    order by m.id, n
    limit ${items}`);
  await handle.query(`
    insert into sections (item_id, position, heading, kind, text)
    select i.id, k, (array['Resumé','Sagsfremstilling','Indstilling'])[k],
           (array['summary','case_presentation','recommendation'])[k],
           repeat(${SENTENCE.replace(/\bn\b/g, 'i.id')} || chr(10) || chr(10), k + 1)
    from agenda_items i, generate_series(1, 3) k`);
  await handle.query(`
    insert into decisions (item_id, text, outcome, decided_on)
    select i.id, 'Godkendt. Sundhedsrådet bad om en ny status, når økonomien er kendt.', 'approved', m.held_on
    from agenda_items i join meetings m on m.id = i.meeting_id where i.id % 10 < 7`);
  await handle.query(`
    insert into attachments (item_id, position, title, document_id)
    select id, 1, 'Notat om status, bilag ' || id, 'DokID: ' || (1000000 + id) from agenda_items where id % 4 = 0`);
  await handle.query(`create index agenda_items_search_idx on agenda_items using gin (search)`);
  await handle.query('vacuum analyze');
}

/** Samples the RSS every 50 ms while `work` runs; returns its result, the seconds and the peak. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - started) / 1000, peakRss };
  } finally {
    clearInterval(timer);
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

try {
  const started = performance.now();
  await build();
  const [counts] = await handle.query<{ items: number }>('select count(*)::int as items from agenda_items');
  console.log(`# corpus: ${counts.items} items built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (global.gc) global.gc();
  console.log(`# rss before export: ${mb(process.memoryUsage().rss)} MB`);

  const plain = await measured(async () => {
    const out = fs.createWriteStream('/dev/null');
    const written = await exportArchive({ db: handle.db, target: { format: 'ndjson', out } });
    out.end();
    await finished(out);
    return written;
  });
  const gzip = await measured(async () => {
    const source = new PassThrough();
    const zip = createGzip();
    const out = fs.createWriteStream('/dev/null');
    source.pipe(zip).pipe(out);
    const written = await exportArchive({ db: handle.db, target: { format: 'ndjson', out: source } });
    source.end();
    await finished(out);
    return written;
  });
  console.log(`export_items: ${plain.result.items} items`);
  console.log(`export_records: ${Object.values(plain.result).reduce((a, b) => a + b, 0)} records`);
  console.log(`export_seconds: ${plain.seconds.toFixed(1)} s`);
  console.log(`export_gzip_seconds: ${gzip.seconds.toFixed(1)} s`);
  console.log(`export_peak_rss: ${mb(Math.max(plain.peakRss, gzip.peakRss))} MB`);

  const [{ createApp }, { startServer }] = await Promise.all([
    import('../src/web/app.js'),
    import('../src/web/server.js'),
  ]);
  console.log(`# rss with the web app loaded: ${mb(process.memoryUsage().rss)} MB`);
  const http = await measured(async () => {
    const server = await startServer(createApp({ handle, cache: false }), 0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/v1/export`);
      let bytes = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
      return bytes;
    } finally {
      await server.close();
    }
  });
  console.log(`export_http_seconds: ${http.seconds.toFixed(1)} s`);
  console.log(`export_http_gzip_size: ${mb(http.result)} MB`);
  console.log(`export_http_peak_rss: ${mb(http.peakRss)} MB`);
} finally {
  await handle.close();
  if (keep) console.log(`# kept database ${dbName}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
