/**
 * `protokol key import FILE`: a key version (fordelingsnøgle) from CSV — one row per recipient —
 * all or nothing: each bad row is named with what is wrong, and nothing is saved while one is.
 */
import fs from 'node:fs';
import { loadConfig } from '../../config.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { COMMAND_LINE_ACTOR } from '../../use-cases/audit/record-audit-entry.js';
import { importKey, KEY_COLUMNS } from '../../use-cases/frames/import-key.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary: 'Indlæs en fordelingsnøgle (en ny version af den) fra en CSV-fil: én række pr. modtager.',
  usage: 'protokol key import FIL',
  details: [
    `Kolonner: ${KEY_COLUMNS.join(';')} (semikolon eller komma imellem; overskriften er række 1).`,
    '  nøgle     nøglens navn; samme navn giver nøglens næste version',
    '  art       sygdomsvægtede borgere, befolkning, lige andele eller egen nøgle',
    '  kilde     hvor vægtene kommer fra; dato: kildens dato (ÅÅÅÅ-MM-DD)',
    '  modtager  organets adresse-navn som i /organ/… eller udgiverens som i /udgiver/…',
    '  vægt      et tal ≥ 0 (19,5 eller 19.5; kun forholdet mellem vægtene tæller)',
    '  fiktiv    ja for en opdigtet demoværdi, ellers nej',
    'Nøgle, art, kilde og dato skal være ens i alle rækker. Er én række forkert, gemmes intet.',
  ],
  async run(args: string[], io: CliIo): Promise<number> {
    const [action, file, ...rest] = args;
    if (action !== 'import' || !file || rest.length > 0)
      throw new AppError('input_invalid', 'skriv "protokol key import FIL"');
    const handle = await openDatabase(loadConfig());
    try {
      return await runKeyImport(file, io, { db: handle.db });
    } finally {
      await handle.close();
    }
  },
};

/** `key import FILE` on an open database: 0 when the version is saved, 1 with every problem named. */
export async function runKeyImport(file: string, io: CliIo, { db }: { db: Db }): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('input_invalid', `kan ikke læse ${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = await importKey({ db, text, actor: COMMAND_LINE_ACTOR });
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${p.row === null ? 'filen' : `række ${p.row}`}: ${p.text}`);
    io.err(`Fejl i ${file} – intet er gemt:\n${lines.join('\n')}`);
    return 1;
  }
  io.out(`Nøglen »${result.name}« version ${result.version} er indlæst: ${result.recipients} modtagere.`);
  return 0;
}
