import type { Db } from '../../db/client.js';

/** What the portal's routes need: the database and a clock (tests pass a fixed one). */
export interface PortalDeps {
  db: Db;
  now: () => Date;
}
