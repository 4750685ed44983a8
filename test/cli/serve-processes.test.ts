/**
 * Several `protokol serve` processes on one PostgreSQL: a second process without the first one's
 * SECRET_KEY is refused with a message that names the running one; with the same key both run,
 * and a meeting stored through one (here: `protokol import`, a third process) is served by every
 * one of them at once, although each had the old page in its cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { renderMinutesText } from '../../src/render/text/minutes-text.js';
import { createPostgresDatabase } from '../helpers/databases.js';
import { item, minutes } from '../helpers/meeting-documents.js';
import { runCli } from '../helpers/run-cli.js';
import { type ServeProcess, startServe } from '../helpers/serve-process.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const KEY = 'a-shared-secret-key-of-at-least-32-characters';

describe.skipIf(!serverUrl)('several serve processes on one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let env: Record<string, string>;
  const running: ServeProcess[] = [];
  let dir: string;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    env = { DATABASE_URL: database.url };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-serve-'));
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop()));
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second process without the shared SECRET_KEY, naming the first', async () => {
    running.push(await startServe({ ...env, SECRET_KEY: KEY }));
    const refused = await startServe({ ...env, SECRET_KEY: '' }).catch(
      (error: { code?: number; stderr?: string }) => error,
    );
    expect((refused as { code?: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toContain(`pid ${running[0].child.pid}`);
    expect((refused as { stderr: string }).stderr).toContain('SECRET_KEY');
  }, 180_000);

  it('reads the archive once for personal numbers in the background, and records it', async () => {
    const handle = await createDb({ databaseUrl: database.url, migrate: false });
    try {
      await expect
        .poll(async () => (await handle.query('select scanner_version from personal_number_scans')).length, {
          timeout: 60_000,
        })
        .toBe(1);
    } finally {
      await handle.close();
    }
  }, 90_000);

  it('runs a second process with the same key, and both serve a new meeting at once', async () => {
    running.push(await startServe({ ...env, SECRET_KEY: KEY }));
    const body = 'region-syddanmark--sundhedsraad-soenderjylland';
    // Both have the body page without the meeting in their caches.
    for (const server of running) {
      const before = await (await fetch(`${server.url}/organ/${body}`)).text();
      expect(before).not.toContain('Opdigtet punkt om kræftplanen');
    }
    const file = path.join(dir, 'council.txt');
    fs.writeFileSync(
      file,
      renderMinutesText(
        minutes([item(1, 'Opdigtet punkt om kræftplanen')], { body: 'Sundhedsråd Sønderjylland', date: '2026-02-02' }),
        'standard',
      ),
    );
    const imported = await runCli(['import', file], env);
    expect(imported.code, imported.stderr).toBe(0);
    const started = Date.now();
    for (const server of running) {
      await expect
        .poll(async () => (await fetch(`${server.url}/organ/${body}`)).text(), { timeout: 10_000, interval: 50 })
        .toContain('2. februar 2026');
    }
    // Announced by the database at commit (LISTEN/NOTIFY), else found by the fingerprint within a second.
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 180_000);
});
