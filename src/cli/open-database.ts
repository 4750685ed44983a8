/** Opens the configured database (with the data-folder lock for PGlite) and migrates it. */
import type { Config } from '../config.js';
import { createDb, type DbHandle } from '../db/client.js';
import { loadReferenceData } from '../db/load-reference-data.js';

export async function openDatabase(config: Config): Promise<DbHandle> {
  const handle = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    replicas: config.replicas,
  });
  await loadReferenceData(handle.db);
  return handle;
}
