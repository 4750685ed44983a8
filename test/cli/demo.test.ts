/**
 * The demo set through the real command: `protokol serve --demo` (what `npm start` runs) loads it
 * into an empty data folder and the portal shows it marked as fictitious; `protokol demo remove`
 * removes it again and leaves the folder without meetings.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { migratedDataDir } from '../helpers/databases.js';
import { BIN, runCli } from '../helpers/run-cli.js';

describe('demo data through the protokol command', () => {
  let dir: string;
  beforeAll(async () => {
    // Migrated but empty: serve --demo still finds no meetings and loads the set.
    dir = await migratedDataDir('protokol-demo-');
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serve --demo loads the demo set into an empty folder and the portal shows it as fictitious', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--demo'], {
      env: { ...process.env, PROTOKOL_DATA: dir, LOG_LEVEL: 'error', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let stderr = '';
        const timer = setTimeout(() => reject(new Error(`no start within 120 s: ${stderr}`)), 120_000);
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          const match = /http:\/\/localhost:(\d+)\//.exec(stderr);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      const front = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(front).toContain('Sundhedsråd Fjordby');
      expect(front).toContain('Fiktive demodata');
      const body = await fetch(`http://127.0.0.1:${port}/organ/region-syddanmark--sundhedsraad-fjordby`);
      expect(body.status).toBe(200);
      // The demo bodies' publisher has its page, which lists them.
      const publisher = await fetch(`http://127.0.0.1:${port}/udgiver/region-syddanmark`);
      expect(publisher.status).toBe(200);
      expect(await publisher.text()).toContain('href="/organ/region-syddanmark--sundhedsraad-fjordby"');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 180_000);

  it('demo remove removes every fictitious meeting and body, and load brings them back', async () => {
    const removed = await runCli(['demo', 'remove'], { PROTOKOL_DATA: dir, DATABASE_URL: '' });
    expect(removed.stdout).toContain('Demodata fjernet: 11 møder og 3 fiktive organer.');
    expect(removed.code).toBe(0);
    const handle = await createDb({ dataDir: dir });
    try {
      const [left] = await handle.query<Record<string, number>>(
        `select (select count(*)::int from meetings) as meetings, (select count(*)::int from persons) as persons,
                (select count(*)::int from cases) as cases, (select count(*)::int from source_files) as files,
                (select count(*)::int from bodies where is_fictitious) as bodies`,
      );
      expect(left).toEqual({ meetings: 0, persons: 0, cases: 0, files: 0, bodies: 0 });
    } finally {
      await handle.close();
    }
    const again = await runCli(['demo', 'remove'], { PROTOKOL_DATA: dir, DATABASE_URL: '' });
    expect(again.stdout).toContain('Demodata fjernet: 0 møder og 0 fiktive organer.');
    const loaded = await runCli(['demo', 'load'], { PROTOKOL_DATA: dir, DATABASE_URL: '' });
    expect(loaded.stdout).toContain('Demodata indlæst: 11 møder.');
    expect(loaded.code).toBe(0);
  }, 120_000);
});
