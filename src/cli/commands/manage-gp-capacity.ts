/**
 * `protokol gp import FILE`: GP capacity boards (lægedækning) from CSV — one row per practice
 * (ydernummer) — all or nothing: each bad row is named with its column and what is wrong, and
 * nothing is saved while one is.
 */
import fs from 'node:fs';
import { loadConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { COMMAND_LINE_ACTOR } from '../../use-cases/audit/record-audit-entry.js';
import { GP_COLUMNS, importGpBoards } from '../../use-cases/gp-capacity/import-gp-boards.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary: 'Indlæs lægedækningen (planlægningsområder, ydernumre, vakancer) for sundhedsråd fra en CSV-fil.',
  usage: 'protokol gp import FIL',
  details: [
    `Kolonner: ${GP_COLUMNS.join(';')} (semikolon eller komma imellem; overskriften er række 1).`,
    '  sundhedsråd   rådets adresse-navn som i /organ/…',
    '  mulige_læger  fordelingsmodellens mulige antal læger for rådet; kilde: hvor tallet kommer fra',
    '  dato          datoen, tallene gælder (ÅÅÅÅ-MM-DD); historikken får dens måned',
    '  område        planlægningsområdet',
    '  ydernummer    praksissens ydernummer (cifre); navn: praksissens navn',
    '  læger         læger i praksis; kapacitet: det differentierede antal patienter; tilmeldte: tilmeldte patienter',
    '  åben          ja (åben for nye patienter) eller nej (lukket)',
    '  vakant_fra    tom, eller dagen ydernummeret blev vakant (uret starter; fristen følger)',
    '  ejere         valgfri: ejerne adskilt af | (én læge må højst eje 3 ydernumre)',
    'Mulige_læger, kilde og dato skal være ens i et råds rækker. Et råds områder og ydernumre',
    'erstattes helt; vakancer og historik bevares. Er én række forkert, gemmes intet.',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const [action, file, ...rest] = args;
    if (action !== 'import' || !file || rest.length > 0)
      throw new AppError('input_invalid', 'skriv "protokol gp import FIL"');
    const handle = await openDatabase(loadConfig());
    try {
      return await runGpImport(file, io, { db: handle.db });
    } finally {
      await handle.close();
    }
  },
};

/** `gp import FILE` on an open database: 0 when the boards are saved, 1 with every problem named. */
export async function runGpImport(file: string, io: CliIo, { db }: { db: Db }): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('input_invalid', `kan ikke læse ${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = await importGpBoards({ db, text, actor: null, auditActor: COMMAND_LINE_ACTOR });
  if (!result.ok) {
    const lines = result.problems.map(
      (p) => `  ${p.row === null ? 'filen' : `række ${p.row}`}${p.column ? `, kolonnen »${p.column}«` : ''}: ${p.text}`,
    );
    io.err(`Fejl i ${file} – intet er gemt:\n${lines.join('\n')}`);
    return 1;
  }
  for (const board of result.boards)
    io.out(
      `${board.name}: ${board.practices} ydernumre indlæst${board.newVacancies > 0 ? `, ${board.newVacancies} nye vakancer` : ''}.`,
    );
  return 0;
}
