/**
 * `protokol harvest` as an operator runs it, against a replayed site on a real local server: one
 * line per meeting on a non-terminal and the summary on a line of its own; killed with SIGKILL
 * half-way, every stored meeting is whole and the next run completes the site without duplicates
 * (the embedded database and, with TEST_DATABASE_URL, PostgreSQL); refusals name what is wrong.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/client.js';
import { migratedDataDir } from '../helpers/databases.js';
import { FakeSite } from '../helpers/firstagenda-site.js';
import { type ReplayServer, startReplayServer } from '../helpers/replay-server.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const serverUrl = process.env.TEST_DATABASE_URL;

interface Target {
  name: string;
  env: () => Promise<Record<string, string>>;
  meetings: (env: Record<string, string>) => Promise<{ meetings: number; keys: number; items: number; empty: number }>;
  cleanup: () => Promise<void>;
}

const COUNTS = `select (select count(*)::int from meetings) as meetings,
  (select count(distinct meeting_id)::int from meeting_identities) as keys,
  (select count(*)::int from agenda_items) as items,
  (select count(*)::int from meetings m where not exists (select 1 from agenda_items i where i.meeting_id = m.id)) as empty`;

function pgliteTarget(): Target {
  // A migrated folder (made on first use): the commands do not each begin with initdb and migrations.
  let made: Promise<string> | undefined;
  const folder = () => {
    made ??= migratedDataDir('protokol-harvest-cli-');
    return made;
  };
  return {
    name: 'pglite',
    env: async () => ({ PROTOKOL_DATA: await folder(), DATABASE_URL: '' }),
    meetings: async () => {
      const handle = await createDb({ dataDir: await folder() });
      try {
        return (await handle.query<{ meetings: number; keys: number; items: number; empty: number }>(COUNTS))[0];
      } finally {
        await handle.close();
      }
    },
    cleanup: async () => {
      if (made) fs.rmSync(await made, { recursive: true, force: true });
    },
  };
}

function postgresTarget(): Target {
  const name = `protokol_harvest_${process.pid}`;
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    env: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
      return { DATABASE_URL: url.toString() };
    },
    meetings: async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(COUNTS)).rows[0];
      } finally {
        await client.end();
      }
    },
    cleanup: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

const TARGETS = [pgliteTarget, ...(serverUrl ? [postgresTarget] : [])];

describe.each(TARGETS.map((make) => ({ make })))('protokol harvest ($make.name)', ({ make }) => {
  let target: Target;
  let site: FakeSite;
  let server: ReplayServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    target = make();
    // The host's budget (60 a minute by default) would make the runs wait: this test is about killing and resuming.
    env = { ...(await target.env()), HARVEST_BUDGET_PER_MINUTE: '100000' };
    site = new FakeSite({ seed: 21, committees: 3, meetingsPerCommittee: 6, sizeScale: 0.5 });
    // Slow answers, so that a run is still going when it is killed.
    server = await startReplayServer(site, { latencyMs: 60 });
  });
  afterAll(async () => {
    await server?.close();
    await target?.cleanup();
  });

  it('killed half-way leaves whole meetings; the next run completes the site without duplicates', async () => {
    const total = site.meetings().length;
    const child = spawn(process.execPath, [BIN, 'harvest', server.url, '--publisher', 'Greve Kommune'], {
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the harvest never stored 5 meetings: ${stderr}`)), 120_000);
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
        if ((stderr.match(/^\d+\/\d+ new /gm) ?? []).length >= 5) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => {
        clearTimeout(timer);
        reject(new Error(`the harvest ended before it was killed: ${stderr}`));
      });
    });
    await new Promise((resolve) => child.once('close', resolve));
    const killed = await target.meetings(env);
    expect(killed.meetings).toBeGreaterThanOrEqual(5);
    expect(killed.meetings).toBeLessThan(total);
    expect(killed.empty).toBe(0);

    const again = await runCli(['harvest', server.url, '--publisher', 'Greve Kommune'], env, 180_000);
    expect(again.stderr).not.toMatch(/Fejl/);
    expect(again.code).toBe(0);
    const done = await target.meetings(env);
    expect(done).toMatchObject({ meetings: total, keys: total, empty: 0 });
    // One line per meeting on a non-terminal, and the summary on a line of its own.
    expect(again.stderr).toMatch(/^\d+\/\d+ (new|update|unchanged) .+\n/m);
    expect(again.stdout).toMatch(/^Høst: \d+ møder på siden – \d+ nye, /m);
  }, 300_000);

  it('refuses a harvest without a publisher, and an unknown one with the closest names', async () => {
    const without = await runCli(['harvest', server.url], env);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--publisher');
    const unknown = await runCli(['harvest', server.url, '--publisher', 'Greeve'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('»Greve Kommune«');
  }, 120_000);
});
