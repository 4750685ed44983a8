/**
 * `protokol gp import FILE`: listed in the help with its columns; a good file saves the council's
 * board (areas, practices, the vacancy, the month's snapshot), a bad one names the file, each row
 * and column and what is wrong, and saves nothing (exit 1). The import's web form and pages are
 * test/web/gp-capacity.test.ts's; here on PGlite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGpImport } from '../../src/cli/commands/manage-gp-capacity.js';
import type { CliIo } from '../../src/cli/io.js';
import { HELP, main } from '../../src/cli/main.js';
import type { DbHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/load-reference-data.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { GP_CSV, GP_HEADER, gpRow } from '../helpers/gp-capacity.js';

function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), progress: () => {}, isTty: false };
}

describe('protokol gp import', () => {
  let handle: DbHandle;
  let dir: string;
  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open();
    await loadReferenceData(handle.db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-gp-'));
  });
  afterAll(async () => {
    await handle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is listed in the help and explains its columns', async () => {
    expect(HELP).toContain('gp import FIL');
    const io = captureIo();
    expect(await main(['gp', '--help'], io)).toBe(0);
    expect(io.stdout.join('')).toContain(GP_HEADER);
    expect(io.stdout.join('')).toContain('højst eje 3 ydernumre');
  });

  it('saves a good file, and names every bad row and column of a bad one, saving nothing', async () => {
    const good = path.join(dir, 'laeger.csv');
    fs.writeFileSync(good, `\uFEFF${GP_CSV}\r\n`);
    const io = captureIo();
    expect(await runGpImport(good, io, { db: handle.db })).toBe(0);
    expect(io.stdout.join('\n')).toBe('Sundhedsråd Sønderjylland: 4 ydernumre indlæst, 1 nye vakancer.');
    const [board] = await handle.query<{ possible_gps: number; areas: number; practices: number }>(
      `select possible_gps, (select count(*)::int from gp_areas) as areas, (select count(*)::int from gp_practices) as practices from gp_boards`,
    );
    expect(board).toEqual({ possible_gps: 12, areas: 2, practices: 4 });
    const [vacancy] = await handle.query<{ deadline_on: string }>(`select deadline_on::text from gp_vacancies`);
    expect(vacancy.deadline_on).toBe('2026-07-15');
    const history = await handle.query<{ month: string; actual_gps: number; vacancies_open: number }>(
      'select month, actual_gps, vacancies_open from gp_month_snapshots',
    );
    expect(history).toEqual([{ month: '2026-03', actual_gps: 9, vacancies_open: 1 }]);

    const bad = path.join(dir, 'forkert.csv');
    const owned = (number: string) =>
      gpRow({
        area: 'Sønderborg',
        number,
        name: `Praksis ${number}`,
        gps: '1',
        capacity: '1600',
        patients: '1500',
        open: 'ja',
        owners: 'Anna Holm',
      });
    fs.writeFileSync(
      bad,
      [
        GP_HEADER,
        gpRow({
          area: 'Tønder',
          number: '012345',
          name: 'Lægerne i Tønder',
          gps: 'tre',
          capacity: '4.800',
          patients: '4.750',
          open: 'måske',
        }),
        gpRow({
          area: 'Tønder',
          number: '012346',
          name: 'Skærbæk',
          gps: '1',
          capacity: '1.600',
          patients: '0',
          open: 'nej',
          possible: '13',
        }),
        owned('034567'),
        owned('034568'),
        owned('034569'),
        owned('034570'),
        gpRow({
          area: 'Fyn',
          number: '045678',
          name: 'Odense',
          gps: '1',
          capacity: '1',
          patients: '1',
          open: 'ja',
          council: 'sundhedsraad-fyn',
        }),
      ].join('\n'),
    );
    const failed = captureIo();
    expect(await runGpImport(bad, failed, { db: handle.db })).toBe(1);
    expect(failed.stderr.join('\n')).toBe(
      [
        `Fejl i ${bad} – intet er gemt:`,
        '  række 2, kolonnen »læger«: »tre« er ikke et helt tal på 0 eller derover (skriv fx 4.800)',
        '  række 2, kolonnen »åben«: »måske«: skriv ja (åben for nye patienter) eller nej (lukket)',
        '  række 3, kolonnen »mulige_læger«: »13«, men »12« i række 2 for samme sundhedsråd',
        '  række 7, kolonnen »ejere«: »Anna Holm« ville eje 4 ydernumre (034567, 034568, 034569, 034570); én læge må højst eje 3',
        '  række 8, kolonnen »sundhedsråd«: »sundhedsraad-fyn« findes ikke (skriv sundhedsrådets adresse-navn som i /organ/…, fx region-syddanmark--sundhedsraad-soenderjylland)',
      ].join('\n'),
    );
    const [{ n }] = await handle.query<{ n: number }>('select count(*)::int as n from gp_practices');
    expect(n).toBe(4);
  });
});
