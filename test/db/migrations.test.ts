import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle, MIGRATIONS_FOLDER, migrateDb } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { createPostgresDatabase, TEST_DATABASES } from '../helpers/databases.js';

describe.each(TEST_DATABASES)('database on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open({ migrate: false });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('migrates from empty, and migrating again changes nothing', async () => {
    const before = await handle.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
    );
    expect(before[0].n).toBe(0);
    await migrateDb(handle);
    const tables = await handle.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by 1",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'regions',
        'municipalities',
        'bodies',
        'meetings',
        'agenda_items',
        'sections',
        'decisions',
        'cases',
        'attachments',
        'source_files',
      ]),
    );
    await migrateDb(handle);
    const again = await handle.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
    );
    expect(again[0].n).toBe(tables.length);
  });

  it('has the pg_trgm extension and the Danish text search configuration', async () => {
    const rows = await handle.query<{ v: string; s: number }>(
      "select to_tsvector('danish', 'Kommunalbestyrelsens møder om skolerne')::text as v, similarity('nærsundhedsplan', 'sundhedsplan') as s",
    );
    expect(rows[0].v).toBe("'kommunalbestyr':1 'mød':2 'skol':4");
    expect(rows[0].s).toBeGreaterThan(0.4);
  });

  it('loads the reference data with the right counts, idempotently', async () => {
    const first = await loadReferenceData(handle.db);
    expect(first).toEqual({ regions: 6, municipalities: 98, healthCouncils: 17, publicationSites: 101 });
    const again = await loadReferenceData(handle.db);
    expect(again.publicationSites).toBe(101);
    const counts = await handle.query<{
      regions: number;
      municipalities: number;
      councils: number;
      covered: number;
      until2026: number;
      sites: number;
    }>(
      `select (select count(*)::int from regions) as regions,
              (select count(*)::int from regions where valid_to_on is not null) as until2026,
              (select count(*)::int from municipalities) as municipalities,
              (select count(*)::int from bodies where kind = 'health_council') as councils,
              (select count(*)::int from body_municipalities) as covered,
              (select count(*)::int from harvest_sites) as sites`,
    );
    // Loaded twice, each kept once: no duplicate site from the second load.
    expect(counts[0]).toEqual({ regions: 6, until2026: 2, municipalities: 98, councils: 17, covered: 98, sites: 101 });
    const sonderjylland = await handle.query<{ name: string }>(
      `select m.name from body_municipalities bm join bodies b on b.id = bm.body_id
         join municipalities m on m.code = bm.municipality_code
        where b.name = 'Sundhedsråd Sønderjylland' order by m.name`,
    );
    expect(sonderjylland.map((r) => r.name)).toEqual([
      'Aabenraa Kommune',
      'Haderslev Kommune',
      'Sønderborg Kommune',
      'Tønder Kommune',
    ]);
    const ostdanmark = await handle.query<{ n: number }>(
      `select count(*)::int as n from municipalities m join regions r on r.id = m.region_from_2027_id where r.name = 'Region Østdanmark'`,
    );
    expect(ostdanmark[0].n).toBe(46);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('several processes starting at once on PostgreSQL', () => {
  it('migrate one empty database one after the other, each finding it whole', async () => {
    const database = await createPostgresDatabase();
    try {
      // Three handles are three pools, as three processes would be.
      const handles = await Promise.all([1, 2, 3].map(() => createDb({ databaseUrl: database.url })));
      try {
        const [{ n }] = await handles[0].query<{ n: number }>(
          'select count(*)::int as n from drizzle.__drizzle_migrations',
        );
        expect(n).toBe(fs.readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).length);
      } finally {
        await Promise.all(handles.map((h) => h.close()));
      }
    } finally {
      await database.drop();
    }
  });
});
