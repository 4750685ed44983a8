import { loadConfig } from '../../config.js';
import type { CliIo } from '../io.js';
import { openDatabase } from '../open-database.js';

export const command = {
  summary: 'Opret eller opdatér databasens tabeller og indlæs referencedata (regioner, kommuner, sundhedsråd).',
  usage: 'protokol migrate',
  async run(_args: string[], io: CliIo): Promise<number> {
    const config = loadConfig();
    const handle = await openDatabase(config);
    await handle.close();
    io.err(`Databasen er opdateret (${handle.driver === 'pglite' ? `indlejret i ${config.dataDir}` : 'PostgreSQL'}).`);
    return 0;
  },
};
