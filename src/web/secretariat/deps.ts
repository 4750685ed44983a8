/** What the secretariat's routes share: the database, the clock and the data folder. */

import type { Db } from '../../db/client.js';
import type { Logger } from '../../log.js';

export interface SecretariatDeps {
  db: Db;
  now: () => Date;
  /** The data folder (PROTOKOL_DATA) for attachments; without it uploads are refused. */
  dataDir?: string;
  /** Where a failure the user cannot fix (the attachment store) is told to the operators. */
  logger: Logger;
}
