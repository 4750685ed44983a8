/**
 * The public's reads on a real streaming replica (DATABASE_READ_URL): a replica made with
 * pg_basebackup from the test server, started on a port of its own. What is written on the
 * primary reaches the public through the replica; after a change the process hears of (NOTIFY),
 * a replica that has not replayed it yet is passed over, so that the page cache is never filled
 * with the page from before; a replica further behind than REPLICA_MAX_LAG is passed over without
 * a notification; a replica that stops is passed over, and the primary serves without a restart.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createOrganisation } from '../../src/use-cases/people/create-organisation.js';
import { createApp } from '../../src/web/app.js';
import { createPostgresDatabase } from '../helpers/databases.js';
import { CAN_REPLICATE, type StreamingReplica, startStreamingReplica } from '../helpers/postgres-clusters.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const WAIT = { timeout: 30_000, interval: 50 };
const MAX_LAG_MS = 1500;

describe.skipIf(!serverUrl || !CAN_REPLICATE)('public reads on a streaming replica', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let replica: StreamingReplica;
  let replicaClient: pg.Client;
  let handle: DbHandle;
  let app: ReturnType<typeof createApp>;
  let stopListening = async () => {};
  let clearCache = () => {};

  const add = async (name: string) => {
    const added = await createOrganisation({ db: handle.db, name, kind: 'other', actor: COMMAND_LINE_ACTOR });
    expect(added.ok).toBe(true);
  };
  const onReplica = async (name: string) =>
    (await replicaClient.query('select 1 from organisations where name = $1', [name])).rowCount === 1;
  const status = () => handle.replicas!.status()[0];
  const publicPage = async () => (await app.request('/udgiver')).text();

  beforeAll(async () => {
    database = await createPostgresDatabase();
    // Migrated before the copy, so the replica starts with the schema.
    await (await createDb({ databaseUrl: database.url })).close();
    replica = startStreamingReplica(serverUrl!, 5439);
    replicaClient = new pg.Client({ connectionString: replica.urlOf(database.url) });
    await replicaClient.connect();
    handle = await createDb({
      databaseUrl: database.url,
      replicas: { urls: [replica.urlOf(database.url)], maxLagMs: MAX_LAG_MS },
    });
    app = createApp({ handle, cache: { probeIntervalMs: 3_600_000, onClear: (clear) => (clearCache = clear) } });
    stopListening = await handle.listen('protokol_data_changed', () => clearCache());
    await vi.waitFor(() => expect(status()).toMatchObject({ up: true, caughtUp: true }), WAIT);
  }, 180_000);
  afterAll(async () => {
    await stopListening();
    await handle?.close();
    await replicaClient?.end().catch(() => {});
    replica?.remove();
    await database?.drop();
  });

  it('shows the public what the primary wrote once the replica has replayed it', async () => {
    await add('Replikeret forening');
    await vi.waitFor(async () => expect(await onReplica('Replikeret forening')).toBe(true), WAIT);
    await vi.waitFor(async () => expect(await publicPage()).toContain('Replikeret forening'), WAIT);
  });

  it('serves from the primary after a change the replica has not replayed yet, so the cache never keeps the page from before', async () => {
    await vi.waitFor(() => expect(status().caughtUp).toBe(true), WAIT);
    await replicaClient.query('select pg_wal_replay_pause()');
    try {
      await add('Forening under afspilning');
      // The change is announced: the cache is emptied, and the replica held back until it catches up.
      await vi.waitFor(() => expect(status().caughtUp).toBe(false), WAIT);
      expect(await onReplica('Forening under afspilning')).toBe(false);
      expect(await publicPage()).toContain('Forening under afspilning');
    } finally {
      await replicaClient.query('select pg_wal_replay_resume()');
    }
    await vi.waitFor(() => expect(status().caughtUp).toBe(true), WAIT);
    expect(await onReplica('Forening under afspilning')).toBe(true);
  });

  it('passes over a replica further behind than the bound, also without a notification', async () => {
    await stopListening();
    await replicaClient.query('select pg_wal_replay_pause()');
    try {
      await add('Forening bag grænsen');
      await vi.waitFor(() => expect(status().lagMs).toBeGreaterThan(MAX_LAG_MS), WAIT);
      clearCache();
      expect(await onReplica('Forening bag grænsen')).toBe(false);
      expect(await publicPage()).toContain('Forening bag grænsen');
    } finally {
      await replicaClient.query('select pg_wal_replay_resume()');
      stopListening = await handle.listen('protokol_data_changed', () => clearCache());
    }
  });

  it('passes over a stopped replica, and the primary serves without a restart', async () => {
    await replicaClient.end();
    replica.stop('immediate');
    await vi.waitFor(() => expect(status().up).toBe(false), WAIT);
    await add('Forening efter replikaens stop');
    const response = await app.request('/udgiver');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Forening efter replikaens stop');
    const health = await (await app.request('/healthz')).json();
    expect(health).toMatchObject({ status: 'ok', replicas: [{ replica: 1, up: false }] });
  });
});
