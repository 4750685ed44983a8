/**
 * bench/search: search latency over a generated corpus on PostgreSQL, at growing sizes. Creates a
 * fresh database (on DATABASE_URL or TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
 * and fills it in SQL (generate_series) with agenda items of Danish text — titles and case text
 * built from the domain's vocabulary, compounds included — with meetings, sections and decisions,
 * in bodies that belong to real publishers of the reference data (the regions' health councils,
 * and two committees in each of 13 municipalities). The corpus is built once and grown to each
 * size of --items in turn (the same generator, so the distribution holds; `vacuum analyze` after
 * each growth). At each size ~125 varied searches (words of every frequency, compounds, phrases,
 * misspellings; filters by publisher, body, region, dates, outcome, section kind; deep pages) run
 * through searchItems (the portal's own function) and, in the same pass, as the raw full-text
 * query alone: the same query string's websearch_to_tsquery straight on agenda_items, ranked as
 * searchItems ranks (ts_rank plus the title bonus, among the newest RANK_WINDOW + 1 matches — by
 * id, as the table alone knows no dates — then the same page), without the compound expansion,
 * the joins, the filters, the details, the snippets and the attachments; searches with an empty
 * query have no raw counterpart. The two alternate which runs first. Prints, per size, p50/p95/p99
 * of each (the median over --runs passes of the mix) and searchItems p95 / raw p95. Targets:
 * p95 ≤ 50 ms at 1,000,000 items, and ≤ 1.5× the raw full-text query's p95 in the same run.
 * --explain FILE writes, for the largest size, EXPLAIN (ANALYZE, BUFFERS) of every statement
 * searchItems runs for each filter combination, as Markdown (docs/search-plans.md). The database
 * is dropped at the end (--keep keeps it; --reuse NAME measures an existing one as it is).
 *   npm run bench -- search [--items 100000,1000000] [--runs 3] [--explain FILE] [--keep] [--verbose]
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { createDb, type Db } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/load-reference-data.js';
import { PAGE_SIZE, RANK_WINDOW, type SearchInput, searchItems } from '../src/db/search/search-items.js';
import { parseCsv } from '../src/domain/csv.js';
import { slugify } from '../src/domain/slug.js';
import { argNumber } from './_corpus.js';

/** `--name a,b,c` as positive integers, ascending and without repeats. */
function argSizes(name: string, fallback: number[]): number[] {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const values = (process.argv[index + 1] ?? '').split(',').map((v) => Number(v.replace(/_/g, '')));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`--${name} must be a list of positive whole numbers, e.g. 100000,1000000`);
  return [...new Set(values)].sort((a, b) => a - b);
}

function argText(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

const sizes = argSizes('items', [100_000, 1_000_000]);
const runs = argNumber('runs', 3);
const explainFile = argText('explain');
const keep = process.argv.includes('--keep');
const verbose = process.argv.includes('--verbose');
const ITEMS_PER_MEETING = 8;
const DAYS = 2900;

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
const MUNICIPALITY_NAMES = parseCsv(fs.readFileSync(path.resolve('src/db/reference/municipalities.csv'), 'utf8')).map(
  (row) => row.name,
);
const PLACES = MUNICIPALITY_NAMES.map((name) => name.replace(/ Kommune$/, ''));
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

/**
 * The publishers of the corpus: the regions, through the health councils the reference data gives
 * them (17), and every 8th municipality of the reference data (13), each with two committees.
 * Meetings go round all the bodies in turn.
 */
const MUNICIPALITIES = MUNICIPALITY_NAMES.filter((_, i) => i % 8 === 0);
const COMMITTEES = ['Sundheds- og Ældreudvalget', 'Social- og Sundhedsudvalget'];
/** The filters of the mix: a health council, a municipality and a region as publishers, a region. */
const BODY_FILTER = 'region-syddanmark--sundhedsraad-fyn';
const MUNICIPAL_PUBLISHER = slugify(MUNICIPALITIES[10]);
const REGIONAL_PUBLISHER = 'region-midtjylland';
const REGION_FILTER = 'region-syddanmark';

const serverUrl =
  process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const reuse = argText('reuse');
const dbName = reuse ?? `protokol_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
if (!reuse) await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const handle = await createDb({ databaseUrl: url.toString() });

/** The reference data (publishers, health councils), the municipalities' committees and the cases. */
async function createCorpus() {
  await loadReferenceData(handle.db);
  const committees = MUNICIPALITIES.flatMap((municipality) => COMMITTEES.map((name) => ({ municipality, name })));
  await handle.query(
    `insert into bodies (slug, name, kind, publisher_id)
     select o.slug || '--' || v.slug, v.name, 'committee', o.id
     from unnest($1::text[], $2::text[], $3::text[]) as v(municipality, name, slug)
     join organisations o on o.name = v.municipality`,
    [committees.map((c) => c.municipality), committees.map((c) => c.name), committees.map((c) => slugify(c.name))],
  );
  const [check] = await handle.query<{ bodies: number; unpublished: number; filter: number }>(
    `select count(*)::int as bodies, count(*) filter (where publisher_id is null)::int as unpublished,
            count(*) filter (where slug = $1)::int as filter
     from bodies`,
    [BODY_FILTER],
  );
  if (check.unpublished > 0 || check.filter !== 1 || check.bodies < 20)
    throw new Error(`The corpus's bodies are not as expected: ${JSON.stringify(check)}`);
  await handle.query(`insert into cases (number) select '25/' || g from generate_series(1, 20000) g`);
}

/**
 * Grows the corpus from `from` to `to` items in SQL: the meetings they need (round the bodies,
 * over DAYS days), the items (item k is number 1 + (k - 1) % 8 of meeting 1 + (k - 1) / 8, so a
 * growth completes a meeting the last one left unfinished), their sections and decisions.
 */
async function growCorpus(from: number, to: number) {
  const topics = sqlArray(TOPICS);
  const places = sqlArray(PLACES);
  const sentence = (topic: string) =>
    `replace(replace(${pick(sqlArray(SENTENCES), SENTENCES.length)}, '{t}', ${topic}), '{p}', ${pick(places, PLACES.length)})`;
  const anyTopic = pickZipf(topics, TOPICS.length);
  const [{ lastId }] = await handle.query<{ lastId: number }>(
    'select coalesce(max(id), 0)::int as "lastId" from agenda_items',
  );

  await handle.query(`
    with b as (select array_agg(id order by id) as ids, count(*)::int as n from bodies)
    insert into meetings (body_id, held_on, start_time, status, document_type, identity_key)
    select b.ids[1 + g % b.n], date '2019-01-01' + (g % ${DAYS}), '16:00', 'minutes_published', 'referat', 'bench:' || g
    from b, generate_series(${Math.ceil(from / ITEMS_PER_MEETING) + 1}, ${Math.ceil(to / ITEMS_PER_MEETING)}) g`);
  // The indexes are built after the bulk insert (faster), as a restore would.
  for (const index of ['agenda_items_search_idx', 'agenda_items_title_trgm_idx'])
    await handle.query(`drop index ${index}`);
  // A closed item's text is never stored for search (the schema keeps search_text empty for it).
  await handle.query(`
    insert into agenda_items (meeting_id, held_on, body_id, outcome, position, number, title, case_id, is_closed, search_text)
    select x.meeting_id, x.held_on, x.body_id, case when not x.is_closed and x.decided then x.outcome end,
           x.n, x.n, x.prefix || ' ' || x.main || ' i ' || x.place,
           (select id from cases where number = '25/' || (1 + (x.meeting_id * 7 + x.n) % 20000)),
           x.is_closed,
           case when x.is_closed then '' else
             'Resumé' || chr(10) || ${sentence('x.main')} || ' ' || ${sentence(anyTopic)} || chr(10) || chr(10) ||
             'Sagsfremstilling' || chr(10) || ${sentence('x.main')} || ' ' || ${sentence(anyTopic)} || ' ' ||
               ${sentence(anyTopic)} || ' ' || ${sentence('x.main')} || chr(10) || chr(10) ||
             'Beslutning' || chr(10) || ${sentence('x.main')} end
    from (
      select m.id as meeting_id, m.held_on, m.body_id, 1 + (k - 1) % ${ITEMS_PER_MEETING} as n, ${anyTopic} as main,
             ${pick(sqlArray(PREFIXES), PREFIXES.length)} as prefix, ${pick(places, PLACES.length)} as place,
             random() < 0.03 as is_closed, random() < 0.7 as decided,
             ${pick(sqlArray(OUTCOMES), OUTCOMES.length)} as outcome
      from generate_series(${from + 1}, ${to}) k
      join meetings m on m.identity_key = 'bench:' || (1 + (k - 1) / ${ITEMS_PER_MEETING})
      order by k
      offset 0
    ) x`);
  await handle.query(`
    insert into sections (item_id, position, heading, kind, text)
    select id, k, (array['Resumé','Sagsfremstilling','Økonomi'])[k], (array['summary','case_presentation','economy'])[k], 'tekst'
    from agenda_items, generate_series(1, 3) k
    where id > ${lastId} and (k < 3 or id % 4 = 0)`);
  // The items carry their decisions' outcomes already (their search keys): the trigger that copies
  // an outcome written on its own would find nothing to do, row by row.
  await handle.query('alter table decisions disable trigger decisions_copy_outcome');
  await handle.query(`
    insert into decisions (item_id, text, outcome)
    select id, 'Godkendt.', outcome from agenda_items where id > ${lastId} and outcome is not null`);
  await handle.query('alter table decisions enable trigger decisions_copy_outcome');
  await handle.query(`create index agenda_items_search_idx on agenda_items using gin (search)`);
  await handle.query(`create index agenda_items_title_trgm_idx on agenda_items using gin (title gin_trgm_ops)`);
  await handle.query('vacuum analyze');
}

/**
 * The mix: topic words at every frequency (whole words, parts of compounds, inflected forms),
 * places, phrases, every filter (publisher, body, region, dates, outcome, section kind), deep
 * pages, misspellings; a few very common words; filters without a query.
 */
function searchMix(): SearchInput[] {
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
  for (const word of words.slice(0, 10)) searches.push({ query: word, body: BODY_FILTER });
  for (const word of words.slice(3, 13)) searches.push({ query: word, publisher: MUNICIPAL_PUBLISHER });
  for (const word of words.slice(12, 18)) searches.push({ query: word, publisher: REGIONAL_PUBLISHER });
  for (const word of words.slice(5, 15)) searches.push({ query: word, from: '2024-01-01', to: '2024-12-31' });
  for (const word of words.slice(0, 8)) searches.push({ query: word, outcome: 'rejected' });
  for (const word of words.slice(8, 16)) searches.push({ query: word, sectionKind: 'economy' });
  for (const word of words.slice(0, 6)) searches.push({ query: word, region: REGION_FILTER });
  for (const word of words.slice(16, 20))
    searches.push({ query: word, publisher: MUNICIPAL_PUBLISHER, from: '2023-01-01', outcome: 'approved' });
  for (const word of words.slice(0, 6)) searches.push({ query: word, page: 3 });
  for (const miss of ['xylofonkvarts', 'lægedækniing', 'akutsygeplejn', 'ingenting her'])
    searches.push({ query: miss });
  for (const common of ['sundhedsrådet', 'godkendt', 'kommunerne']) searches.push({ query: common });
  searches.push(
    { query: '', outcome: 'postponed' },
    { query: '', sectionKind: 'economy', from: '2025-01-01' },
    { query: '', publisher: MUNICIPAL_PUBLISHER },
  );
  return searches;
}

/**
 * The raw full-text query for a search's query string: websearch_to_tsquery straight on
 * agenda_items, open items only, ranked as searchItems ranks (ts_rank plus 1 for a title match,
 * among the newest RANK_WINDOW + 1 matches, read again for ranking; counted over them), the same
 * page. No compound expansion, joins, filters, details, snippets or attachments.
 */
const RAW_QUERY = `
  with hits as (
    select id from agenda_items
    where search @@ websearch_to_tsquery('danish', $1) and not is_closed
    order by id desc
    limit $2
  ), ranked as (
    select a.id, ts_rank(a.search, websearch_to_tsquery('danish', $1))
      + case when ts_filter(a.search, '{a}') @@ websearch_to_tsquery('danish', $1) then 1.0 else 0 end as rank
    from hits h join agenda_items a on a.id = h.id
  )
  select id, rank, count(*) over () as counted from ranked
  order by rank desc, id desc
  limit $3 offset $4`;

async function rawSearch(input: SearchInput): Promise<number> {
  const pageSize = input.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, input.page ?? 1);
  const rows = await handle.query<{ counted: string }>(RAW_QUERY, [
    input.query.trim(),
    RANK_WINDOW + 1,
    pageSize,
    (page - 1) * pageSize,
  ]);
  return rows.length > 0 ? Number(rows[0].counted) : 0;
}

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles. */
function percentiles(times: number[]): Percentiles {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const medianOf = (passes: Percentiles[]): Percentiles => ({
  p50: median(passes.map((p) => p.p50)),
  p95: median(passes.map((p) => p.p95)),
  p99: median(passes.map((p) => p.p99)),
});

/** --runs passes of the mix, each search through searchItems and as the raw query, alternating which goes first. */
async function measure(size: number, searches: SearchInput[]) {
  const timed = async <T>(run: () => Promise<T>): Promise<[number, T]> => {
    const t = performance.now();
    const result = await run();
    return [performance.now() - t, result];
  };
  for (const input of searches.slice(0, 20)) {
    await searchItems(handle.db, input); // warm-up
    if (input.query.trim() !== '') await rawSearch(input);
  }
  const passes: { search: Percentiles; raw: Percentiles }[] = [];
  let slowest = { ms: 0, query: '' };
  for (let pass = 0; pass < runs; pass++) {
    const searchTimes: number[] = [];
    const rawTimes: number[] = [];
    for (const [i, input] of searches.entries()) {
      const hasRaw = input.query.trim() !== '';
      const runSearch = () => timed(() => searchItems(handle.db, input));
      const runRaw = () => timed(() => rawSearch(input));
      let searchMs: number;
      let total: number;
      let rawMs = 0;
      let rawTotal = 0;
      if (hasRaw && (i + pass) % 2 === 1) {
        [rawMs, rawTotal] = await runRaw();
        [searchMs, { total }] = await runSearch();
      } else {
        [searchMs, { total }] = await runSearch();
        if (hasRaw) [rawMs, rawTotal] = await runRaw();
      }
      searchTimes.push(searchMs);
      if (hasRaw) rawTimes.push(rawMs);
      if (verbose)
        console.log(
          `# ${searchMs.toFixed(1).padStart(7)} ms ${String(total).padStart(5)} | raw ${hasRaw ? `${rawMs.toFixed(1).padStart(7)} ms ${String(rawTotal).padStart(5)}` : '      –         '} | ${JSON.stringify(input)}`,
        );
      if (searchMs > slowest.ms) slowest = { ms: searchMs, query: `${JSON.stringify(input)} → ${total}` };
    }
    passes.push({ search: percentiles(searchTimes), raw: percentiles(rawTimes) });
  }
  const search = medianOf(passes.map((p) => p.search));
  const raw = medianOf(passes.map((p) => p.raw));
  const rawCount = searches.filter((s) => s.query.trim() !== '').length;
  console.log(
    `search_${size}_queries: ${searches.length} searches (${rawCount} with a raw counterpart) × ${runs} runs`,
  );
  for (const q of ['p50', 'p95', 'p99'] as const) console.log(`search_${size}_${q}: ${search[q].toFixed(1)} ms`);
  for (const q of ['p50', 'p95', 'p99'] as const) console.log(`search_${size}_raw_${q}: ${raw[q].toFixed(1)} ms`);
  console.log(`search_${size}_over_raw_p95: ${(search.p95 / raw.p95).toFixed(2)} ×`);
  console.log(`# slowest at ${size}: ${slowest.ms.toFixed(1)} ms ${slowest.query}`);
}

/** One statement searchItems ran, with its plan and its rows. */
interface Explained {
  sql: string;
  params: unknown[];
  plan: string[];
  rows: Record<string, unknown>[];
}

/** `handle.db` whose execute first runs EXPLAIN (ANALYZE, BUFFERS) of the same statement and records it. */
function explainingDb(records: Explained[]): Db {
  const dialect = new PgDialect();
  return new Proxy(handle.db, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return async (query: SQL) => {
        const { sql: text, params } = dialect.sqlToQuery(query);
        const plan = await handle.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers, format text) ${text}`,
          params,
        );
        const result = await target.execute(query);
        records.push({
          sql: text,
          params,
          plan: plan.map((row) => row['QUERY PLAN']),
          rows: (result as unknown as { rows: Record<string, unknown>[] }).rows,
        });
        return result;
      };
    },
  });
}

/** The filter combinations whose plans the doc shows; one mid-frequency compound word throughout. */
const EXPLAINED_WORD = 'sundhedsprogram';
const COMBINATIONS: { label: string; input: SearchInput }[] = [
  { label: 'No filter', input: { query: EXPLAINED_WORD } },
  { label: 'Publisher (a municipality)', input: { query: EXPLAINED_WORD, publisher: MUNICIPAL_PUBLISHER } },
  { label: 'Publisher (a region)', input: { query: EXPLAINED_WORD, publisher: REGIONAL_PUBLISHER } },
  { label: 'Body', input: { query: EXPLAINED_WORD, body: BODY_FILTER } },
  { label: 'Date range', input: { query: EXPLAINED_WORD, from: '2024-01-01', to: '2024-12-31' } },
  { label: 'Outcome', input: { query: EXPLAINED_WORD, outcome: 'rejected' } },
  { label: 'Section kind', input: { query: EXPLAINED_WORD, sectionKind: 'economy' } },
  { label: 'Region', input: { query: EXPLAINED_WORD, region: REGION_FILTER } },
  { label: 'Deep page', input: { query: EXPLAINED_WORD, page: 10 } },
  { label: 'Empty query with a filter', input: { query: '', publisher: MUNICIPAL_PUBLISHER } },
  { label: 'A very common word (the window is full)', input: { query: TOPICS[0] } },
  { label: 'No match, with a filter (suggestions)', input: { query: 'lægedækniing', region: REGION_FILTER } },
];

const INDEXES: Record<string, string> = {
  agenda_items_search_idx: 'GIN on `agenda_items.search`',
  agenda_items_title_trgm_idx: 'trigram GIN on `agenda_items.title`',
  agenda_items_pkey: '`agenda_items` primary key',
  agenda_items_meeting_idx: 'btree on `agenda_items (meeting_id, position)`',
  agenda_items_open_date_idx: 'btree on open `agenda_items (held_on desc, id desc)`',
  agenda_items_open_body_date_idx: 'btree on open `agenda_items (body_id, held_on desc, id desc)`',
  agenda_items_open_outcome_date_idx: 'btree on open, decided `agenda_items (outcome, held_on desc, id desc)`',
  search_lexemes_trgm_idx: "the lexicon's trigram GIN (`search_lexemes.lexeme`)",
  meetings_pkey: '`meetings` primary key',
  meetings_date_idx: 'btree on `meetings.held_on`',
  meetings_body_date_idx: 'btree on `meetings (body_id, held_on)`',
  decisions_item_idx: 'btree on `decisions.item_id`',
  decisions_outcome_idx: 'btree on `decisions.outcome`',
  sections_item_idx: 'btree on `sections (item_id, position)`',
  bodies_pkey: '`bodies` primary key',
  bodies_publisher_idx: 'btree on `bodies.publisher_id`',
  bodies_slug_unique: 'unique `bodies.slug`',
  organisations_slug_idx: 'unique `organisations.slug`',
  attachment_text_pages_search_idx: 'GIN on `attachment_text_pages.search`',
};

function statementName(text: string): string {
  if (text.includes('from search_lexemes')) return 'expandTerms — the query words through the lexicon';
  if (text.includes('with hits as')) return 'match, window and rank — the page’s ids';
  if (text.includes('count(*) as total')) return 'countMatches';
  if (text.includes('unnest(to_tsvector')) return 'stemsOf — stems for highlighting';
  if (text.includes('left join cases c')) return 'pageDetails — what the page shows';
  if (text.includes('word_similarity')) return 'similarTitlesOf — suggestions';
  if (text.includes('attachment_text_pages')) return 'searchAttachmentPages — pages of attachments';
  return 'statement';
}

interface PlanFacts {
  indexes: Set<string>;
  /** Sequential scans: table and rows read, or null when never executed. */
  seqScans: { table: string; rows: number | null }[];
  /** Rows of `agenda_items i` (the items tested against the query and the filters) read, by access path. */
  itemsRead: Map<string, number>;
  /** Shared buffers hit and read by the whole statement. */
  buffers: number;
  /** Gather nodes: workers launched and when the first row came out (ms). */
  gathers: { workers: number; firstRowMs: number }[];
  ms: number;
}

/** A plan node's rows read, over all its loops: returned + removed by filter or recheck (null: never executed). */
function rowsRead(plan: string[], at: number): number | null {
  const actual = /actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(plan[at]);
  if (!actual) return null;
  let perLoop = Number(actual[1]);
  for (const next of plan.slice(at + 1)) {
    if (next.includes('->') || /^\s*(InitPlan|SubPlan)/.test(next)) break;
    const removed = /Rows Removed by (?:Filter|Index Recheck): (\d+)/.exec(next);
    if (removed) perLoop += Number(removed[1]);
  }
  return perLoop * Number(actual[2]);
}

function planFacts(plan: string[]): PlanFacts {
  const indexes = new Set<string>();
  const seqScans: PlanFacts['seqScans'] = [];
  const itemsRead = new Map<string, number>();
  const gathers: PlanFacts['gathers'] = [];
  let ms = 0;
  const top = plan.find((line) => line.trim().startsWith('Buffers:')) ?? '';
  const buffers = [...top.matchAll(/(?:hit|read)=(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  for (const [i, line] of plan.entries()) {
    const index = /(?:Index(?: Only)? Scan(?: Backward)? using|Bitmap Index Scan on) (\S+)/.exec(line);
    if (index && !line.includes('never executed')) indexes.add(index[1]);
    const seq = /Seq Scan on (\S+)/.exec(line);
    if (seq) seqScans.push({ table: seq[1], rows: rowsRead(plan, i) });
    const item = /(Seq Scan|Index(?: Only)? Scan(?: Backward)? using (\S+)|Bitmap Heap Scan) on agenda_items i /.exec(
      line,
    );
    const read = item ? rowsRead(plan, i) : null;
    if (item && read !== null) {
      const path = item[2] ?? (item[1] === 'Bitmap Heap Scan' ? 'agenda_items_search_idx' : 'a sequential scan');
      itemsRead.set(path, (itemsRead.get(path) ?? 0) + read);
    }
    const gather = /Gather(?: Merge)? .*actual time=([\d.]+)\.\./.exec(line);
    if (gather) {
      const launched = plan.slice(i + 1, i + 4).find((next) => next.includes('Workers Launched:'));
      gathers.push({
        workers: Number(/Workers Launched: (\d+)/.exec(launched ?? '')?.[1] ?? 0),
        firstRowMs: Number(gather[1]),
      });
    }
    const time = /^Execution Time: ([\d.]+) ms/.exec(line.trim());
    if (time) ms = Number(time[1]);
  }
  return { indexes, seqScans, itemsRead, buffers, gathers, ms };
}

/** Tables that grow with the archive: a sequential scan on one of them is work that grows too. */
const GROWING_TABLES = new Set([
  'agenda_items',
  'meetings',
  'sections',
  'decisions',
  'cases',
  'attachments',
  'attachment_text_pages',
  'search_lexemes',
]);
const formatNumber = (n: number) => n.toLocaleString('en-US');
const rowsOf = (n: number) => `${formatNumber(n)} ${n === 1 ? 'row' : 'rows'}`;
const describeIndex = (name: string) => (INDEXES[name] ? `${INDEXES[name]} (\`${name}\`)` : `\`${name}\``);
const shortName = (text: string) => statementName(text).split(' — ')[0];

/** The sequential scans that ran, per statement and table, with the rows each read (the most of its loops' totals). */
function seqScansOf(records: Explained[]): { statement: string; table: string; rows: number }[] {
  const scans = new Map<string, { statement: string; table: string; rows: number }>();
  for (const record of records)
    for (const scan of planFacts(record.plan).seqScans) {
      if (scan.rows === null) continue;
      const key = `${shortName(record.sql)}|${scan.table}`;
      const seen = scans.get(key);
      scans.set(key, {
        statement: shortName(record.sql),
        table: scan.table,
        rows: Math.max(seen?.rows ?? 0, scan.rows),
      });
    }
  return [...scans.values()];
}

const ITEM_PATHS: Record<string, string> = {
  agenda_items_meeting_idx:
    'meeting by meeting, newest first, through `agenda_items_meeting_idx`, each tested against the query',
  agenda_items_search_idx: 'from the GIN index on `search` (every match, before the filters and the window)',
  agenda_items_title_trgm_idx: 'from the trigram index on the title',
  agenda_items_pkey: 'by id',
  'a sequential scan': '**by a sequential scan**',
};

/** "4,640 rows of agenda_items (4,640 meeting by meeting, …)". */
function itemsReadText(itemsRead: Map<string, number>): string {
  const total = [...itemsRead.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return 'no rows of agenda_items';
  const paths = [...itemsRead].map(([path, n]) => `${formatNumber(n)} ${ITEM_PATHS[path] ?? `through \`${path}\``}`);
  return `${rowsOf(total)} of agenda_items (${paths.join('; ')})`;
}

/** The intro of one combination's plans: indexes, sequential scans, what is ranked and what is read for the page. */
function planIntro(input: SearchInput, records: Explained[]): string {
  const facts = records.map((r) => ({ name: statementName(r.sql), ...planFacts(r.plan) }));
  const indexes = [...new Set(facts.flatMap((f) => [...f.indexes]))];
  const lines: string[] = [];
  lines.push(`Indexes used: ${indexes.length > 0 ? indexes.map(describeIndex).join('; ') : 'none'}.`);
  const scans = seqScansOf(records);
  const onItems = scans.filter((s) => s.table === 'agenda_items');
  const growing = scans.filter((s) => s.table !== 'agenda_items' && GROWING_TABLES.has(s.table));
  const small = scans.filter((s) => !GROWING_TABLES.has(s.table));
  if (onItems.length > 0)
    lines.push(...onItems.map((s) => `**Sequential scan on agenda_items** in ${s.statement}: ${rowsOf(s.rows)} read.`));
  else lines.push('No sequential scan on agenda_items.');
  for (const s of growing)
    lines.push(
      `${s.rows > 0 ? `**Sequential scan on ${s.table}**` : `Sequential scan on ${s.table} (empty in this corpus)`} in ${s.statement}${s.rows > 0 ? `: ${rowsOf(s.rows)} read` : ''}.`,
    );
  if (small.length > 0)
    lines.push(
      `Small reference tables read whole: ${[...new Map(small.map((s) => [s.table, `${s.table} (${rowsOf(s.rows)})`])).values()].join(', ')}.`,
    );

  const ranked = records.find((r) => r.sql.includes('with hits as'));
  const window = ranked && ranked.rows.length > 0 ? Number(ranked.rows[0].counted) : 0;
  const details = records.find((r) => r.sql.includes('left join cases c'));
  if (ranked) {
    const matchFacts = planFacts(ranked.plan);
    lines.push(
      `The match read ${itemsReadText(matchFacts.itemsRead)} to keep ${formatNumber(window)} (${formatNumber(matchFacts.buffers)} buffers for the whole statement).`,
    );
  }
  for (const [i, f] of facts.entries())
    for (const gather of f.gathers)
      lines.push(
        `**Parallel plan** in ${shortName(records[i].sql)}: ${gather.workers} worker${gather.workers === 1 ? '' : 's'} launched, the Gather's first row after ${gather.firstRowMs.toFixed(1)} ms (starting a worker is part of that: compare the workers' own nodes below it).`,
      );
  if (window === 0) lines.push('Nothing matched: nothing to rank.');
  else if (input.query.trim() === '')
    lines.push(
      `No ranking: an empty query lists the newest of its ${formatNumber(window)} matches (the window holds at most ${formatNumber(RANK_WINDOW + 1)}) first.`,
    );
  else
    lines.push(
      `Ranking (ts_rank and the title bonus) is computed for the ${formatNumber(window)} rows of the window — the newest matches, at most ${formatNumber(RANK_WINDOW + 1)}${window > RANK_WINDOW ? ', here full: there are more matches than that' : ', here every match'} — not for the page alone: the page is cut from them by rank.`,
    );
  lines.push(
    details
      ? `Details and snippets only for the page: pageDetails reads the ${details.rows.length} items shown (search_text included) by id, and the snippets and highlights are cut in Node from those alone.`
      : 'Nothing on the page: no details are read and no snippets made.',
  );
  const total = facts.reduce((sum, f) => sum + f.ms, 0);
  lines.push(
    `${records.length} statements, ${total.toFixed(1)} ms of execution in all (${records.map((r, i) => `${shortName(r.sql)} ${facts[i].ms.toFixed(1)}`).join(', ')}).`,
  );
  return lines.join(' ');
}

/** A statement as written in its template, without the template's indentation and blank lines. */
function dedent(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const indent = Math.min(...lines.map((line) => /^ */.exec(line)?.[0].length ?? 0));
  return lines.map((line) => line.slice(indent).trimEnd()).join('\n');
}

/** EXPLAIN (ANALYZE, BUFFERS) of what searchItems runs for each combination, as Markdown. */
async function writePlans(file: string, size: number) {
  const [{ version }] = await handle.query<{ version: string }>('select version()');
  const sections: string[] = [];
  const summary: string[] = [];
  for (const [n, { label, input }] of COMBINATIONS.entries()) {
    const records: Explained[] = [];
    const result = await searchItems(explainingDb(records), input);
    const facts = records.map((r) => planFacts(r.plan));
    const itemScans = seqScansOf(records).filter((s) => s.table === 'agenda_items');
    const match = records.find((r) => r.sql.includes('with hits as'));
    const itemsRead = match ? [...planFacts(match.plan).itemsRead] : [];
    const paths = itemsRead.map(([path, n]) => `${formatNumber(n)} (\`${path}\`)`).join(', ');
    summary.push(
      `| ${n + 1}. ${label} | ${result.totalIsCapped ? `> ${formatNumber(result.total)}` : formatNumber(result.total)} | ${records.length} | ${facts.reduce((sum, f) => sum + f.ms, 0).toFixed(1)} | ${paths || '0'} | ${itemScans.length > 0 ? `**yes**: ${itemScans.map((s) => `${s.statement}, ${rowsOf(s.rows)}`).join('; ')}` : 'no'} | ${facts.some((f) => f.gathers.length > 0) ? 'yes' : 'no'} |`,
    );
    const statements = records.map((record, i) => {
      const params = record.params.map((value, p) => `-- $${p + 1} = ${JSON.stringify(value)}`).join('\n');
      return [
        `### ${n + 1}.${i + 1} ${statementName(record.sql)}`,
        '',
        '```sql',
        dedent(record.sql),
        ...(params ? [params] : []),
        '```',
        '',
        '```',
        ...record.plan,
        '```',
      ].join('\n');
    });
    sections.push(
      [
        `## ${n + 1}. ${label}`,
        '',
        `\`${JSON.stringify(input)}\` → ${result.totalIsCapped ? 'more than ' : ''}${formatNumber(result.total)} matches, ${result.hits.length} on the page.`,
        '',
        planIntro(input, records),
        '',
        ...statements.flatMap((s) => [s, '']),
      ].join('\n'),
    );
  }
  const doc = [
    '# Search plans',
    '',
    `What PostgreSQL does for a search: \`EXPLAIN (ANALYZE, BUFFERS)\` of every statement \`searchItems\` (src/db/search/search-items.ts) runs, for each filter combination, on the generated corpus of bench/search.ts at ${formatNumber(size)} agenda items (${version.split(',')[0]}). Written by \`npm run bench -- search --items ${sizes.join(',')} --runs ${runs} --explain ${file}\` on ${new Date().toISOString().slice(0, 10)}: regenerate it rather than edit it. Each statement was explained (and so executed) just before it ran for real, on a machine shared with other work: the times are indicative, the plans are the point.`,
    '',
    `A search runs: expandTerms (each query word's stem and the corpus lexemes that contain it, through the lexicon's trigram index); one statement that finds the matches (the GIN index on \`search\`, with the filters), keeps the newest ${formatNumber(RANK_WINDOW + 1)} of them, ranks those and returns the page's ids with the count; stemsOf (the query's stems, for highlighting); pageDetails (what the page shows, for its ids only); on the first page, the attachment pages that match; and, when nothing matched, similar titles (trigram) and the count without the filters. Snippets and highlights are made in Node from the page's rows.`,
    '',
    'The match statement reads `agenda_items` alone: each item carries its meeting\'s date and body and its decision\'s outcome (its search keys, migration 0026), and the body, publisher and region filters are read first as a list of body ids. It finds its rows one of two ways, as the planner estimates them: it walks the open items newest first (`agenda_items_open_date_idx`, or `agenda_items_open_body_date_idx` for one body, `agenda_items_open_outcome_date_idx` for an outcome; each item tested against the query and the other filters) and stops when the window is full; or it takes every match from the GIN index on `search` (with the body or date index in a BitmapAnd), then sorts them. The walk is cheap when matches are many and recent, and reads every item it passes when they are few; the column "agenda_items rows read by the match" shows which way was taken and what it cost. A parallel plan (Gather) counts starting its worker processes in its time: on a busy machine that can be most of it.',
    '',
    `The query is "${EXPLAINED_WORD}" throughout (a compound: the lexicon widens it to the lexemes that contain it), except where the combination says otherwise. The corpus: ${formatNumber(size)} items in meetings of ${MUNICIPALITIES.length} municipalities' committees and the regions' health councils; publisher filter "${MUNICIPAL_PUBLISHER}" and "${REGIONAL_PUBLISHER}", body "${BODY_FILTER}", region "${REGION_FILTER}".`,
    '',
    '| Combination | Matches | Statements | Execution (ms) | agenda_items rows read by the match | Seq scan on agenda_items | Parallel |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...summary,
    '',
    ...sections,
  ].join('\n');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, doc);
  console.log(`# plans of ${COMBINATIONS.length} combinations written to ${file}`);
}

try {
  const searches = searchMix();
  let built = 0;
  const measured = reuse ? [0] : sizes;
  if (!reuse) await createCorpus();
  for (const [i, target] of measured.entries()) {
    let size = target;
    if (!reuse) {
      const started = performance.now();
      await growCorpus(built, size);
      built = size;
      console.log(`search_${size}_build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const [counts] = await handle.query<{ items: number; chars: number }>(
      'select count(*)::int as items, avg(length(search_text))::int as chars from agenda_items',
    );
    if (reuse) size = counts.items;
    console.log(`search_${size}_corpus_items: ${counts.items} items`);
    console.log(`search_${size}_corpus_text: ${counts.chars} chars/item`);
    await measure(size, searches);
    if (explainFile && i === measured.length - 1) await writePlans(explainFile, size);
  }
} finally {
  await handle.close();
  if (keep) console.log(`# kept database ${dbName}`);
  else if (!reuse) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
