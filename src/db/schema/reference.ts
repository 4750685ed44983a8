/**
 * Reference data: regions, municipalities and organisations (src/db/reference/). An organisation
 * is also a **publisher** (udgiver): the region, municipality or other organisation that bodies
 * belong to and whose site publishes their documents. Identity is always within a publisher.
 */
import { date, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ORGANISATION_KINDS } from '../../domain/publisher.js';
import { flag, instantNow, refersTo, serialId } from './columns.js';

export const regions = pgTable('regions', {
  id: serialId(),
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
  regionId: refersTo('region_id', () => regions.id),
  regionFrom2027Id: integer('region_from_2027_id')
    .notNull()
    .references(() => regions.id),
});

export const organisations = pgTable(
  'organisations',
  {
    id: serialId(),
    name: text('name').notNull(),
    /** "greve-kommune", "region-syddanmark": the publisher's part of its bodies' slugs and its page. */
    slug: text('slug'),
    kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
    regionId: integer('region_id').references(() => regions.id),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    /** Demo data. */
    isFictitious: flag('is_fictitious'),
    createdAt: instantNow('created_at'),
    /** Follows every change of the row (a trigger): its OParl Body's `modified`. */
    updatedAt: instantNow('updated_at'),
  },
  (t) => [uniqueIndex('organisations_name_idx').on(t.name), uniqueIndex('organisations_slug_idx').on(t.slug)],
);
