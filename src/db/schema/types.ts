import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL tsvector, for generated full-text columns (Danish configuration). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
