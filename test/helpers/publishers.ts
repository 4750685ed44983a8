/** Publishers for tests that write through the stores: the reference data's, by name. */
import type { Db } from '../../src/db/client.js';
import type { PublisherRow } from '../../src/db/stores/identities.js';
import { resolveNamedPublisher } from '../../src/use-cases/imports/resolve-publisher.js';

/** The publisher the project's own fixtures are imported under (a region, so that councils' names fit). */
export const TEST_PUBLISHER = 'Region Syddanmark';

export function publisherNamed(db: Db, name: string): Promise<PublisherRow> {
  return resolveNamedPublisher(db, name);
}
