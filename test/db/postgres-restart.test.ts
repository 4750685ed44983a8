/**
 * PostgreSQL restarted under a running Protokol (a cluster of this test's own, so that nothing else
 * is touched): the portal answers 503 with Retry-After while it is down and /healthz says why, and
 * serves again by itself when it is back; an import running across the restart leaves every
 * meeting whole or absent, and the next run finishes it to exactly what an uninterrupted import
 * gives.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { importMeetings } from '../../src/use-cases/imports/import-meetings.js';
import { createApp } from '../../src/web/app.js';
import { FakeSite } from '../helpers/firstagenda-site.js';
import { CAN_REPLICATE, type PrivateCluster, startPrivateCluster } from '../helpers/postgres-clusters.js';

const PUBLISHER = 'Region Syddanmark';
const MEETINGS = 24;

/** Every stored meeting with its number of items: body, date and count. */
async function storedMeetings(handle: DbHandle): Promise<string[]> {
  const rows = await handle.query<{ slug: string; held_on: string; items: number }>(
    `select b.slug, m.held_on::text as held_on, count(i.id)::int as items
     from meetings m join bodies b on b.id = m.body_id left join agenda_items i on i.meeting_id = m.id
     group by b.slug, m.id, m.held_on order by 1, 2, 3`,
  );
  return rows.map((row) => `${row.slug} ${row.held_on} ${row.items}`);
}

describe.skipIf(!CAN_REPLICATE)('PostgreSQL restarted under a running Protokol', () => {
  let cluster: PrivateCluster;
  let dir: string;

  const database = async (name: string) => {
    const admin = await createDb({ databaseUrl: cluster.url, migrate: false });
    await admin.exec(`CREATE DATABASE ${name}`);
    await admin.close();
    const handle = await createDb({ databaseUrl: cluster.urlOf(`postgres://postgres@x/${name}`) });
    await loadReferenceData(handle.db);
    return handle;
  };

  beforeAll(() => {
    cluster = startPrivateCluster(5441);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-restart-'));
    const site = new FakeSite({ seed: 21, committees: 4, meetingsPerCommittee: MEETINGS / 4 });
    for (const meeting of site.meetings().slice(0, MEETINGS)) {
      fs.writeFileSync(
        path.join(dir, `${meeting.guid}.json`),
        site.documentJson(meeting.guid, 'https://x.example.dk')!,
      );
    }
  }, 180_000);
  afterAll(() => {
    cluster?.remove();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 while it is down, says why on /healthz, and serves again by itself', async () => {
    const handle = await database('portal');
    try {
      const app = createApp({ handle, cache: false });
      expect((await app.request('/udgiver')).status).toBe(200);
      cluster.stop('immediate');
      const page = await app.request('/udgiver');
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBeTruthy();
      expect(await page.text()).toContain('Protokol er midlertidigt utilgængelig');
      const health = await app.request('/healthz');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', reason: 'database_unavailable' });
      cluster.start();
      await expect.poll(async () => (await app.request('/udgiver')).status, { timeout: 30_000 }).toBe(200);
      expect((await app.request('/healthz')).status).toBe(200);
    } finally {
      cluster.start();
      await handle.close();
    }
  });

  it('leaves every meeting of an import across a restart whole or absent, and the next run finishes it', async () => {
    const reference = await database('reference');
    const expected = await (async () => {
      const summary = await importMeetings({ db: reference.db, paths: [dir], publisher: PUBLISHER });
      expect(summary.counts.error).toBe(0);
      return storedMeetings(reference);
    })();
    await reference.close();
    expect(expected).toHaveLength(MEETINGS);

    const handle = await database('interrupted');
    try {
      let restarted = false;
      const interrupted = await importMeetings({
        db: handle.db,
        paths: [dir],
        publisher: PUBLISHER,
        concurrency: 2,
        onProgress: (done) => {
          if (done !== 5 || restarted) return;
          restarted = true;
          cluster.stop('immediate'); // in the middle of the next meetings' transactions
          cluster.start();
        },
      });
      expect(restarted).toBe(true);
      expect(interrupted.counts.error).toBeGreaterThan(0);
      // Whole or absent: every stored meeting has all the items an uninterrupted import gives it.
      const afterCrash = await storedMeetings(handle);
      expect(afterCrash.length).toBeLessThan(MEETINGS);
      for (const meeting of afterCrash) expect(expected).toContain(meeting);

      const again = await importMeetings({ db: handle.db, paths: [dir], publisher: PUBLISHER });
      expect(again.counts.error).toBe(0);
      expect(await storedMeetings(handle)).toEqual(expected);
    } finally {
      await handle.close();
    }
  });
});
