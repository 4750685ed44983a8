/**
 * The database goes away while the portal runs (PostgreSQL): requests get a clear 503 page and
 * /healthz says why; when the database is back the same server answers again by itself, without a
 * restart. The outage is made on this test's own database only (its connections ended, new ones
 * refused), so other tests running at the same time are not touched.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { createApp } from '../../src/web/app.js';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('a database outage', () => {
  const name = `protokol_outage_${process.pid}`;
  let handle: DbHandle;
  let app: ReturnType<typeof createApp>;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    handle = await createDb({ databaseUrl: url.toString() });
    await loadReferenceData(handle.db);
    app = createApp({ handle, cache: false });
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => {});
    await handle?.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('answers 503 while the database is away, says why on /healthz, and recovers by itself', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);

    const page = await app.request('/');
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('10');
    expect(await page.text()).toContain('Protokol er midlertidigt utilgængelig');
    const health = await app.request('/healthz');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'unavailable',
      database: 'postgres',
      reason: 'database_unavailable',
    });

    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await expect.poll(async () => (await app.request('/')).status, { timeout: 15_000, interval: 100 }).toBe(200);
    expect((await app.request('/healthz')).status).toBe(200);
  }, 180_000);
});
