/** Reference data: regions, municipalities and organisations. Loaded from data/reference/. */
import { date, integer, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
  slug: text('slug').notNull().unique(),
  /** Null: existed before the period the archive covers. */
  validFromOn: date('valid_from_on'),
  /** Null: still exists. Region Hovedstaden and Region Sjælland end 2026-12-31. */
  validToOn: date('valid_to_on'),
});

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull().unique(),
  regionId: integer('region_id')
    .notNull()
    .references(() => regions.id),
  regionFrom2027Id: integer('region_from_2027_id')
    .notNull()
    .references(() => regions.id),
});

export const ORGANISATION_KINDS = ['region', 'municipality', 'plo', 'kl', 'kkr', 'other'] as const;

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    regionId: integer('region_id').references(() => regions.id),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
  },
  (t) => [uniqueIndex('organisations_name_idx').on(t.name)],
);
