/**
 * `protokol ocr` as an operator runs it, on PostgreSQL when the run has one (TEST_DATABASE_URL),
 * else on the embedded database: the queue it drives is tested on both in
 * test/use-cases/ocr.test.ts, and every command on PGlite boots the database (seconds each), so the
 * command line is run on one of them. `--status` counts the queue; without Tesseract on the PATH it stops with an error
 * that names what to install, and the page waits untried; a page whose file is not in the data
 * folder fails at once and `--retry-failed` queues it again. Reading pages is tested in
 * test/use-cases/ocr.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../src/db/client.js';
import { createPostgresDatabase } from '../helpers/databases.js';
import { runCli } from '../helpers/run-cli.js';
import { ocrMissing } from '../helpers/scanned-pdf.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const SHA = 'a'.repeat(64);

interface Target {
  name: string;
  env: Record<string, string>;
  open(): Promise<DbHandle>;
  cleanup(): Promise<void>;
}

async function pgliteTarget(dataDir: string): Promise<Target> {
  return {
    name: 'pglite',
    env: { PROTOKOL_DATA: dataDir, DATABASE_URL: '' },
    open: () => createDb({ dataDir }),
    cleanup: async () => {},
  };
}

async function postgresTarget(dataDir: string): Promise<Target> {
  const database = await createPostgresDatabase({ migrated: true });
  return {
    name: 'postgres',
    env: { PROTOKOL_DATA: dataDir, DATABASE_URL: database.url },
    open: () => createDb({ databaseUrl: database.url }),
    cleanup: () => database.drop(),
  };
}

describe.each([serverUrl ? { name: 'postgres', make: postgresTarget } : { name: 'pglite', make: pgliteTarget }])(
  'protokol ocr on $name',
  ({ make }) => {
    let dataDir: string;
    let target: Target;
    const queue = async () => {
      const handle = await target.open();
      try {
        return await handle.query<{ page: number; state: string; attempts: number; last_error: string | null }>(
          'select page, state, attempts, last_error from attachment_ocr_queue order by page',
        );
      } finally {
        await handle.close();
      }
    };

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-ocr-cli-'));
      target = await make(dataDir);
      const handle = await target.open();
      try {
        // A scan whose file was never stored under this data folder, one page queued.
        await handle.query("insert into attachment_texts (sha256, state, page_count) values ($1, 'no_text', 1)", [SHA]);
        await handle.query('insert into attachment_ocr_queue (sha256, page) values ($1, 1)', [SHA]);
      } finally {
        await handle.close();
      }
    }, 60_000);

    afterAll(async () => {
      await target?.cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('counts the queue with --status', async () => {
      const run = await runCli(['ocr', '--status'], target.env);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe('Kø: 1 side venter, 0 opgivet.');
    });

    it('stops with what to install when Tesseract is missing, and leaves the page untried', async () => {
      const run = await runCli(['ocr'], { ...target.env, PATH: path.join(dataDir, 'no-tools-here') });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Tekstgenkendelse (OCR) kan ikke køre');
      expect(run.stderr).toContain('apt-get install tesseract-ocr tesseract-ocr-dan');
      expect(await queue()).toEqual([{ page: 1, state: 'pending', attempts: 0, last_error: null }]);
    });

    it.skipIf(ocrMissing())('fails a page whose file is missing at once; --retry-failed queues it again', async () => {
      const run = await runCli(['ocr'], target.env);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('0 sider læst');
      expect(run.stdout).toContain('1 opgivet.');
      expect(run.stderr).toContain('findes ikke i datamappen');
      const [failed] = await queue();
      expect(failed).toMatchObject({ page: 1, state: 'failed', attempts: 1 });
      expect(failed.last_error).toContain(`attachments/${SHA}`);
      const retried = await runCli(['ocr', '--retry-failed', '--status'], target.env);
      expect(retried.code).toBe(0);
      expect(retried.stderr).toContain('1 side sat i kø igen.');
      expect(retried.stdout.trim()).toBe('Kø: 1 side venter, 0 opgivet.');
    });
  },
);
