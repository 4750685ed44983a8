/**
 * bench/search: search latency over a generated corpus on PostgreSQL. Creates a fresh database
 * (on DATABASE_URL or TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test), fills
 * it in SQL (generate_series) with 200,000 agenda items of Danish text — titles and case text
 * built from the domain's vocabulary, compounds included — with sections and decisions, then
 * runs ~100 varied searches through searchItems (the portal's own function) and prints p50/p95.
 * Target: p95 ≤ 100 ms at 200,000 items. The database is dropped at the end.
 *   npm run bench -- search [--items 200000] [--keep]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/load-reference-data.js';
import { type SearchInput, searchItems } from '../src/db/search/search-items.js';
import { parseCsv } from '../src/domain/csv.js';
import { argNumber } from './_corpus.js';

const items = argNumber('items', 200_000);
const keep = process.argv.includes('--keep');
const verbose = process.argv.includes('--verbose');
const ITEMS_PER_MEETING = 8;

/** Compound nouns of the domain, as prefix × suffix: ~500 topics, picked with a Zipf-like skew. */
const PREFIXES_OF_TOPICS = [
  'sundheds',
  'læge',
  'akut',
  'patient',
  'borger',
  'ældre',
  'børne',
  'psykiatri',
  'genoptrænings',
  'rehabiliterings',
  'hjemme',
  'medicin',
  'demens',
  'diabetes',
  'kræft',
  'hjerte',
  'lunge',
  'misbrugs',
  'tand',
  'jordemoder',
  'sygepleje',
  'kommunal',
  'praksis',
  'sygehus',
  'forebyggelses',
  'data',
  'digitaliserings',
  'trivsel',
  'pårørende',
  'nærsundheds',
  'kroniker',
  'udskrivnings',
];
const SUFFIXES_OF_TOPICS = [
  'plan',
  'planen',
  'dækning',
  'dækningen',
  'indsats',
  'indsatsen',
  'aftale',
  'aftalen',
  'program',
  'tilbud',
  'forløb',
  'center',
  'klinik',
  'klinikken',
  'team',
  'ordning',
  'pulje',
];
const TOPICS = PREFIXES_OF_TOPICS.flatMap((prefix, i) =>
  SUFFIXES_OF_TOPICS.map((suffix, j) => ({ word: prefix + suffix, order: (i * 7 + j * 13) % 1000 })),
)
  .sort((a, b) => a.order - b.order)
  .map((t) => t.word);
const PREFIXES = [
  'Godkendelse af',
  'Orientering om',
  'Drøftelse af',
  'Status på',
  'Forslag om',
  'Evaluering af',
  'Høring om',
  'Budget for',
  'Opfølgning på',
  'Proces for',
];
const PLACES = parseCsv(fs.readFileSync(path.resolve('src/db/reference/municipalities.csv'), 'utf8')).map((row) =>
  row.name.replace(/ Kommune$/, ''),
);
const SENTENCES = [
  'Sundhedsrådet drøftede {t} i {p} og bad administrationen om en ny status.',
  'Administrationen foreslår, at {t} styrkes i samarbejde med kommunerne.',
  'Der er afsat 2,4 mio. kr. til {t} i {p} i perioden 2026-2028.',
  'Praktiserende læger og sygehuset har sammen vurderet {t}.',
  'Beslutningerne om {t} følges op på næste møde.',
  'Borgerne i {p} har givet udtryk for, at {t} er vigtig for dem.',
  'Klyngen anbefaler, at erfaringerne med {t} bruges i det videre arbejde.',
  'Evalueringen af {t} viser færre genindlæggelser, men længere ventetider.',
  'Sagen om {t} behandles også i regionsrådet.',
  'Indstillingen om {t} blev godkendt med bemærkninger om økonomien.',
  'Patientforeningerne er hørt om {t}, og høringssvarene er vedlagt som bilag.',
  '{t} i {p} er under pres, fordi flere medarbejdere går på pension.',
  'Formanden orienterede om mødet med ministeriet om {t}.',
  'Der er udarbejdet et notat om {t}, som er vedlagt dagsordenen.',
  'Kommunerne i {p} ønsker en fælles model for {t}.',
  'Arbejdsgruppen for {t} mødes igen i foråret.',
  'Udgifterne til {t} holdes inden for den eksisterende ramme.',
  'Et flertal støtter forslaget om {t}, mens et mindretal ønsker sagen udsat.',
];
const OUTCOMES = ['approved', 'approved', 'approved', 'noted', 'noted', 'discussed', 'postponed', 'rejected'];
const sqlArray = (values: string[]) => `array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (array: string, n: number) => `(${array})[1 + floor(random() * ${n})::int]`;
/** Skewed towards the first entries: the top topic is in ~1 of 4 items, a median one in ~1 of 100. */
const pickZipf = (array: string, n: number) => `(${array})[1 + floor(${n} * power(random(), 2))::int]`;

const serverUrl =
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const reuseIndex = process.argv.indexOf('--reuse');
const reuse = reuseIndex >= 0 ? process.argv[reuseIndex + 1] : undefined;
const dbName = reuse ?? `protokol_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
if (!reuse) await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const handle = await createDb({ databaseUrl: url.toString() });

/** Fills the fresh database in SQL. */
async function build() {
  await loadReferenceData(handle.db);
  const topics = sqlArray(TOPICS);
  const places = sqlArray(PLACES);
  const sentence = (topic: string) =>
    `replace(replace(${pick(sqlArray(SENTENCES), SENTENCES.length)}, '{t}', ${topic}), '{p}', ${pick(places, PLACES.length)})`;
  const anyTopic = pickZipf(topics, TOPICS.length);
  const meetings = Math.ceil(items / ITEMS_PER_MEETING);

  await handle.query(`
    insert into bodies (slug, name, kind, region_id)
    select 'sundhedsraad-bench-' || g, 'Sundhedsråd Bench ' || g, 'health_council',
           (select id from regions order by id offset (g % 5) limit 1)
    from generate_series(1, 12) g`);
  await handle.query(`
    insert into meetings (body_id, held_on, start_time, status, document_type, identity_key)
    select (select id from bodies where slug = 'sundhedsraad-bench-' || (1 + g % 12)),
           date '2019-01-01' + (g % 2900), '16:00', 'minutes_published', 'referat', 'bench:' || g
    from generate_series(1, ${meetings}) g`);
  await handle.query(`insert into cases (number) select '25/' || g from generate_series(1, 20000) g`);
  // The indexes are built after the bulk insert (faster), as a restore would.
  for (const index of ['agenda_items_search_idx', 'agenda_items_title_trgm_idx'])
    await handle.query(`drop index ${index}`);
  await handle.query(`
    insert into agenda_items (meeting_id, position, number, title, case_id, is_closed, search_text)
    select x.meeting_id, x.n, x.n, x.prefix || ' ' || x.main || ' i ' || x.place,
           (select id from cases where number = '25/' || (1 + (x.meeting_id * 7 + x.n) % 20000)),
           random() < 0.03,
           'Resumé' || chr(10) || ${sentence('x.main')} || ' ' || ${sentence(anyTopic)} || chr(10) || chr(10) ||
           'Sagsfremstilling' || chr(10) || ${sentence('x.main')} || ' ' || ${sentence(anyTopic)} || ' ' ||
             ${sentence(anyTopic)} || ' ' || ${sentence('x.main')} || chr(10) || chr(10) ||
           'Beslutning' || chr(10) || ${sentence('x.main')}
    from (
      select m.id as meeting_id, n, ${anyTopic} as main,
             ${pick(sqlArray(PREFIXES), PREFIXES.length)} as prefix, ${pick(places, PLACES.length)} as place
      from meetings m, generate_series(1, ${ITEMS_PER_MEETING}) n
      order by m.id, n
      limit ${items}
      offset 0
    ) x`);
  await handle.query(`update agenda_items set search_text = '' where is_closed`);
  await handle.query(`
    insert into sections (item_id, position, heading, kind, text)
    select id, k, (array['Resumé','Sagsfremstilling','Økonomi'])[k], (array['summary','case_presentation','economy'])[k], 'tekst'
    from agenda_items, generate_series(1, 3) k
    where (k < 3 or id % 4 = 0)`);
  await handle.query(`
    insert into decisions (item_id, text, outcome)
    select id, 'Godkendt.', ${pick(sqlArray(OUTCOMES), OUTCOMES.length)}
    from agenda_items where not is_closed and id % 10 < 7`);
  await handle.query(`create index agenda_items_search_idx on agenda_items using gin (search)`);
  await handle.query(`create index agenda_items_title_trgm_idx on agenda_items using gin (title gin_trgm_ops)`);
  await handle.query('vacuum analyze');
}

try {
  const started = performance.now();
  if (!reuse) await build();
  const [counts] = await handle.query<{ items: number; chars: number }>(
    'select count(*)::int as items, avg(length(search_text))::int as chars from agenda_items',
  );
  console.log(`search_corpus_items: ${counts.items} items`);
  console.log(`search_corpus_text: ${counts.chars} chars/item`);
  console.log(`search_corpus_build: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // The mix: topic words at every frequency (whole words, parts of compounds, inflected forms),
  // places, phrases, filters, deep pages, misspellings; a few very common words.
  const searches: SearchInput[] = [];
  const topicAt = (rank: number) => TOPICS[Math.min(TOPICS.length - 1, rank)];
  const words = [
    ...[0, 2, 5, 10, 20, 40, 60, 90, 120, 160, 200, 250, 300, 350, 400, 450, 500].map(topicAt),
    'sundhedsplan',
    'lægedækning',
    'dækningen',
    'sygepleje',
    'demensindsatsen',
    'beslutningerne',
    'genindlæggelser',
    'ministeriet',
    'høringssvarene',
    PLACES[3],
    PLACES[40],
    PLACES[77],
  ];
  for (const word of words) searches.push({ query: word });
  for (const [i, word] of words.slice(0, 14).entries())
    searches.push({ query: `${word} ${PLACES[(i * 11) % PLACES.length]}` });
  for (const phrase of [
    '"fælles model"',
    '"praktiserende læger"',
    `"${topicAt(30)}" -${PLACES[5]}`,
    `${topicAt(70)} or ${topicAt(80)}`,
  ])
    searches.push({ query: phrase });
  for (const word of words.slice(0, 10)) searches.push({ query: word, body: 'sundhedsraad-bench-3' });
  for (const word of words.slice(5, 15)) searches.push({ query: word, from: '2024-01-01', to: '2024-12-31' });
  for (const word of words.slice(0, 8)) searches.push({ query: word, outcome: 'rejected' });
  for (const word of words.slice(8, 16)) searches.push({ query: word, sectionKind: 'economy' });
  for (const word of words.slice(0, 6)) searches.push({ query: word, region: 'region-syddanmark' });
  for (const word of words.slice(0, 6)) searches.push({ query: word, page: 3 });
  for (const miss of ['xylofonkvarts', 'lægedækniing', 'akutsygeplejn', 'ingenting her'])
    searches.push({ query: miss });
  for (const common of ['sundhedsrådet', 'godkendt', 'kommunerne']) searches.push({ query: common });
  searches.push({ query: '', outcome: 'postponed' }, { query: '', sectionKind: 'economy', from: '2025-01-01' });

  for (const input of searches.slice(0, 20)) await searchItems(handle.db, input); // warm-up
  const times: number[] = [];
  let slowest = { ms: 0, query: '' };
  for (const input of searches) {
    const t = performance.now();
    const result = await searchItems(handle.db, input);
    const ms = performance.now() - t;
    times.push(ms);
    if (verbose)
      console.log(`# ${ms.toFixed(1).padStart(7)} ms  ${String(result.total).padStart(6)}  ${JSON.stringify(input)}`);
    if (ms > slowest.ms) slowest = { ms, query: `${JSON.stringify(input)} → ${result.total}` };
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`search_queries: ${times.length} searches`);
  console.log(`search_p50: ${at(0.5).toFixed(1)} ms`);
  console.log(`search_p95: ${at(0.95).toFixed(1)} ms`);
  console.log(`search_max: ${times[times.length - 1].toFixed(1)} ms`);
  console.log(`# slowest: ${slowest.query}`);
} finally {
  await handle.close();
  if (keep) console.log(`# kept database ${dbName}`);
  else if (!reuse) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
