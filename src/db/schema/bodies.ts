/** Bodies that meet, the people in them and their memberships. */
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
} from 'drizzle-orm/pg-core';
import { BODY_KINDS, BODY_LEVELS } from '../../domain/body-kind.js';
import { MEMBERSHIP_ROLES } from '../../domain/membership.js';
import { municipalities, organisations, regions } from './reference.js';

export const bodies = pgTable(
  'bodies',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: BODY_KINDS }).notNull(),
    level: text('level', { enum: BODY_LEVELS }),
    regionId: integer('region_id').references(() => regions.id),
    organisationId: integer('organisation_id').references(() => organisations.id),
    /** The body that took over this one's work (clusters → council). */
    successorId: integer('successor_id').references((): AnyPgColumn => bodies.id),
    description: text('description'),
    /** Demo data: shown as fictitious in the interface. */
    isFictitious: boolean('is_fictitious').notNull().default(false),
  },
  (t) => [index('bodies_region_idx').on(t.regionId), index('bodies_name_idx').on(t.name)],
);

/** Which municipalities a health council (or cluster) covers. */
export const bodyMunicipalities = pgTable(
  'body_municipalities',
  {
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.municipalityCode] })],
);

export const persons = pgTable(
  'persons',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
  },
  (t) => [index('persons_name_idx').on(t.name)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull().default('member'),
    /** Party letter: V, A, C, O, F … */
    party: text('party'),
    /** "Aabenraa Kommune", "PLO" … as printed. */
    organisation: text('organisation'),
    title: text('title'),
    fromOn: date('from_on'),
    toOn: date('to_on'),
  },
  (t) => [index('memberships_body_idx').on(t.bodyId), index('memberships_person_idx').on(t.personId)],
);
