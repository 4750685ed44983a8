import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock } from '../../src/db/data-lock.js';
import { AppError } from '../../src/errors.js';
import { migratedDataDir } from '../helpers/databases.js';
import { BIN, runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the data-folder lock', () => {
  it('refuses a second lock on the same folder, and allows it after release', () => {
    const dir = tempDir();
    const lock = acquireDataLock(dir);
    expect(() => acquireDataLock(dir)).toThrow(AppError);
    lock.release();
    const again = acquireDataLock(dir);
    again.release();
    expect(fs.existsSync(path.join(dir, 'protokol.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'protokol.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, command: 'gone', startedAt: '' }),
    );
    const lock = acquireDataLock(dir);
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('a second `protokol serve` on the same folder exits non-zero naming the folder and holder, and the first keeps every row', async () => {
    const dir = await migratedDataDir('protokol-lock-');
    const env = { ...process.env, PROTOKOL_DATA: dir, LOG_LEVEL: 'error' };
    const first = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstErr = '';
    first.stderr.on('data', (chunk) => {
      firstErr += chunk;
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`first server did not start: ${firstErr}`)), 45_000);
        first.stderr.on('data', () => {
          if (firstErr.includes('kører på')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const second = await runCli(['serve', '--port', '0'], { PROTOKOL_DATA: dir });
      expect(second.code).not.toBe(0);
      expect(second.stderr).toContain(dir);
      expect(second.stderr).toContain(`pid ${first.pid}`);
      const migrate = await runCli(['migrate'], { PROTOKOL_DATA: dir });
      expect(migrate.code).not.toBe(0);
    } finally {
      first.kill('SIGTERM');
      await new Promise((resolve) => first.on('close', resolve));
    }
    expect(fs.existsSync(path.join(dir, 'protokol.lock'))).toBe(false);
    // The first process's data is intact: the reference rows it wrote are all there.
    const { createDb } = await import('../../src/db/client.js');
    const handle = await createDb({ dataDir: dir });
    try {
      const rows = await handle.query<{ n: number }>('select count(*)::int as n from municipalities');
      expect(rows[0].n).toBe(98);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
