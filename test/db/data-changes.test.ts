/**
 * A change to the public's data is announced (migration 0011's triggers, NOTIFY
 * protokol_data_changed) and heard by DbHandle.listen, so that a server's page cache is emptied
 * at once — also when the change is made by another process — instead of waiting for its next
 * fingerprint probe. On both databases.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../../src/db/client.js';
import { COMMAND_LINE_ACTOR } from '../../src/use-cases/audit/record-audit-entry.js';
import { createOrganisation } from '../../src/use-cases/people/create-organisation.js';
import { createApp } from '../../src/web/app.js';
import { TEST_DATABASES } from '../helpers/databases.js';

const WAIT = { timeout: 10_000, interval: 20 };

describe.each(TEST_DATABASES)('data changes on $name', (database) => {
  const opened: DbHandle[] = [];
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    for (const handle of opened.splice(0)) await handle.close();
  });

  async function open(): Promise<DbHandle> {
    const handle = await database.open();
    opened.push(handle);
    return handle;
  }

  it('announces a committed change to a listener, and nothing after it stops listening', async () => {
    const handle = await open();
    let heard = 0;
    const stop = await handle.listen('protokol_data_changed', () => heard++);
    // Listening on PostgreSQL starts with one call, for what may have changed before.
    await vi.waitFor(() => expect(heard).toBeGreaterThanOrEqual(database.name === 'postgres' ? 1 : 0), WAIT);
    const before = heard;

    await handle.query('DELETE FROM meetings WHERE false'); // statement-level: even no rows is a statement
    await vi.waitFor(() => expect(heard).toBeGreaterThan(before), WAIT);

    await stop();
    const after = heard;
    await handle.query('DELETE FROM meetings WHERE false');
    await handle.query('select 1'); // a round trip after the change, for a late notification to arrive
    expect(heard).toBe(after);
  });

  // PGlite quotes the channel itself; on PostgreSQL it is written into LISTEN.
  it.skipIf(database.name === 'pglite')('refuses a channel name that is not an identifier', async () => {
    const handle = await open();
    await expect(handle.listen('x; DROP TABLE meetings', () => {})).rejects.toThrow(/ugyldig kanal/);
  });

  it("empties a server's page cache when the data changes, long before its next fingerprint probe", async () => {
    const handle = await open();
    let clearCache = () => {};
    const app = createApp({
      handle,
      cache: { probeIntervalMs: 3_600_000, onClear: (clear) => (clearCache = clear) },
    });
    stops.push(await handle.listen('protokol_data_changed', () => clearCache()));
    const page = async () => (await app.request('/udgiver')).text();
    expect(await page()).not.toContain('Lyttende Testforening');

    const added = await createOrganisation({
      db: handle.db,
      name: 'Lyttende Testforening',
      kind: 'other',
      actor: COMMAND_LINE_ACTOR,
    });
    expect(added.ok).toBe(true);
    await vi.waitFor(async () => expect(await page()).toContain('Lyttende Testforening'), WAIT);
  });
});
