/**
 * The public's reads on a replica (DATABASE_READ_URL, src/db/read-replicas.ts and
 * src/web/replica-reads.ts), with a second database standing in for the replica: what the public's
 * pages show comes from it, a signed-in request and everything outside a request from the primary,
 * and when the replica goes away the primary serves without a restart. /healthz names replicas by
 * number only. A real streaming replica is in streaming-replica.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createOrganisation } from '../../src/use-cases/people/create-organisation.js';
import { createApp } from '../../src/web/app.js';
import { createPostgresDatabase } from '../helpers/databases.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const WAIT = { timeout: 15_000, interval: 50 };

async function addOrganisation(handle: DbHandle, name: string) {
  const added = await createOrganisation({ db: handle.db, name, kind: 'other', actor: COMMAND_LINE_ACTOR });
  expect(added.ok).toBe(true);
}

describe.skipIf(!serverUrl)('public reads on a replica (a stand-in database)', () => {
  let primary: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let standIn: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let handle: DbHandle;
  let app: ReturnType<typeof createApp>;
  const health = async () =>
    (await (await app.request('/healthz')).json()) as {
      status: string;
      replicas: { replica: number; up: boolean; lagMs: number | null; caughtUp: boolean }[];
    };
  const publishers = async (headers: Record<string, string> = {}) =>
    (await app.request('/udgiver', { headers })).text();

  beforeAll(async () => {
    [primary, standIn] = await Promise.all([createPostgresDatabase(), createPostgresDatabase()]);
    const replica = await createDb({ databaseUrl: standIn.url });
    await addOrganisation(replica, 'Forening kun på replikaen');
    await replica.close();
    handle = await createDb({ databaseUrl: primary.url, replicas: { urls: [standIn.url], maxLagMs: 5000 } });
    await addOrganisation(handle, 'Forening kun på primæren');
    app = createApp({ handle, cache: false });
    await vi.waitFor(async () => expect((await health()).replicas[0].up).toBe(true), WAIT);
  });
  afterAll(async () => {
    await handle?.close();
    await Promise.all([primary?.drop(), standIn?.drop()]);
  });

  it("serves the public's pages and open data from the replica", async () => {
    const page = await publishers();
    expect(page).toContain('Forening kun på replikaen');
    expect(page).not.toContain('Forening kun på primæren');
    const api = await (await app.request('/api/v1/publishers?kind=other')).text();
    expect(api).toContain('Forening kun på replikaen');
  });

  it('reads a request with credentials, a form and everything outside a request on the primary', async () => {
    const signedIn = await publishers({ cookie: 'protokol_session=not-a-session' });
    expect(signedIn).toContain('Forening kun på primæren');
    expect(signedIn).not.toContain('Forening kun på replikaen');
    const rows = await handle.db.query.organisations.findMany({ columns: { name: true } });
    expect(rows.map((row) => row.name)).toContain('Forening kun på primæren');
  });

  it('says how the replica is without naming it', async () => {
    const response = await app.request('/healthz');
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ status: 'ok', replicas: [{ replica: 1, up: true, caughtUp: true }] });
    expect(body).not.toContain(new URL(standIn.url).pathname.slice(1));
  });

  it('passes over a replica that has gone away, and the primary serves without a restart', async () => {
    await standIn.drop();
    await vi.waitFor(async () => expect((await health()).replicas[0].up).toBe(false), WAIT);
    const response = await app.request('/udgiver');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Forening kun på primæren');
  });
});

describe('DATABASE_READ_URL', () => {
  it('is a list of PostgreSQL addresses, with the lag bound, and needs DATABASE_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://db/p',
      DATABASE_READ_URL: 'postgres://r1/p, postgresql://r2/p',
      REPLICA_MAX_LAG: '10s',
    });
    expect(config.replicas).toEqual({ urls: ['postgres://r1/p', 'postgresql://r2/p'], maxLagMs: 10_000 });
    expect(loadConfig({ DATABASE_URL: 'postgres://db/p' }).replicas).toBeUndefined();
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://r1/p' })).toThrow(
      /DATABASE_READ_URL: kræver DATABASE_URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/p', DATABASE_READ_URL: 'mysql://r1' })).toThrow(
      /DATABASE_READ_URL: skal være en eller flere PostgreSQL-adresser/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/p', REPLICA_MAX_LAG: 'soon' })).toThrow(/REPLICA_MAX_LAG/);
  });
});
