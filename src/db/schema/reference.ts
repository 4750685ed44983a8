/**
 * Reference data: regions, municipalities and organisations (src/db/reference/). An organisation
 * is also a **publisher** (udgiver): the region, municipality or other organisation that bodies
 * belong to and whose site publishes their documents. Identity is always within a publisher.
 */
import { boolean, date, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { ORGANISATION_KINDS } from '../../domain/publisher.js';

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

export const organisations = pgTable(
  'organisations',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** "greve-kommune", "region-syddanmark": the publisher's part of its bodies' slugs and its page. */
    slug: text('slug'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    regionId: integer('region_id').references(() => regions.id),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    /** Demo data. */
    isFictitious: boolean('is_fictitious').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_name_idx').on(t.name), uniqueIndex('organisations_slug_idx').on(t.slug)],
);
