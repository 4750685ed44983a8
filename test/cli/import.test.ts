/**
 * `protokol import` on a non-terminal (a log file, a pipe): one whole line per meeting, and the
 * summary on a line of its own — also when stdout and stderr go to the same file — with the
 * publisher of each meeting in the listing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedDataDir } from '../helpers/databases.js';
import { BIN } from '../helpers/run-cli.js';

const FIXTURES = path.resolve('test/fixtures/upgrade/source');

describe('protokol import on a non-terminal', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-import-cli-'));
    // The data folder already migrated: the command does not begin with initdb and migrations.
    fs.renameSync(await migratedDataDir('protokol-import-cli-data-'), path.join(dir, 'data'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one line per meeting and the summary on its own line, into one log', async () => {
    const log = path.join(dir, 'import.log');
    const fd = fs.openSync(log, 'w');
    const files = ['greve-oekonomiudvalget-2025-03-19.txt', 'sundhedsraad-soenderjylland-2026-02-02.txt'].map((f) =>
      path.join(FIXTURES, f),
    );
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'import', ...files, '--publisher', 'Greve Kommune'], {
        env: { ...process.env, LOG_LEVEL: 'error', PROTOKOL_DATA: path.join(dir, 'data'), DATABASE_URL: '' },
        stdio: ['ignore', fd, fd],
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    fs.closeSync(fd);
    const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^1\/2 new gemt .*greve-oekonomiudvalget-2025-03-19\.txt$/),
      expect.stringMatching(/^2\/2 new gemt .*sundhedsraad-soenderjylland-2026-02-02\.txt$/),
      expect.stringMatching(
        /^new {7}.*greve-oekonomiudvalget-2025-03-19\.txt {2}\(Greve Kommune: Økonomiudvalget, 2025-03-19, 2 punkter\)$/,
      ),
      // A health council is its region's, whoever published the file.
      expect.stringMatching(/^new {7}.*\(Region Syddanmark: Sundhedsråd Sønderjylland, 2026-02-02, 2 punkter\)$/),
      'Import: 2 filer – 2 nye, 0 opdaterede, 0 uændrede, 0 fejl',
    ]);
  }, 120_000);
});
