import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL tsvector, for generated full-text columns (Danish configuration). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** PostgreSQL bytea: raw bytes (Buffer on `pg`, Uint8Array on PGlite). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
