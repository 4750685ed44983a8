/**
 * The databases every database test runs on: the embedded PGlite (in memory) always, and a real
 * PostgreSQL server when TEST_DATABASE_URL is set. Each `open()` gives a fresh, migrated database
 * of its own (on PostgreSQL a new database, dropped again on close), so test files never share state.
 *
 * Fresh databases start from a template migrated once per set of migrations, not from nothing:
 * PGlite from a dump of its data folder in the system's temporary folder (its initdb is 2 of the
 * 3 s an open took), PostgreSQL from a template database (`CREATE DATABASE … TEMPLATE`, 0.1 s
 * against 0.6–1.1 s of migrating). Both are named by a hash of the migrations, so a changed
 * migration makes a new template; the migrator still runs on every open and finds nothing to do.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createDb, type DbHandle, MIGRATIONS_FOLDER } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { loadDemoData } from '../../src/use-cases/imports/load-demo-data.js';

/**
 * What a fresh database holds besides the migrations: nothing, the reference data
 * (loadReferenceData), or the reference data and the demo set (loadDemoData).
 */
export type Seed = 'none' | 'reference' | 'demo';

export interface OpenOptions {
  /** false: an empty database, not migrated. */
  migrate?: boolean;
  /** Start from a template that already holds the reference data (and the demo set): made once per run. */
  seed?: Seed;
}

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(options?: OpenOptions): Promise<DbHandle>;
}

const serverUrl = process.env.TEST_DATABASE_URL;

export const TEST_DATABASES: TestDatabase[] = [
  { name: 'pglite', open: openFreshPglite },
  ...(serverUrl ? [{ name: 'postgres' as const, open: openFreshPostgres }] : []),
];

/**
 * One database for the crawls over every surface (closed items and personal numbers never
 * leaking): PostgreSQL when the run has one, else PGlite. What they check is what the pages, the
 * API, the feeds and the exports write, not the engine: every query they pass through is tested on
 * both engines by its own tests, and a crawl on each engine cost CI about a minute and a half.
 */
export const CRAWL_DATABASES: TestDatabase[] = [TEST_DATABASES.at(-1)!];

/** A hash of the committed migrations and the PGlite version: the name of the templates made from them. */
const MIGRATIONS_HASH = (() => {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(entry.name).update(fs.readFileSync(file));
    }
  };
  walk(MIGRATIONS_FOLDER);
  const pglite = path.resolve('node_modules/@electric-sql/pglite/package.json');
  if (fs.existsSync(pglite)) hash.update(fs.readFileSync(pglite));
  return hash.digest('hex').slice(0, 12);
})();

/**
 * A hash of what the seeded templates are made by: the source (the loaders and every use case they
 * call), the reference files and the day (the demo set's dates follow today). A seeded template
 * is made again when any of these changes.
 */
let seedHash: string | undefined;
function seedHashOf(): string {
  seedHash ??= (() => {
    const hash = createHash('sha256').update(MIGRATIONS_HASH).update(new Date().toISOString().slice(0, 10));
    const walk = (folder: string) => {
      for (const entry of fs
        .readdirSync(folder, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))) {
        const file = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (!file.startsWith(MIGRATIONS_FOLDER)) hash.update(file).update(fs.readFileSync(file));
      }
    };
    walk(path.resolve('src'));
    return hash.digest('hex').slice(0, 12);
  })();
  return seedHash;
}

/** Loads a seed into a migrated database. */
async function loadSeed(handle: DbHandle, seed: Exclude<Seed, 'none'>): Promise<void> {
  await loadReferenceData(handle.db);
  if (seed === 'demo') await loadDemoData({ db: handle.db });
}

const pgliteDumps = new Map<Exclude<Seed, 'none'>, Promise<Blob>>();
let pgliteDump: Promise<Blob> | undefined;
let migratedFolder: Promise<string> | undefined;

/**
 * A new data folder whose embedded database is already migrated, for a test that runs the real
 * `protokol` command on PGlite: copied from a folder migrated once per set of migrations (as the
 * in-memory template above), so that the child process does not spend its first seconds on initdb
 * and every migration (9 s → 4 s a command on a quiet machine). The command still runs the
 * migrator (which finds nothing to do) and loads the reference data as on any start. A test of
 * migrating an empty folder makes its own folder.
 */
export async function migratedDataDir(prefix: string): Promise<string> {
  migratedFolder ??= (async () => {
    const folder = path.join(os.tmpdir(), `protokol-data-template-${MIGRATIONS_HASH}`);
    if (!fs.existsSync(folder)) {
      // Test files in other processes may make it at once: made aside, then renamed into place.
      const partial = `${folder}.${process.pid}.partial`;
      fs.rmSync(partial, { recursive: true, force: true });
      const handle = await createDb({ dataDir: partial });
      await handle.close();
      try {
        fs.renameSync(partial, folder);
      } catch (error) {
        if (!fs.existsSync(folder)) throw error;
        fs.rmSync(partial, { recursive: true, force: true });
      }
    }
    return folder;
  })();
  const template = await migratedFolder;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

/** The dump of a migrated PGlite, made by the first test file that needs it and read by the rest. */
function pgliteTemplate(): Promise<Blob> {
  pgliteDump ??= (async () => {
    const file = path.join(os.tmpdir(), `protokol-pglite-template-${MIGRATIONS_HASH}.tar`);
    if (!fs.existsSync(file)) {
      const handle = await createDb({});
      try {
        const dump = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
        const partial = `${file}.${process.pid}.partial`; // test files in other processes may make it at once
        fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
        fs.renameSync(partial, file);
      } finally {
        await handle.close();
      }
    }
    return new Blob([fs.readFileSync(file)]);
  })();
  return pgliteDump;
}

/** The dump of a PGlite holding a seed, made (from the migrated template) by the first test file that needs it. */
function pgliteSeedTemplate(seed: Exclude<Seed, 'none'>): Promise<Blob> {
  let dump = pgliteDumps.get(seed);
  if (!dump) {
    dump = (async () => {
      const file = path.join(os.tmpdir(), `protokol-pglite-${seed}-${seedHashOf()}.tar`);
      if (!fs.existsSync(file)) {
        const handle = await createDb({ pgliteTemplate: await pgliteTemplate() });
        try {
          await loadSeed(handle, seed);
          const data = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir('none');
          const partial = `${file}.${process.pid}.partial`;
          fs.writeFileSync(partial, Buffer.from(await data.arrayBuffer()));
          fs.renameSync(partial, file);
        } finally {
          await handle.close();
        }
      }
      return new Blob([fs.readFileSync(file)]);
    })();
    pgliteDumps.set(seed, dump);
  }
  return dump;
}

async function openFreshPglite(options?: OpenOptions): Promise<DbHandle> {
  if (options?.migrate === false) return createDb({ migrate: false });
  const seed = options?.seed ?? 'none';
  return createDb({ pgliteTemplate: await (seed === 'none' ? pgliteTemplate() : pgliteSeedTemplate(seed)) });
}

const TEMPLATE_LOCK = 7_331_002;

/**
 * The migrated template database on the server, made once under an advisory lock (test files run in
 * several processes); templates of other migrations are dropped when a new one is made.
 */
async function postgresTemplate(admin: pg.Client, seed: Seed = 'none'): Promise<string> {
  const migrated = `protokol_template_${MIGRATIONS_HASH}`;
  const name = seed === 'none' ? migrated : `protokol_template_${seed}_${seedHashOf()}`;
  await admin.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return name;
    // Templates of other migrations, and seeded ones of another source (or day), are dropped.
    const stale = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'protokol_template_%' and datname not like '%_building'",
    );
    const current = [migrated, `protokol_template_reference_${seedHashOf()}`, `protokol_template_demo_${seedHashOf()}`];
    for (const { datname } of stale.rows) {
      if (!current.includes(datname)) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    const template = await migratedTemplate(admin, migrated);
    if (seed === 'none') return template;
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await createFromTemplate(admin, building, template);
    const handle = await createDb({ databaseUrl: databaseUrl(building) });
    try {
      await loadSeed(handle, seed);
    } finally {
      await handle.close();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
}

/** The migrated template, made here when missing (the caller holds the lock). */
async function migratedTemplate(admin: pg.Client, migrated: string): Promise<string> {
  const found = await admin.query('select 1 from pg_database where datname = $1', [migrated]);
  if (found.rowCount) return migrated;
  const building = `${migrated}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${building}`);
  const handle = await createDb({ databaseUrl: databaseUrl(building) });
  await handle.close();
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${migrated}`);
  return migrated;
}

function databaseUrl(name: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database on the TEST_DATABASE_URL server, empty or (`migrated`) a copy of the template:
 * its address, and how to drop it again.
 */
export async function createPostgresDatabase({
  migrated = false,
  seed = 'none',
}: {
  migrated?: boolean;
  seed?: Seed;
} = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `protokol_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (migrated) await createFromTemplate(admin, name, await postgresTemplate(admin, seed));
    else await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(name),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** CREATE DATABASE … TEMPLATE, again while the template's last connections are still closing (55006). */
async function createFromTemplate(admin: pg.Client, name: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function openFreshPostgres(options?: OpenOptions): Promise<DbHandle> {
  const database = await createPostgresDatabase({ migrated: options?.migrate !== false, seed: options?.seed });
  const handle = await createDb({ databaseUrl: database.url, migrate: options?.migrate });
  return {
    ...handle,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}
